"""A real CUPS print server for the printing tests, started by the test run as PostgreSQL is
(tests/hub/pg.py): its own configuration, spool and socket in a temporary folder, the system's
real filters (pdftopdf applies copies, page ranges and paper), and PDF printers whose
"paper" is a folder: each job that reaches the printer lands there as job-N.pdf.

The printer's backend can be told to fail as a real one does: out of paper (it stops the
queue, as CUPS backends do), offline (it waits for the printer to come back, then prints).
The server keeps job files for ever (PreserveJobFiles Yes) and uses the default policy of a
Debian install, so a test sees whether the app itself makes CUPS drop its copy.

`make test` installs CUPS when it is missing (.ci/system-deps). Without it these tests are
skipped on a developer's machine but FAIL under CI=true.
"""

from __future__ import annotations

import atexit
import grp
import itertools
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest

_lock = threading.Lock()
_shared: CupsServer | None = None
_names = itertools.count(1)

CUPS_LIB = Path("/usr/lib/cups")
SYSTEM_POLICY = Path("/etc/cups/cupsd.conf")

# Sends each job to <folder>/job-N.pdf. <folder>/fault makes it fail: "offline-report" waits
# (as a backend does for a printer that is switched off) until the file goes; any other
# keyword is reported as the printer's state and stops the queue (CUPS_BACKEND_STOP).
BACKEND = r"""#!/bin/sh
[ $# -eq 0 ] && { echo 'direct testpdf "Unknown" "Test PDF printer"'; exit 0; }
folder=${DEVICE_URI#testpdf:}
fault=$(cat "$folder/fault" 2>/dev/null || true)
case "$fault" in
  "") ;;
  offline-report)
    echo "STATE: +offline-report" >&2
    echo "INFO: The printer is not responding." >&2
    n=0
    while [ -e "$folder/fault" ] && [ $n -lt 600 ]; do sleep 0.1; n=$((n + 1)); done ;;
  *) echo "STATE: +$fault" >&2; echo "ERROR: $fault" >&2; exit 4 ;;
esac
echo "STATE: -offline-report,media-empty-error,media-jam-error" >&2
if [ -n "$6" ]; then cat "$6" > "$folder/.job-$1"; else cat > "$folder/.job-$1"; fi
mv "$folder/.job-$1" "$folder/job-$1.pdf"
exit 0
"""

# A PDF printer: CUPS's pdftopdf filter prepares the job (pages, copies, paper), and the
# backend receives PDF.
PPD = """*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "DWTEST.PPD"
*Manufacturer: "directwork tests"
*Product: "(Test PDF printer)"
*ModelName: "Test PDF printer"
*ShortNickName: "Test PDF printer"
*NickName: "Test PDF printer"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: True
*DefaultColorSpace: RGB
*FileSystem: False
*Throughput: "1"
*LandscapeOrientation: Plus90
*TTRasterizer: Type42
*cupsVersion: 2.4
*cupsManualCopies: True
*cupsFilter2: "application/vnd.cups-pdf application/pdf 0 -"
*OpenUI *PageSize/Paper: PickOne
*OrderDependency: 10 AnySetup *PageSize
*DefaultPageSize: Letter
*PageSize A4/A4: "<</PageSize[595 842]>>setpagedevice"
*PageSize A5/A5: "<</PageSize[420 595]>>setpagedevice"
*PageSize Letter/Letter: "<</PageSize[612 792]>>setpagedevice"
*CloseUI: *PageSize
*OpenUI *PageRegion: PickOne
*OrderDependency: 10 AnySetup *PageRegion
*DefaultPageRegion: Letter
*PageRegion A4/A4: "<</PageSize[595 842]>>setpagedevice"
*PageRegion A5/A5: "<</PageSize[420 595]>>setpagedevice"
*PageRegion Letter/Letter: "<</PageSize[612 792]>>setpagedevice"
*CloseUI: *PageRegion
*DefaultImageableArea: Letter
*ImageableArea A4/A4: "0 0 595 842"
*ImageableArea A5/A5: "0 0 420 595"
*ImageableArea Letter/Letter: "0 0 612 792"
*DefaultPaperDimension: Letter
*PaperDimension A4/A4: "595 842"
*PaperDimension A5/A5: "420 595"
*PaperDimension Letter/Letter: "612 792"
"""

