"""The web app: the chat page, its two files, and the JSON API, behind the middleware.

The page is plain HTML, CSS and JavaScript shipped in ``static/`` (no build step, nothing
from another site); it draws only what the API returns. Cross-origin requests are refused
unless ``allow_origins`` names the sites that may call the API (a team's own chat front end).
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .api import error_response, routes
from .conversations import ConversationError, Conversations
from .middleware import AccessLog, Contained, SecurityHeaders

ASSETS = {
    "chat.js": "text/javascript; charset=utf-8",
    "chat.css": "text/css; charset=utf-8",
    "icon.svg": "image/svg+xml",
}


def _asset(name: str) -> bytes:
    return (resources.files("amexsim.web") / "static" / name).read_bytes()


def create_app(conversations: Conversations, *, allow_origins: Sequence[str] = ()) -> Starlette:
    """The ASGI app over a registry of conversations."""
    page = _asset("index.html")
    assets = {name: (_asset(name), kind) for name, kind in ASSETS.items()}

    async def index(request: Request) -> Response:
        return Response(page, media_type="text/html; charset=utf-8", headers={"Cache-Control": "no-store"})

    async def static(request: Request) -> Response:
        found = assets.get(request.path_params["name"])
        if found is None:
            raise HTTPException(404)
        body, kind = found
        return Response(body, media_type=kind, headers={"Cache-Control": "no-cache"})

    async def refused(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ConversationError)
        return error_response(exc)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        message = {404: "no such page or endpoint", 405: f"{request.method} is not allowed here"}.get(exc.status_code, str(exc.detail))
        return JSONResponse({"error": {"status": exc.status_code, "code": code, "message": message}}, status_code=exc.status_code)

    middleware = [Middleware(AccessLog), Middleware(SecurityHeaders)]
    if allow_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(allow_origins),
                allow_methods=["GET", "POST", "DELETE"],
                allow_headers=["content-type", "last-event-id"],
            )
        )
    middleware.append(Middleware(Contained))
    return Starlette(
        routes=[Route("/", index), Route("/static/{name}", static), *routes(conversations)],
        middleware=middleware,
        exception_handlers={ConversationError: refused, HTTPException: http_error},
    )
