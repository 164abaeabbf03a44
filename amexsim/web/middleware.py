"""What wraps every request: security headers, an access log that never holds a secret, and
a last line of defence that turns an unexpected error into a JSON 500 without its message.

Plain ASGI middleware (not Starlette's ``BaseHTTPMiddleware``), so the event stream flows
through untouched.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from ..guard import redact

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

access_log = logging.getLogger("amexsim.web.access")
error_log = logging.getLogger("amexsim.web")

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)


class HttpMiddleware:
    """Middleware for HTTP requests only (lifespan and other scopes pass straight through)."""

    def __init__(self, app: App) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self.http(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError


class SecurityHeaders(HttpMiddleware):
    """Adds :data:`SECURITY_HEADERS` to every response (page, files and API alike)."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in SECURITY_HEADERS if h[0] not in names)]
            await send(message)

        await self.app(scope, receive, with_headers)


class AccessLog(HttpMiddleware):
    """One line per request: method, path (guard-redacted: a path could hold anything), status
    and time. Never the query string, a header or the body."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = time.perf_counter()
        status = 0

        async def noting(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, noting)
        finally:
            access_log.info(
                '%s "%s %s" %s %.1f ms',
                (scope.get("client") or ("-",))[0],
                scope["method"],
                redact(scope["path"])[:200],
                status or "-",
                (time.perf_counter() - started) * 1000,
            )


class Contained(HttpMiddleware):
    """Any error the routes did not answer becomes a JSON 500. The log names the error's type
    and the route only: an exception's message might quote what the customer typed."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def noting(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, noting)
        except Exception as exc:
            route = scope.get("route")
            error_log.error("%s in %s %s", type(exc).__name__, scope.get("method", ""), getattr(route, "path", "(no route)"))
            if started:
                return
            body = json.dumps({"error": {"status": 500, "code": "internal", "message": "something went wrong on the server"}}).encode()
            await send({"type": "http.response.start", "status": 500, "headers": [(b"content-type", b"application/json")]})
            await send({"type": "http.response.body", "body": body})
