"""The Internet Printing Protocol's binary messages (RFC 8010), as much of them as printing a
summary needs: requests built from plain values, responses read back into dictionaries.

Written against the RFC rather than taken from a library: it is small, needs nothing beyond
the standard library (an installed app carries no CUPS bindings), and lets the app send the PDF
from memory in the body of one HTTP request, so no file ever holds it on this side.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Union

VERSION = (2, 0)


class Operation(IntEnum):
    PRINT_JOB = 0x0002
    VALIDATE_JOB = 0x0004
    CANCEL_JOB = 0x0008
    GET_JOB_ATTRIBUTES = 0x0009
    GET_PRINTER_ATTRIBUTES = 0x000B
    CUPS_GET_DEFAULT = 0x4001
    CUPS_GET_PRINTERS = 0x4002


class Group(IntEnum):
    OPERATION = 0x01
    JOB = 0x02
    END = 0x03
    PRINTER = 0x04
    UNSUPPORTED = 0x05


class Tag(IntEnum):
    UNSUPPORTED = 0x10
    UNKNOWN = 0x12
    NO_VALUE = 0x13
    INTEGER = 0x21
    BOOLEAN = 0x22
    ENUM = 0x23
    OCTET_STRING = 0x30
    DATE_TIME = 0x31
    RESOLUTION = 0x32
    RANGE = 0x33
    BEGIN_COLLECTION = 0x34
    TEXT_WITH_LANGUAGE = 0x35
    NAME_WITH_LANGUAGE = 0x36
    END_COLLECTION = 0x37
    TEXT = 0x41
    NAME = 0x42
    KEYWORD = 0x44
    URI = 0x45
    URI_SCHEME = 0x46
    CHARSET = 0x47
    LANGUAGE = 0x48
    MIME_TYPE = 0x49
    MEMBER_NAME = 0x4A


class Status(IntEnum):
    """The status codes the app tells apart; any other is read as a plain number."""

    OK = 0x0000
    OK_IGNORED_OR_SUBSTITUTED = 0x0001
    BAD_REQUEST = 0x0400
    FORBIDDEN = 0x0401
    NOT_AUTHENTICATED = 0x0402
    NOT_AUTHORIZED = 0x0403
    NOT_POSSIBLE = 0x0404
    NOT_FOUND = 0x0406
    GONE = 0x0407
    DOCUMENT_FORMAT_NOT_SUPPORTED = 0x040A
    ATTRIBUTES_OR_VALUES_NOT_SUPPORTED = 0x040B
    INTERNAL_ERROR = 0x0500
    SERVICE_UNAVAILABLE = 0x0502
    DEVICE_ERROR = 0x0504
    NOT_ACCEPTING_JOBS = 0x0506
    BUSY = 0x0507


Value = Union[int, bool, str, bytes, tuple[int, int], "Collection", None]
Collection = dict[str, list[Value]]

_INTEGERS = {Tag.INTEGER, Tag.ENUM}
_STRINGS = {Tag.TEXT, Tag.NAME, Tag.KEYWORD, Tag.URI, Tag.URI_SCHEME, Tag.CHARSET, Tag.LANGUAGE,
            Tag.MIME_TYPE, Tag.MEMBER_NAME}


class IppError(ValueError):
    """A message that is not valid IPP."""


@dataclass(frozen=True)
class Attribute:
    """One attribute to send: its name, value tag and one or more values."""

    name: str
    tag: Tag
    values: tuple[Value, ...]

    @classmethod
    def of(cls, name: str, tag: Tag, *values: Value) -> Attribute:
        return cls(name, tag, values)


@dataclass
class Request:
    operation: Operation
    request_id: int
    operation_attributes: list[Attribute]
    job_attributes: list[Attribute] = field(default_factory=list)
    data: bytes = b""

    def encode(self) -> bytes:
        out = bytearray(struct.pack(">BBHI", *VERSION, int(self.operation), self.request_id))
        for group, attributes in ((Group.OPERATION, self.operation_attributes),
                                  (Group.JOB, self.job_attributes)):
            if not attributes:
                continue
            out.append(group)
            for attribute in attributes:
                _encode_attribute(out, attribute)
        out.append(Group.END)
        return bytes(out) + self.data


@dataclass
class Response:
    version: tuple[int, int]
    status: int
    request_id: int
    groups: list[tuple[int, Collection]]
    data: bytes = b""

    @property
    def ok(self) -> bool:
        return self.status < 0x0100

    def group(self, tag: Group) -> Collection:
        """The first group of ``tag`` (empty when there is none)."""
        return next((attrs for t, attrs in self.groups if t == tag), {})

    def all(self, tag: Group) -> list[Collection]:
        """Every group of ``tag``, in order (CUPS-Get-Printers answers one per printer)."""
        return [attrs for t, attrs in self.groups if t == tag]

    @property
    def message(self) -> str:
        """The server's own words for the status, when it gave any."""
        found = self.group(Group.OPERATION).get("status-message", [])
        return str(found[0]) if found and isinstance(found[0], str) else ""


