"""Running the web app on uvicorn, on a socket we open ourselves.

Opening the socket here (not in uvicorn) turns a taken port into one clear error line, and
gives the real port when ``--port 0`` asks for any free one. uvicorn's own access log is off:
:class:`~amexsim.web.middleware.AccessLog` writes one that never holds a message or a query.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ..errors import UsageError

LOOPBACK = "127.0.0.1"


def listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (``port`` 0: any free port)."""
    if not 0 <= port <= 65535:
        raise UsageError(f"--port must be 0-65535 (not {port})")
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio only turns Nagle's algorithm off (TCP_NODELAY) on sockets
    # that say they are TCP, and with it on, a reply sent in two writes waits ~40 ms for an ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise UsageError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def server_for(app, *, log_level: str = "info", on_stop: Callable[[], None] | None = None):
    """A uvicorn server for ``app`` (plain HTTP/1.1, no websockets). ``on_stop`` runs as it
    starts shutting down, before it waits for open requests: the event streams are endless,
    so it is where they are told to finish (else each would be cut off after the grace)."""
    import uvicorn

    class Server(uvicorn.Server):
        async def shutdown(self, sockets=None) -> None:
            if on_stop is not None:
                on_stop()
            await super().shutdown(sockets=sockets)

    config = uvicorn.Config(
        app, log_config=None, log_level=log_level, access_log=False, ws="none", lifespan="off", timeout_graceful_shutdown=2
    )
    return Server(config)


def run(app, sock: socket.socket, *, announce: Callable[[str], None], on_stop: Callable[[], None] | None = None) -> None:
    """Serve until Ctrl-C (or SIGTERM); ``announce`` is told the address first."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    server = server_for(app, on_stop=on_stop)
    announce(url_of(sock))
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn raises the Ctrl-C again once it has shut down
        server.run(sockets=[sock])


@contextmanager
def running(app, *, host: str = LOOPBACK, port: int = 0, on_stop: Callable[[], None] | None = None) -> Iterator[str]:
    """Serve ``app`` on a background thread while the block runs; yields its address. For
    tests, benchmarks and anyone driving the simulated assistant from their own test suite."""
    sock = listen(host, port)
    server = server_for(app, log_level="warning", on_stop=on_stop)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="amexsim-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the web server did not start")
        time.sleep(0.01)
    try:
        yield url_of(sock)
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
