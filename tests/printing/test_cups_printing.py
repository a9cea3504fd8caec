"""Printing through a real CUPS server (tests/support/cups.py): the summary's own PDF reaches
the printer with its text and fonts, on A4, with exactly the pages asked for; every refusal
is an error that says why; a stuck job says why it is stuck; and once printed, CUPS is made
to drop its copy."""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
from pypdf import PdfReader

from directwork.domain.records import SummaryAudience, SummaryLanguage
from directwork.printing.cups import (
    CupsClient,
    JobState,
    PrintChoices,
    PrinterState,
    PrintSystemError,
    PrintSystemUnreachable,
    QueueMissing,
    QueueRefusing,
    find_print_server,
)
from directwork.printing.progress import Hitch, Progress, check
from directwork.reports import build_summary
from directwork.store.case import load_case
from directwork.store.keyfile import KdfParams
from directwork.store.vault import Vault
from tests.reports.markers import SHARED_WORDS, TODAY, seed_marker_case
from tests.support.cups import CupsServer, own_server

pytestmark = pytest.mark.cups
A4_POINTS = (595, 842)
T = TypeVar("T")


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    vault, _ = Vault.create(tmp_path_factory.mktemp("printing") / "vault",
                            "a long test passphrase", practitioner_name="Sam",
                            kdf=KdfParams.fast_for_tests())
    try:
        child_id = seed_marker_case(vault)
        with vault.session() as session:
            case = load_case(session, child_id)
        return build_summary(case, SummaryAudience.CHILD, SummaryLanguage.EN, today=TODAY)
    finally:
        vault.lock()


@pytest.fixture
def client(print_queue: str) -> CupsClient:
    server = find_print_server()
    assert server is not None
    return CupsClient(server)


def wait_for(condition: Callable[[], T | None], timeout: float = 60.0) -> T:
    """Ask again until ``condition`` gives something (the server works at its own pace)."""
    deadline = time.monotonic() + timeout
    while True:
        found = condition()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting after {timeout} s")
        time.sleep(0.05)


def printed_job(cups: CupsServer, queue: str, job_id: int) -> bytes:
    return wait_for(lambda: cups.printed(queue).get(job_id))


def words(text: str) -> list[str]:
    return text.split()


