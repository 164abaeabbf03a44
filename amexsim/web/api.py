"""The JSON API: one route per thing the terminal can do, each a thin call into
:class:`~amexsim.web.conversations.Conversations`.

Bodies are read with a size limit before they are parsed, and every refusal is a JSON error
``{"error": {"status", "code", "message"}}`` that never quotes what was sent. Turns run on
worker threads (they may write to SQLite); the event stream runs on the event loop.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from ..dialogue.state_view import view_state
from ..replay.transcript import to_yaml
from ..terminal.chat import SUMMARY_REQUEST  # what the Summary button says for the customer, as /summary does
from .conversations import ConversationError, Conversations, LiveChat, Reply
from .events import refused_kinds

MAX_BODY_BYTES = 64 * 1024  # a request body; larger ones are refused with 413 before parsing
MAX_TEXT_CHARS = 4000  # one message (the assistant itself answers only the first 2,000)
KEEPALIVE_SECONDS = 15.0
DOWNLOAD = "amexsim-transcript.yaml"
LINKS = ("messages", "approve", "deny", "summary", "wait", "why", "state", "packet", "transcript", "transcript.yaml", "events")


class BadRequest(ConversationError):
    """The request itself is wrong: its body, its type or a parameter."""


async def read_json(request: Request, *, required: bool = True) -> dict[str, Any]:
    """The body as a JSON object, read up to :data:`MAX_BODY_BYTES`; ``{}`` when it is empty
    and not ``required``."""
    declared = request.headers.get("content-length")
    if declared is not None and (not (declared.isascii() and declared.isdigit()) or int(declared) > MAX_BODY_BYTES):
        raise BadRequest(f"the request body is over {MAX_BODY_BYTES:,} bytes", status=413, code="too_large")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY_BYTES:
            raise BadRequest(f"the request body is over {MAX_BODY_BYTES:,} bytes", status=413, code="too_large")
    if not body and not required:
        return {}
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise BadRequest("send the body as JSON with Content-Type: application/json", status=415, code="unsupported_media_type")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("the body is not UTF-8 text", code="not_utf8") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadRequest(f"malformed JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", code="bad_json") from None
    except (ValueError, RecursionError):  # an integer too long to read, nesting too deep
        raise BadRequest("malformed JSON: a value is too long or nested too deeply", code="bad_json") from None
    if not isinstance(data, dict):
        raise BadRequest(f"the body must be a JSON object (not {type(data).__name__})", status=422, code="invalid")
    return data


def message_text(data: dict[str, Any]) -> str:
    """The ``text`` of a message body, checked: a non-empty string of valid Unicode, not too long."""
    text = data.get("text")
    if not isinstance(text, str):
        raise BadRequest('the body needs "text": the message, as a string', status=422, code="invalid")
    if not text.strip():
        raise BadRequest('"text" is empty', status=422, code="invalid")
    if len(text) > MAX_TEXT_CHARS:
        raise BadRequest(f'"text" is {len(text):,} characters; the most is {MAX_TEXT_CHARS:,}', status=422, code="too_long")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadRequest('"text" is not valid Unicode (it holds a lone surrogate)', status=422, code="invalid") from None
    return text


def wants_trace(data: dict[str, Any]) -> bool:
    flag = data.get("trace", False)
    if not isinstance(flag, bool):
        raise BadRequest('"trace" must be true or false', status=422, code="invalid")
    return flag


def reply_json(reply: Reply, *, trace: bool = False) -> dict[str, Any]:
    """A turn as the API returns it: the lines, what the page shows (events), and why."""
    out: dict[str, Any] = {"replies": list(reply.replies), "events": [event.as_dict() for event in reply.events]}
    if reply.command:
        out["command"] = reply.command
    turn = reply.turn
    if turn is None:
        return out
    view = view_state(turn.state)
    users = [message.text for message in turn.state.history if message.role == "user"]
    handoff = next((event.as_dict() for event in reply.events if event.kind == "handoff"), None)
    out.update(
        {
            "user": None if reply.command else users[-1],
            "intent": turn.trace.intent,
            "outcome": turn.trace.outcome,
            "refused": refused_kinds(turn),
            "handoff": handoff,
            "verified": view.verified,
            "prompt": view.prompt,
        }
    )
    if trace:
        out["trace"] = turn.trace.as_dict()
    return out


def error_response(exc: ConversationError) -> JSONResponse:
    return JSONResponse({"error": {"status": exc.status, "code": exc.code, "message": str(exc)}}, status_code=exc.status)


class EventStream(StreamingResponse):
    """Server-Sent Events that give back their place in the conversation's stream count
    however they end (the client left, the conversation ended, the server stops)."""

    def __init__(self, content: AsyncIterator[str], release: Callable[[], None]) -> None:
        super().__init__(content, media_type="text/event-stream", headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})
        self.release = release

    async def __call__(self, scope, receive, send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self.release()


def routes(conversations: Conversations) -> list[Route]:
    """The API's routes over one registry of conversations."""

    def live(request: Request) -> LiveChat:
        return conversations.get(request.path_params["id"])

    async def create(request: Request) -> JSONResponse:
        await read_json(request, required=False)
        chat = await run_in_threadpool(conversations.create)
        base = f"/api/conversations/{chat.id}"
        return JSONResponse(
            {
                "id": chat.id,
                "events": [event.as_dict() for event in chat.events.since(0)],
                "links": {name: f"{base}/{name}" for name in LINKS},
            },
            status_code=201,
        )

    async def end(request: Request) -> Response:
        conversations.close(request.path_params["id"])
        return Response(status_code=204)

    async def message(request: Request) -> JSONResponse:
        data = await read_json(request)
        text, trace = message_text(data), wants_trace(data)
        reply = await run_in_threadpool(conversations.say, request.path_params["id"], text)
        return JSONResponse(reply_json(reply, trace=trace))

    def fixed(said: str) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> JSONResponse:
            trace = wants_trace(await read_json(request, required=False))
            reply = await run_in_threadpool(conversations.say, request.path_params["id"], said)
            return JSONResponse(reply_json(reply, trace=trace))

        return endpoint

    async def why(request: Request) -> JSONResponse:
        trace = await run_in_threadpool(live(request).read, lambda chat: chat.last_trace)
        if trace is None:
            return JSONResponse({"trace": None, "lines": ["Nothing to explain yet."]})
        return JSONResponse({"trace": trace.as_dict(), "lines": trace.lines()})

    async def state(request: Request) -> JSONResponse:
        view = await run_in_threadpool(live(request).read, lambda chat: view_state(chat.state))
        return JSONResponse({**view.as_dict(), "lines": view.lines()})

    async def packet(request: Request) -> JSONResponse:
        found = await run_in_threadpool(live(request).read, lambda chat: chat.state.packet)
        if found is None:
            return JSONResponse({"packet": None, "lines": ["Nothing was handed to an agent in this chat yet."]})
        return JSONResponse({"packet": found.as_dict(), "lines": found.lines()})

    async def wait(request: Request) -> JSONResponse:
        minutes = (await read_json(request, required=False)).get("minutes")
        if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, int | float) or not 0 <= minutes <= 1440):
            raise BadRequest('"minutes" must be a number from 0 to 1440 (or left out: until something happens)', status=422, code="invalid")
        command = "/wait" if minutes is None else f"/wait {minutes}"
        reply = await run_in_threadpool(conversations.say, request.path_params["id"], command)
        return JSONResponse(reply_json(reply))

    def document(chat) -> dict[str, Any]:
        """The transcript, with file paths relative to where the server runs (so it replays from there)."""
        return chat.recorder.document(Path.cwd() / DOWNLOAD)

    async def transcript(request: Request) -> JSONResponse:
        return JSONResponse(await run_in_threadpool(live(request).read, document))

    async def transcript_yaml(request: Request) -> Response:
        text = to_yaml(await run_in_threadpool(live(request).read, document))
        return Response(
            text,
            media_type="application/yaml; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{DOWNLOAD}"', "Cache-Control": "no-store"},
        )

    async def events(request: Request) -> Response:
        chat = live(request)
        after = _after(request)
        release = conversations.open_stream(chat)
        wait = conversations.tick_seconds if conversations.tick else KEEPALIVE_SECONDS

        async def stream() -> AsyncIterator[str]:
            last = after
            yield "retry: 1000\n\n"
            while True:
                batch = await chat.events.wait(last, wait)
                for event in batch:
                    yield event.sse()
                    last = event.id
                if chat.events.closed:
                    yield "event: end\ndata: {}\n\n"
                    return
                if not batch:
                    await run_in_threadpool(conversations.ticked, chat)
                    yield ": still here\n\n"

        return EventStream(stream(), release)

    return [
        Route("/api/conversations", create, methods=["POST"]),
        Route("/api/conversations/{id}", end, methods=["DELETE"]),
        Route("/api/conversations/{id}/messages", message, methods=["POST"]),
        Route("/api/conversations/{id}/approve", fixed("/approve"), methods=["POST"]),
        Route("/api/conversations/{id}/deny", fixed("/deny"), methods=["POST"]),
        Route("/api/conversations/{id}/summary", fixed(SUMMARY_REQUEST), methods=["POST"]),
        Route("/api/conversations/{id}/wait", wait, methods=["POST"]),
        Route("/api/conversations/{id}/why", why, methods=["GET"]),
        Route("/api/conversations/{id}/packet", packet, methods=["GET"]),
        Route("/api/conversations/{id}/state", state, methods=["GET"]),
        Route("/api/conversations/{id}/transcript", transcript, methods=["GET"]),
        Route("/api/conversations/{id}/transcript.yaml", transcript_yaml, methods=["GET"]),
        Route("/api/conversations/{id}/events", events, methods=["GET"]),
    ]


def _after(request: Request) -> int:
    """Where a stream starts: after the ``Last-Event-ID`` a reconnecting browser sends, or ``?after=N``."""
    raw = request.headers.get("last-event-id") or request.query_params.get("after") or "0"
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 12:
        raise BadRequest("after (or Last-Event-ID) must be a whole number of 0 or more", status=422, code="invalid")
    return int(raw)