def _encode_value(tag: Tag, value: Value) -> bytes:
    if tag in _INTEGERS:
        assert isinstance(value, int)
        return struct.pack(">i", value)
    if tag is Tag.BOOLEAN:
        return b"\x01" if value else b"\x00"
    if tag is Tag.RANGE:
        assert isinstance(value, tuple)
        return struct.pack(">ii", *value)
    if tag in _STRINGS:
        assert isinstance(value, str)
        return value.encode("utf-8")
    if tag in (Tag.OCTET_STRING,):
        assert isinstance(value, bytes)
        return value
    if tag in (Tag.NO_VALUE, Tag.UNKNOWN, Tag.UNSUPPORTED):
        return b""
    raise IppError(f"cannot send a value tagged {tag!r}")


def _encode_attribute(out: bytearray, attribute: Attribute) -> None:
    name = attribute.name.encode("ascii")
    for index, value in enumerate(attribute.values):
        encoded = _encode_value(attribute.tag, value)
        # Further values of the same attribute carry an empty name (RFC 8010 3.1.5).
        label = name if index == 0 else b""
        out += struct.pack(">BH", attribute.tag, len(label)) + label
        out += struct.pack(">H", len(encoded)) + encoded


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def take(self, count: int) -> bytes:
        if self.at + count > len(self.data):
            raise IppError("the message ends in the middle of an attribute")
        chunk = self.data[self.at:self.at + count]
        self.at += count
        return chunk

    def short(self) -> int:
        value: int = struct.unpack(">H", self.take(2))[0]
        return value

    def byte(self) -> int:
        return self.take(1)[0]


def _decode_value(tag: int, raw: bytes) -> Value:
    if tag in _INTEGERS:
        if len(raw) != 4:
            raise IppError("an integer that is not four bytes long")
        number: int = struct.unpack(">i", raw)[0]
        return number
    if tag == Tag.BOOLEAN:
        return raw != b"\x00"
    if tag == Tag.RANGE:
        if len(raw) != 8:
            raise IppError("a range that is not eight bytes long")
        low, high = struct.unpack(">ii", raw)
        return (low, high)
    if tag in _STRINGS:
        return raw.decode("utf-8", errors="replace")
    if tag in (Tag.TEXT_WITH_LANGUAGE, Tag.NAME_WITH_LANGUAGE):
        # language length + language, then text length + text
        inner = _Reader(raw)
        inner.take(inner.short())
        return inner.take(inner.short()).decode("utf-8", errors="replace")
    if tag in (Tag.NO_VALUE, Tag.UNKNOWN, Tag.UNSUPPORTED):
        return None
    return raw  # dateTime, resolution, octetString and the like: kept as bytes


MAX_DEPTH = 8  # collections inside collections; printers send two or three levels


def _read_collection(reader: _Reader, depth: int = 1) -> Collection:
    """Read the members of a collection whose begin tag was just read, up to its end tag."""
    if depth > MAX_DEPTH:
        raise IppError("collections nested too deeply")
    members: Collection = {}
    member = ""
    while True:
        tag = reader.byte()
        name = reader.take(reader.short()).decode("utf-8", errors="replace")
        raw = reader.take(reader.short())
        if tag == Tag.END_COLLECTION:
            return members
        if tag == Tag.MEMBER_NAME:
            member = raw.decode("utf-8", errors="replace")
            members.setdefault(member, [])
            continue
        if name:
            raise IppError("a collection member without a member name")
        value = (_read_collection(reader, depth + 1) if tag == Tag.BEGIN_COLLECTION
                 else _decode_value(tag, raw))
        members.setdefault(member, []).append(value)


def decode_response(data: bytes) -> Response:
    """Read an IPP response; raises IppError when ``data`` is not one."""
    try:
        return _decode_response(data)
    except struct.error as exc:
        raise IppError(f"a value of the wrong length: {exc}") from None


def _decode_response(data: bytes) -> Response:
    reader = _Reader(data)
    major, minor, status = struct.unpack(">BBH", reader.take(4))
    request_id: int = struct.unpack(">I", reader.take(4))[0]
    groups: list[tuple[int, Collection]] = []
    current: Collection | None = None
    last = ""
    while True:
        tag = reader.byte()
        if tag == Group.END:
            break
        if tag < 0x10:  # a delimiter: a new group starts
            current = {}
            groups.append((tag, current))
            last = ""  # a further value cannot reach back into the group before
            continue
        if current is None:
            raise IppError("an attribute before any group")
        name = reader.take(reader.short()).decode("utf-8", errors="replace")
        raw = reader.take(reader.short())
        value = _read_collection(reader) if tag == Tag.BEGIN_COLLECTION else _decode_value(tag, raw)
        if name:
            last = name
            current[name] = [value]
        elif last:
            current[last].append(value)
        else:
            raise IppError("an additional value with no attribute before it")
    return Response((major, minor), status, request_id, groups, data[reader.at:])