# The default policy of a Debian install (cupsd.conf), used when the system has none.
DEFAULT_POLICY = """<Policy default>
  JobPrivateAccess default
  JobPrivateValues default
  SubscriptionPrivateAccess default
  SubscriptionPrivateValues default
  <Limit Create-Job Print-Job Print-URI Validate-Job>
    Order deny,allow
  </Limit>
  <Limit Send-Document Send-URI Hold-Job Release-Job Restart-Job Purge-Jobs Set-Job-Attributes Create-Job-Subscription Renew-Subscription Cancel-Subscription Get-Notifications Reprocess-Job Cancel-Current-Job Suspend-Current-Job Resume-Job Cancel-My-Jobs Close-Job CUPS-Move-Job>
    Require user @OWNER @SYSTEM
    Order deny,allow
  </Limit>
  <Limit CUPS-Get-Document>
    AuthType Default
    Require user @OWNER @SYSTEM
    Order deny,allow
  </Limit>
  <Limit CUPS-Add-Modify-Printer CUPS-Delete-Printer CUPS-Add-Modify-Class CUPS-Delete-Class CUPS-Set-Default CUPS-Get-Devices>
    AuthType Default
    Require user @SYSTEM
    Order deny,allow
  </Limit>
  <Limit Pause-Printer Resume-Printer Enable-Printer Disable-Printer Pause-Printer-After-Current-Job Hold-New-Jobs Release-Held-New-Jobs Deactivate-Printer Activate-Printer Restart-Printer Shutdown-Printer Startup-Printer Promote-Job Schedule-Job-After Cancel-Jobs CUPS-Accept-Jobs CUPS-Reject-Jobs>
    AuthType Default
    Require user @SYSTEM
    Order deny,allow
  </Limit>
  <Limit Cancel-Job CUPS-Authenticate-Job>
    Require user @OWNER @SYSTEM
    Order deny,allow
  </Limit>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""


def _policy() -> str:
    """The system's own default policy when there is one, else Debian's."""
    try:
        text = SYSTEM_POLICY.read_text(encoding="utf-8")
    except OSError:
        return DEFAULT_POLICY
    start, end = text.find("<Policy default>"), text.find("</Policy>")
    return text[start:end + len("</Policy>")] + "\n" if 0 <= start < end else DEFAULT_POLICY


def missing() -> str:
    """Why a CUPS server cannot be started here ("" when it can)."""
    needs = {"cupsd": shutil.which("cupsd") or shutil.which("cupsd", path="/usr/sbin"),
             "lpadmin": shutil.which("lpadmin") or shutil.which("lpadmin", path="/usr/sbin"),
             "pdftopdf": (CUPS_LIB / "filter" / "pdftopdf").exists() or None}
    absent = [name for name, found in needs.items() if not found]
    return (f"CUPS is not installed (no {', '.join(absent)}); `make test` installs it with "
            ".ci/system-deps") if absent else ""


def _tool(name: str) -> str:
    return shutil.which(name) or shutil.which(name, path="/usr/sbin") or name


class CupsServer:
    """One private cupsd: start(), queues added with add_queue(), stop()."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="dw-cups-"))
        # cupsd runs its filters as the "lp" user: they must be able to reach ServerBin.
        self.root.chmod(0o755)
        self.socket = str(self.root / "cups.sock")
        self.spool = self.root / "spool"
        self.temp = self.spool / "tmp"
        self.cache = self.root / "cache"
        self.paper = self.root / "paper"
        self.process: subprocess.Popen[bytes] | None = None

    # ------------------------------------------------------------------ running

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": self.socket, "LC_ALL": "C"}

    def _configure(self) -> None:
        for folder in ("etc", "bin/backend", "spool/tmp", "cache", "state", "log", "paper"):
            (self.root / folder).mkdir(parents=True, exist_ok=True)
        for part in ("filter", "daemon", "driver", "notifier"):
            if (CUPS_LIB / part).exists():
                (self.root / "bin" / part).symlink_to(CUPS_LIB / part)
        backend = self.root / "bin" / "backend" / "testpdf"
        backend.write_text(BACKEND, encoding="utf-8")
        # Mode 0700: cupsd runs it as root (when it runs as root), so it can write the paper.
        backend.chmod(0o700)
        (self.root / "dwtest.ppd").write_text(PPD, encoding="ascii")
        group = grp.getgrgid(os.getgid()).gr_name
        (self.root / "cupsd.conf").write_text(
            "LogLevel info\n"
            f"Listen {self.socket}\n"
            "Browsing No\nWebInterface No\nDefaultAuthType Basic\n"
            # Worst case on purpose: CUPS keeps every job's file. Only the app's own purge
            # leaves the spool empty.
            "PreserveJobFiles Yes\nPreserveJobHistory Yes\n"
            "JobRetryInterval 1\n"
            "<Location />\n  Order allow,deny\n  Allow localhost\n</Location>\n"
            + _policy(), encoding="utf-8")
        (self.root / "cups-files.conf").write_text(
            f"ServerRoot {self.root / 'etc'}\n"
            f"RequestRoot {self.spool}\nTempDir {self.temp}\n"
            f"CacheDir {self.cache}\nStateDir {self.root / 'state'}\n"
            f"ServerBin {self.root / 'bin'}\nDataDir /usr/share/cups\n"
            f"AccessLog {self.root / 'log' / 'access_log'}\n"
            f"ErrorLog {self.root / 'log' / 'error_log'}\n"
            f"PageLog {self.root / 'log' / 'page_log'}\n"
            f"SystemGroup {group}\nFileDevice No\n", encoding="utf-8")

    def start(self) -> None:
        if not (self.root / "cupsd.conf").exists():
            self._configure()
        log = (self.root / "log" / "cupsd.out").open("ab")
        self.process = subprocess.Popen(
            [_tool("cupsd"), "-f", "-c", str(self.root / "cupsd.conf"),
             "-s", str(self.root / "cups-files.conf")],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True)
        log.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("cupsd stopped at start:\n" + self.log())
            if Path(self.socket).exists() and subprocess.run(
                    [_tool("lpstat"), "-r"], env=self.env, capture_output=True,
                    timeout=30).returncode == 0:
                return
            time.sleep(0.05)
        raise RuntimeError("cupsd did not answer within a minute:\n" + self.log())

    def stop(self) -> None:
        """Stop the server (as a crash or `systemctl stop cups` would leave it: not answering)."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
        self.process = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        parts = []
        for name in ("cupsd.out", "error_log"):
            path = self.root / "log" / name
            if path.exists():
                parts.append(path.read_text(encoding="utf-8", errors="replace")[-4000:])
        return "\n".join(parts)

    # ------------------------------------------------------------------ printers

    def admin(self, *command: str) -> None:
        done = subprocess.run([_tool(command[0]), *command[1:]], env=self.env,
                              capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()}")

    def add_queue(self, name: str = "") -> str:
        """A new PDF printer, ready and accepting jobs; returns its name."""
        name = name or f"office-{next(_names)}"
        paper = self.paper / name
        paper.mkdir(parents=True, exist_ok=True)
        self.admin("lpadmin", "-p", name, "-E", "-v", f"testpdf:{paper}",
                   "-P", str(self.root / "dwtest.ppd"), "-D", f"Office printer {name}",
                   "-L", "Team room")
        return name

    def remove_queue(self, name: str) -> None:
        self.admin("lpadmin", "-x", name)

    def reject(self, name: str) -> None:
        self.admin("cupsreject", "-r", "Closed for maintenance", name)

    def disable(self, name: str) -> None:
        self.admin("cupsdisable", "-r", "Stopped by the office", name)

    def enable(self, name: str) -> None:
        self.admin("cupsenable", name)

    def fault(self, name: str, reason: str | None) -> None:
        """Make printer ``name`` fail with ``reason`` from its next job (None: mend it)."""
        path = self.paper / name / "fault"
        if reason is None:
            path.unlink(missing_ok=True)
        else:
            path.write_text(reason + "\n", encoding="ascii")

    def printed(self, name: str) -> dict[int, bytes]:
        """Every job that reached printer ``name``, by job number."""
        return {int(p.stem.removeprefix("job-")): p.read_bytes()
                for p in sorted((self.paper / name).glob("job-*.pdf"))}

    def take_paper(self, name: str) -> None:
        """Take the printed pages away (the paper is not a copy left on the laptop)."""
        for path in (self.paper / name).glob("job-*.pdf"):
            path.unlink()

    def spool_files(self) -> list[Path]:
        """Every file the server holds in its spool, temporary folder and cache."""
        return sorted(p for folder in (self.spool, self.temp, self.cache)
                      for p in folder.rglob("*") if p.is_file())


def _start_or_give_up() -> CupsServer:
    reason = missing()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    server = CupsServer()
    try:
        server.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        server.close()
        message = f"the test CUPS server could not start: {exc}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return server


def shared_server() -> CupsServer:
    """The run's one CUPS server, started on first use."""
    global _shared
    with _lock:
        if _shared is None or _shared.process is None or _shared.process.poll() is not None:
            _shared = _start_or_give_up()
            atexit.register(_shared.close)
        return _shared


def own_server() -> CupsServer:
    """A server of the test's own, for a test that stops it. The caller closes it."""
    return _start_or_give_up()
