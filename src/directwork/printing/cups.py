"""The laptop's print system (CUPS), spoken to in IPP: which printers there are and how they
are, sending the summary's PDF itself, following the job, and asking CUPS to forget it.

The PDF goes in the body of one HTTP request from memory: nothing is written on this side.
CUPS keeps its own copy in its spool until the job is done, and (by default) for a day after;
``forget`` cancels and purges the finished job so that copy goes at once.
"""

from __future__ import annotations

import getpass
import http.client
import itertools
import os
import socket
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from urllib.parse import quote

from directwork.printing.ipp import (
    Attribute,
    Collection,
    Group,
    IppError,
    Operation,
    Request,
    Response,
    Status,
    Tag,
    Value,
    decode_response,
)

DEFAULT_PORT = 631
# Where CUPS listens on this machine when nothing else is said (libcups looks in the same
# places): Debian and most Linux, older Linux, macOS.
DEFAULT_SOCKETS = ("/run/cups/cups.sock", "/var/run/cups/cups.sock", "/private/var/run/cupsd")
A4 = "iso_a4_210x297mm"
PAPER_NAMES = {A4: "A4", "iso_a5_148x210mm": "A5", "iso_a3_297x420mm": "A3",
               "na_letter_8.5x11in": "US Letter", "na_legal_8.5x14in": "US Legal"}
# Asked of every printer: enough to say how it is and what paper it takes.
QUEUE_ATTRIBUTES = ("printer-name", "printer-info", "printer-location", "printer-state",
                    "printer-state-reasons", "printer-state-message", "printer-is-accepting-jobs",
                    "media-supported", "media-default", "document-format-supported")
JOB_ATTRIBUTES = ("job-id", "job-state", "job-state-reasons", "job-state-message",
                  "job-printer-state-message", "job-preserved", "job-printer-uri")
MAX_COPIES = 99


class PrintSystemError(Exception):
    """The print system did not do what was asked; ``str()`` says why, in plain words."""


class PrintSystemUnreachable(PrintSystemError):
    """No print system answers (not installed, not running, or its socket is gone)."""


class QueueMissing(PrintSystemError):
    """The printer is not (or no longer) set up on this print system."""


class QueueRefusing(PrintSystemError):
    """The printer's queue is set to refuse new jobs."""


class PrinterState(IntEnum):
    IDLE = 3
    PROCESSING = 4
    STOPPED = 5


class JobState(IntEnum):
    PENDING = 3
    HELD = 4
    PROCESSING = 5
    STOPPED = 6
    CANCELED = 7
    ABORTED = 8
    COMPLETED = 9

    @property
    def finished(self) -> bool:
        return self >= JobState.CANCELED


@dataclass(frozen=True)
class Queue:
    """A printer as the print system sees it."""

    name: str
    info: str = ""
    location: str = ""
    state: PrinterState = PrinterState.IDLE
    reasons: tuple[str, ...] = ()
    message: str = ""
    accepting: bool = True
    media_supported: tuple[str, ...] = ()
    media_default: str = ""
    formats: tuple[str, ...] = ()

    @property
    def takes_pdf(self) -> bool:
        return not self.formats or "application/pdf" in self.formats or (
            "application/octet-stream" in self.formats)


@dataclass(frozen=True)
class Job:
    """A print job as the print system last reported it."""

    id: int
    state: JobState
    reasons: tuple[str, ...] = ()
    message: str = ""
    preserved: bool = False


@dataclass(frozen=True)
class PrintChoices:
    """What the practitioner chose: which printer, how many copies, which pages, which paper."""

    queue: str
    copies: int = 1
    pages: tuple[int, int] | None = None  # first and last page, counted from 1; None: all
    media: str = A4

    def check(self, page_count: int) -> None:
        """Refuse choices the print system would misread, before anything is sent."""
        if not self.queue:
            raise PrintSystemError("no printer was chosen")
        if not 1 <= self.copies <= MAX_COPIES:
            raise PrintSystemError(f"the number of copies must be between 1 and {MAX_COPIES}")
        if self.pages is not None:
            first, last = self.pages
            if not 1 <= first <= last <= page_count:
                raise PrintSystemError(
                    f"the pages must be between 1 and {page_count}, the first before the last")

    def page_count(self, document_pages: int) -> int:
        """How many pages of the document this prints (one copy)."""
        return document_pages if self.pages is None else self.pages[1] - self.pages[0] + 1