def page_words(pdf: bytes) -> list[list[str]]:
    return [words(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def font_names(pdf: bytes) -> set[str]:
    """Every font used, looking into form XObjects (CUPS's pdftopdf wraps pages in them)."""
    found: set[str] = set()

    def walk(resources) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            found.add(str(font.get_object().get("/BaseFont")))
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        walk(page.get("/Resources"))
    return found


def page_sizes(pdf: bytes) -> set[tuple[int, int]]:
    return {(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            for p in PdfReader(io.BytesIO(pdf)).pages}


def follow(client: CupsClient, queue: str, job_id: int,
           until: Callable[[Progress], bool] = lambda p: p.finished) -> Progress:
    def reached() -> Progress | None:
        progress = check(client, queue, job_id).progress
        return progress if until(progress) else None
    return wait_for(reached)


def test_a_printed_summary_arrives_as_the_same_pdf_text_with_fonts_on_a4(
        cups_server: CupsServer, print_queue: str, client: CupsClient, summary: bytes) -> None:
    # Given a printer whose own default paper is US Letter
    assert client.queue(print_queue).media_default == "na_letter_8.5x11in"
    # When the summary is printed with the app's defaults (all pages, one copy, A4)
    job_id = client.submit(summary, PrintChoices(print_queue), "my-safety-plan")
    assert follow(client, print_queue, job_id) is Progress.PRINTED
    paper = printed_job(cups_server, print_queue, job_id)
    # Then the printer received a PDF with the summary's own words, page by page...
    assert paper.startswith(b"%PDF")
    assert page_words(paper) == page_words(summary)
    assert SHARED_WORDS in " ".join(" ".join(p) for p in page_words(paper))
    # ... in real fonts, embedded (not pictures of pages)...
    assert any("DejaVu" in name for name in font_names(paper))
    # ... on A4
    assert page_sizes(paper) == {A4_POINTS}


def test_a_page_range_prints_exactly_those_pages_and_copies_come_collated(
        cups_server: CupsServer, print_queue: str, client: CupsClient, summary: bytes) -> None:
    pages = page_words(summary)
    assert len(pages) >= 3, "the marker case makes a summary of three pages or more"
    job_id = client.submit(summary, PrintChoices(print_queue, copies=2, pages=(2, 3)), "t")
    assert follow(client, print_queue, job_id) is Progress.PRINTED
    assert page_words(printed_job(cups_server, print_queue, job_id)) == [
        pages[1], pages[2], pages[1], pages[2]]


def test_a_queue_that_refuses_jobs_is_an_error_that_says_so(
        cups_server: CupsServer, print_queue: str, client: CupsClient, summary: bytes) -> None:
    cups_server.reject(print_queue)
    assert not client.queue(print_queue).accepting
    with pytest.raises(QueueRefusing, match="not accepting"):
        client.submit(summary, PrintChoices(print_queue), "t")
    assert cups_server.printed(print_queue) == {}
    assert cups_server.spool_files() == [] or all(
        b"%PDF" not in p.read_bytes() for p in cups_server.spool_files())


def test_a_removed_queue_is_an_error_that_says_so(
        cups_server: CupsServer, print_queue: str, client: CupsClient, summary: bytes) -> None:
    cups_server.remove_queue(print_queue)
    with pytest.raises(QueueMissing, match="not set up"):
        client.submit(summary, PrintChoices(print_queue), "t")
    assert print_queue not in [q.name for q in client.queues()]


def test_a_stopped_print_server_is_an_error_that_says_so(summary: bytes) -> None:
    server = own_server()
    try:
        client = CupsClient(find_print_server({"CUPS_SERVER": server.socket}))  # type: ignore[arg-type]
        queue = server.add_queue()
        assert [q.name for q in client.queues()] == [queue]
        server.stop()
        with pytest.raises(PrintSystemUnreachable, match="not answering"):
            client.queues()
        with pytest.raises(PrintSystemUnreachable):
            client.submit(summary, PrintChoices(queue), "t")
    finally:
        server.close()


def test_bad_choices_are_refused_before_anything_is_sent() -> None:
    with pytest.raises(PrintSystemError, match="between 1 and 4"):
        PrintChoices("office", pages=(3, 5)).check(4)
    with pytest.raises(PrintSystemError, match="copies"):
        PrintChoices("office", copies=0).check(4)
    with pytest.raises(PrintSystemError, match="first before the last"):
        PrintChoices("office", pages=(3, 2)).check(4)
    PrintChoices("office", copies=2, pages=(4, 4)).check(4)


def test_a_printer_out_of_paper_stops_the_job_and_says_why_then_prints_when_mended(
        cups_server: CupsServer, print_queue: str, client: CupsClient, summary: bytes) -> None:
    cups_server.fault(print_queue, "media-empty-error")
    job_id = client.submit(summary, PrintChoices(print_queue), "t")
    report = wait_for(lambda: (r := check(client, print_queue, job_id)).stuck and r)
    assert report.progress is Progress.STOPPED
    assert report.hitches[0] is Hitch.NO_PAPER
    assert cups_server.printed(print_queue) == {}
    # The report says so as soon as the printer does, while its job is still processing;
    # CUPS stops the queue when the printer gives up on the job. Paper goes in once it has
    # (starting a queue that has not stopped yet changes nothing; on a busy machine the
    # queue stopped after that, and the job waited for good).
    wait_for(lambda: client.queue(print_queue).state is PrinterState.STOPPED)
    # When paper goes in and the queue is started again, the job prints
    cups_server.fault(print_queue, None)
    cups_server.enable(print_queue)
    assert follow(client, print_queue, job_id) is Progress.PRINTED
    assert client.forget(job_id)


def test_an_offline_printer_keeps_the_job_waiting_and_says_why(
        cups_server: CupsServer, print_queue: str, client: CupsClient, summary: bytes) -> None:
    cups_server.fault(print_queue, "offline-report")
    job_id = client.submit(summary, PrintChoices(print_queue), "t")
    report = wait_for(lambda: (r := check(client, print_queue, job_id)).stuck and r)
    assert report.hitches == (Hitch.OFFLINE,)
    cups_server.fault(print_queue, None)  # switched on again
    assert follow(client, print_queue, job_id) is Progress.PRINTED


def test_a_queue_stopped_on_the_computer_keeps_the_job_waiting_and_says_so(
        cups_server: CupsServer, print_queue: str, client: CupsClient, summary: bytes) -> None:
    cups_server.disable(print_queue)
    job_id = client.submit(summary, PrintChoices(print_queue), "t")
    report = check(client, print_queue, job_id)
    assert report.progress is Progress.STOPPED and report.hitches == (Hitch.PAUSED,)
    assert "Stopped by the office" in report.said
    # Cancelling an unprinted job drops it and its file
    assert client.forget(job_id)
    assert check(client, print_queue, job_id).progress is Progress.GONE
    assert cups_server.spool_files() == [] or all(
        f"{job_id:05d}" not in p.name for p in cups_server.spool_files())


def test_once_printed_the_print_server_keeps_no_copy(
        cups_server: CupsServer, print_queue: str, client: CupsClient, summary: bytes) -> None:
    # Given a server set to keep every job's file (PreserveJobFiles Yes)
    job_id = client.submit(summary, PrintChoices(print_queue), "my-safety-plan")
    assert follow(client, print_queue, job_id) is Progress.PRINTED
    assert client.job(job_id).state is JobState.COMPLETED
    assert client.job(job_id).preserved, "the test server keeps job files until purged"
    # When the app forgets the job
    assert client.forget(job_id)
    # Then CUPS no longer knows it, and its spool holds no job file and no PDF at all
    assert check(client, print_queue, job_id).progress is Progress.GONE
    leftovers = cups_server.spool_files()
    assert not [p for p in leftovers if p.name.startswith(("c0", "d0"))], leftovers
    for path in leftovers:
        data = path.read_bytes()
        assert b"%PDF" not in data and SHARED_WORDS.encode() not in data, path


def test_the_print_server_is_found_as_cups_tools_find_it(tmp_path) -> None:
    assert find_print_server({"CUPS_SERVER": "/run/x.sock"}).socket_path == "/run/x.sock"  # type: ignore[union-attr]
    server = find_print_server({"CUPS_SERVER": "printhost:8631"})
    assert server is not None and (server.host, server.port) == ("printhost", 8631)
    (tmp_path / ".cups").mkdir()
    (tmp_path / ".cups" / "client.conf").write_text("# mine\nServerName office.example:632\n")
    server = find_print_server({}, home=tmp_path)
    assert server is not None and (server.host, server.port) == ("office.example", 632)


@pytest.fixture
def silent_socket(tmp_path) -> Iterator[str]:
    """A socket that accepts connections and never answers."""
    import socket

    path = str(tmp_path / "silent.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(path)
    sock.listen(4)
    yield path
    sock.close()


def test_a_print_server_that_never_answers_is_given_up_on(silent_socket: str) -> None:
    from directwork.printing.cups import PrintServer

    client = CupsClient(PrintServer(socket_path=silent_socket, timeout=0.5))
    with pytest.raises(PrintSystemUnreachable, match="not answering"):
        client.queues()
