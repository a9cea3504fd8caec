"""The IPP messages (RFC 8010): requests as a print server reads them, answers read back
whatever shape they come in, and a broken answer is an error, never a wrong reading."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from directwork.printing.ipp import (
    Attribute,
    Group,
    IppError,
    Operation,
    Request,
    Tag,
    decode_response,
)


def attribute(tag: int, name: str, value: bytes) -> bytes:
    return struct.pack(">BH", tag, len(name)) + name.encode() + struct.pack(">H", len(value)) + value


def test_a_request_is_laid_out_as_rfc_8010_says() -> None:
    request = Request(Operation.PRINT_JOB, 7, [
        Attribute.of("attributes-charset", Tag.CHARSET, "utf-8"),
        Attribute("page-ranges", Tag.RANGE, ((2, 3), (5, 5))),
    ], [Attribute.of("copies", Tag.INTEGER, 2)], data=b"%PDF-1.4")
    assert request.encode() == (
        b"\x02\x00\x00\x02" + struct.pack(">I", 7)
        + b"\x01" + attribute(0x47, "attributes-charset", b"utf-8")
        + attribute(0x33, "page-ranges", struct.pack(">ii", 2, 3))
        + attribute(0x33, "", struct.pack(">ii", 5, 5))  # a further value: no name
        + b"\x02" + attribute(0x21, "copies", struct.pack(">i", 2))
        + b"\x03%PDF-1.4")


def test_an_answer_is_read_with_its_groups_values_and_collections() -> None:
    answer = (b"\x02\x00\x04\x06" + struct.pack(">I", 9)
              + b"\x01" + attribute(0x41, "status-message", b"No such printer")
              + b"\x04" + attribute(0x42, "printer-name", b"office")
              + attribute(0x44, "printer-state-reasons", b"media-empty-error")
              + attribute(0x44, "", b"paused")
              + attribute(0x22, "printer-is-accepting-jobs", b"\x00")
              + attribute(0x34, "media-col-default", b"")
              + attribute(0x4A, "", b"media-size") + attribute(0x34, "", b"")
              + attribute(0x4A, "", b"x-dimension") + attribute(0x21, "", struct.pack(">i", 21000))
              + attribute(0x37, "", b"") + attribute(0x37, "", b"")
              + attribute(0x13, "printer-state-message", b"")
              + b"\x04" + attribute(0x42, "printer-name", b"second")
              + b"\x03")
    response = decode_response(answer)
    assert (response.status, response.request_id, response.ok) == (0x0406, 9, False)
    assert response.message == "No such printer"
    first, second = response.all(Group.PRINTER)
    assert first["printer-state-reasons"] == ["media-empty-error", "paused"]
    assert first["printer-is-accepting-jobs"] == [False]
    assert first["media-col-default"] == [{"media-size": [{"x-dimension": [21000]}]}]
    assert first["printer-state-message"] == [None]
    assert second == {"printer-name": ["second"]}


@pytest.mark.parametrize("broken", [
    b"", b"\x02\x00\x00\x00", b"\x02\x00\x00\x00\x00\x00\x00\x01",  # cut short, no end tag
    b"\x02\x00\x00\x00\x00\x00\x00\x01" + attribute(0x42, "a", b"b") + b"\x03",  # no group
    b"\x02\x00\x00\x00\x00\x00\x00\x01\x01" + attribute(0x21, "n", b"\x01\x02") + b"\x03",
    b"\x02\x00\x00\x00\x00\x00\x00\x01\x01" + attribute(0x42, "", b"x") + b"\x03",
    b"\x02\x00\x00\x00\x00\x00\x00\x01\x01" + attribute(0x35, "t", b"\x00") + b"\x03",
    b"\x02\x00\x00\x00\x00\x00\x00\x01\x01" + attribute(0x34, "c", b"") * 20 + b"\x03",
])
def test_a_broken_answer_is_an_error(broken: bytes) -> None:
    with pytest.raises(IppError):
        decode_response(broken)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([0x01, 0x04, 0x13, 0x21, 0x22, 0x33, 0x34, 0x35,
                                            0x37, 0x42, 0x44, 0x4A]),
                          st.sampled_from(["", "a"]), st.binary(max_size=10)), max_size=12)
       .map(lambda items: b"".join(bytes([t]) if t < 0x10 else attribute(t, n, v)
                                   for t, n, v in items)))
def test_any_bytes_are_read_or_refused_never_anything_else(data: bytes) -> None:
    try:
        decode_response(b"\x02\x00\x00\x00\x00\x00\x00\x01" + data)
    except IppError:
        pass