@dataclass(frozen=True)
class PrintServer:
    """Where the print system listens: a local socket, or a host and port."""

    socket_path: str | None = None
    host: str = "localhost"
    port: int = DEFAULT_PORT
    timeout: float = 10.0

    def describe(self) -> str:
        return self.socket_path or f"{self.host}:{self.port}"


def _server_from_name(name: str) -> PrintServer:
    name = name.strip().split("/version=")[0]
    if name.startswith("/"):
        return PrintServer(socket_path=name)
    host, _, port = name.rpartition(":") if name.count(":") == 1 else (name, "", "")
    if not host:
        host, port = name, ""
    return PrintServer(host=host, port=int(port) if port.isdigit() else DEFAULT_PORT)


def _configured_name(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    for line in lines:
        key, _, value = line.strip().partition(" ")
        if key.lower() == "servername" and value.strip():
            return value.strip()
    return ""


def find_print_server(environ: Mapping[str, str] | None = None,
                      home: Path | None = None) -> PrintServer | None:
    """The print server this laptop uses, found as CUPS's own tools find it (CUPS_SERVER,
    then client.conf, then the local socket, then localhost:631); None where there is no
    CUPS at all (Windows), which prints through its own spooler instead."""
    env = os.environ if environ is None else environ
    if sys.platform == "win32" and "CUPS_SERVER" not in env:
        return None
    named = env.get("CUPS_SERVER", "").strip()
    if not named:
        for conf in ((home or Path.home()) / ".cups" / "client.conf",
                     Path("/etc/cups/client.conf")):
            named = _configured_name(conf)
            if named:
                break
    if named:
        return _server_from_name(named)
    for path in DEFAULT_SOCKETS:
        if Path(path).exists():
            return PrintServer(socket_path=path)
    return PrintServer()


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("localhost", timeout=timeout)
        self.path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        try:
            sock.connect(self.path)
        except OSError:
            sock.close()
            raise
        self.sock = sock


def _first(attrs: Collection, name: str, default: Value = None) -> Value:
    values = attrs.get(name) or [default]
    return values[0]


def _text(attrs: Collection, name: str) -> str:
    value = _first(attrs, name, "")
    return value if isinstance(value, str) else ""


def _words(attrs: Collection, name: str) -> tuple[str, ...]:
    return tuple(v for v in attrs.get(name, []) if isinstance(v, str) and v != "none")


def _queue(attrs: Collection) -> Queue:
    state = _first(attrs, "printer-state", PrinterState.IDLE)
    accepting = _first(attrs, "printer-is-accepting-jobs", True)
    return Queue(
        name=_text(attrs, "printer-name"), info=_text(attrs, "printer-info"),
        location=_text(attrs, "printer-location"),
        state=PrinterState(state) if isinstance(state, int) and state in (3, 4, 5)
        else PrinterState.STOPPED,
        reasons=_words(attrs, "printer-state-reasons"),
        message=_text(attrs, "printer-state-message"),
        accepting=bool(accepting),
        media_supported=_words(attrs, "media-supported"),
        media_default=_text(attrs, "media-default"),
        formats=_words(attrs, "document-format-supported"))


class CupsClient:
    """One print system, asked in IPP over its local socket (or TCP)."""

    def __init__(self, server: PrintServer, user: str | None = None) -> None:
        self.server = server
        self.user = user or getpass.getuser()
        self._ids = itertools.count(1)

    # ------------------------------------------------------------------ talking

    def _connection(self) -> http.client.HTTPConnection:
        if self.server.socket_path:
            return _UnixConnection(self.server.socket_path, self.server.timeout)
        return http.client.HTTPConnection(self.server.host, self.server.port,
                                          timeout=self.server.timeout)

    def _post(self, path: str, body: bytes, authorization: str | None = None
              ) -> tuple[int, str, bytes]:
        connection = self._connection()
        headers = {"Content-Type": "application/ipp", "Accept": "application/ipp"}
        if authorization:
            headers["Authorization"] = authorization
        try:
            connection.request("POST", path, body=body, headers=headers)
            reply = connection.getresponse()
            return reply.status, reply.getheader("WWW-Authenticate") or "", reply.read()
        except (OSError, http.client.HTTPException) as exc:
            raise PrintSystemUnreachable(
                f"the print system ({self.server.describe()}) is not answering: "
                f"{getattr(exc, 'strerror', None) or exc}") from None
        finally:
            connection.close()

    def _send(self, path: str, request: Request) -> Response:
        body = request.encode()
        status, challenge, data = self._post(path, body)
        if status == 401 and self.server.socket_path and "peercred" in challenge.lower():
            # On its local socket CUPS can see which user is asking (SO_PEERCRED): the same
            # proof its own tools give to cancel their own jobs. No password is involved.
            status, challenge, data = self._post(path, body, f"PeerCred {self.user}")
        if status != 200:
            raise PrintSystemError(f"the print system refused the request (HTTP {status})")
        try:
            return decode_response(data)
        except (IppError, ValueError, IndexError) as exc:
            raise PrintSystemError(f"the print system's answer could not be read: {exc}") from None

    def _request(self, operation: Operation, uri_name: str, uri: str,
                 *extra: Attribute, job: list[Attribute] | None = None,
                 data: bytes = b"") -> Request:
        operation_attributes = [
            Attribute.of("attributes-charset", Tag.CHARSET, "utf-8"),
            Attribute.of("attributes-natural-language", Tag.LANGUAGE, "en-gb"),
        ]
        if uri_name:
            operation_attributes.append(Attribute.of(uri_name, Tag.URI, uri))
        operation_attributes.append(Attribute.of("requesting-user-name", Tag.NAME, self.user))
        operation_attributes += extra
        return Request(operation, next(self._ids), operation_attributes, job or [], data)

    @staticmethod
    def printer_uri(name: str) -> str:
        return f"ipp://localhost/printers/{quote(name, safe='')}"

    # ------------------------------------------------------------------ printers

    def queues(self) -> list[Queue]:
        """Every printer set up on this print system (an empty list when there are none)."""
        response = self._send("/", self._request(
            Operation.CUPS_GET_PRINTERS, "", "",
            Attribute("requested-attributes", Tag.KEYWORD, QUEUE_ATTRIBUTES)))
        if response.status == Status.NOT_FOUND:
            return []
        self._raise_for(response, "")
        return sorted((_queue(attrs) for attrs in response.all(Group.PRINTER)),
                      key=lambda q: q.name.lower())

    def default_queue(self) -> str:
        """The name of the print system's default printer ("" when it has none)."""
        response = self._send("/", self._request(
            Operation.CUPS_GET_DEFAULT, "", "",
            Attribute.of("requested-attributes", Tag.KEYWORD, "printer-name")))
        if not response.ok:
            return ""
        return _text(response.group(Group.PRINTER), "printer-name")

    def queue(self, name: str) -> Queue:
        """How the printer ``name`` is now; QueueMissing when it is not set up."""
        response = self._send(f"/printers/{quote(name, safe='')}", self._request(
            Operation.GET_PRINTER_ATTRIBUTES, "printer-uri", self.printer_uri(name),
            Attribute("requested-attributes", Tag.KEYWORD, QUEUE_ATTRIBUTES)))
        self._raise_for(response, name)
        return _queue(response.group(Group.PRINTER))

    # ------------------------------------------------------------------ jobs

    def submit(self, pdf: bytes, choices: PrintChoices, title: str) -> int:
        """Send ``pdf`` itself to the chosen printer, with the chosen copies, pages and paper;
        returns the job's number. Raises QueueRefusing, QueueMissing, PrintSystemUnreachable
        or PrintSystemError; nothing was printed when it raises."""
        job = [Attribute.of("copies", Tag.INTEGER, choices.copies),
               # Each copy a whole set in page order: one each for the child and the carers.
               Attribute.of("multiple-document-handling", Tag.KEYWORD,
                            "separate-documents-collated-copies"),
               Attribute.of("media", Tag.KEYWORD, choices.media),
               # Asked for where the print system knows it (IPP Job Extensions): keep nothing
               # once printed. CUPS 2.4 ignores it; ``forget`` purges the job instead.
               Attribute.of("job-retain-until", Tag.KEYWORD, "none")]
        if choices.pages is not None:
            job.append(Attribute.of("page-ranges", Tag.RANGE, choices.pages))
        request = self._request(
            Operation.PRINT_JOB, "printer-uri", self.printer_uri(choices.queue),
            Attribute.of("job-name", Tag.NAME, title),
            Attribute.of("document-format", Tag.MIME_TYPE, "application/pdf"),
            job=job, data=pdf)
        response = self._send(f"/printers/{quote(choices.queue, safe='')}", request)
        self._raise_for(response, choices.queue)
        number = _first(response.group(Group.JOB), "job-id")
        if not isinstance(number, int) or isinstance(number, bool):
            raise PrintSystemError("the print system took the job but gave it no number")
        return number

    def job(self, job_id: int) -> Job:
        """How job ``job_id`` is now; QueueMissing when the print system no longer knows it."""
        response = self._send("/jobs/", self._request(
            Operation.GET_JOB_ATTRIBUTES, "job-uri", f"ipp://localhost/jobs/{job_id}",
            Attribute("requested-attributes", Tag.KEYWORD, JOB_ATTRIBUTES)))
        if response.status == Status.NOT_FOUND:
            raise QueueMissing(f"the print system no longer knows job {job_id}")
        self._raise_for(response, "")
        attrs = response.group(Group.JOB)
        state = _first(attrs, "job-state", JobState.PENDING)
        message = _text(attrs, "job-printer-state-message") or _text(attrs, "job-state-message")
        return Job(id=job_id,
                   state=JobState(state) if isinstance(state, int) and 3 <= state <= 9
                   else JobState.ABORTED,
                   reasons=_words(attrs, "job-state-reasons"), message=message,
                   preserved=bool(_first(attrs, "job-preserved", False)))

    def forget(self, job_id: int) -> bool:
        """Cancel job ``job_id`` if it has not finished, and purge it: the print system drops
        its copy of the document (and the job's history). True when the print system no
        longer holds the document; False when it still does (it refused, or keeps it)."""
        try:
            response = self._send("/jobs/", self._request(
                Operation.CANCEL_JOB, "job-uri", f"ipp://localhost/jobs/{job_id}",
                Attribute.of("purge-job", Tag.BOOLEAN, True)))
        except PrintSystemUnreachable:
            return False
        if response.status == Status.NOT_FOUND:
            return True
        # Purged, or refused (e.g. not allowed over this connection): either way, what counts
        # is whether the print system still holds the document.
        try:
            return not self.job(job_id).preserved
        except QueueMissing:
            return True
        except PrintSystemError:
            return False

    # ------------------------------------------------------------------ refusals

    @staticmethod
    def _raise_for(response: Response, queue: str) -> None:
        if response.ok:
            return
        said = response.message
        if response.status == Status.NOT_ACCEPTING_JOBS:
            raise QueueRefusing(f"the printer {queue} is not accepting jobs"
                                + (f" ({said})" if said else ""))
        if response.status in (Status.NOT_FOUND, Status.GONE) and queue:
            raise QueueMissing(f"the printer {queue} is not set up on this laptop")
        if response.status == Status.DOCUMENT_FORMAT_NOT_SUPPORTED:
            raise PrintSystemError(f"the printer {queue} cannot print PDF documents")
        raise PrintSystemError(said or f"the print system refused (IPP status {response.status:#06x})")
