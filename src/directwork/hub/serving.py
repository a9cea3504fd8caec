"""Serving the hub from several processes (``serve --workers N``).

uvicorn binds the socket its worker processes share itself, and asyncio then leaves Nagle's
algorithm on for each connection (it turns it off only for sockets it made itself). Each answer
then waited for the laptop's delayed acknowledgement: 40 ms on every request, ten times a sync
with nothing to do. Here the listening socket is made with ``TCP_NODELAY``, which each
connection accepted from it keeps."""

from __future__ import annotations

import gc
import socket

from directwork.domain import validation

# The collector's first generation is looked at after this many new container objects, not
# Python's 700: a push's hundred records make tens of thousands, nearly all freed by their
# counts, so at 700 the collector ran dozens of times a push for little.
FIRST_GENERATION = 20_000


def ready_to_serve() -> None:
    """For a process about to serve the hub, once its app is built: every kind of record's
    check built (otherwise the first push of each kind in each process built it, while the
    requests behind that push waited), then the collector made quieter."""
    validation.build_checks()
    quieter_collector()


def quieter_collector() -> None:
    """For a process about to serve the hub: what is already built (modules, the app) is put
    out of the collector's way for good (``gc.freeze``), and it runs less often."""
    gc.collect()
    gc.freeze()
    _first, second, third = gc.get_threshold()
    gc.set_threshold(FIRST_GENERATION, second, third)


def run_processes(app: str, *, workers: int, host: str, port: int,
                  certfile: str | None = None, keyfile: str | None = None) -> None:
    """``uvicorn.run(app, factory=True, workers=workers, …)``, every connection without
    Nagle's delay. ``app`` is the import string of a factory each process calls."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    config = uvicorn.Config(app, factory=True, workers=workers, host=host, port=port,
                            log_level="warning", ssl_certfile=certfile, ssl_keyfile=keyfile)
    sock = config.bind_socket()
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    Multiprocess(config, sockets=[sock]).run()
