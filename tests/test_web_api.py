"""The JSON API of ``amexsim serve``: every route, the event stream, bad input, limits,
isolation, headers and logs. Most tests call the app in-process (Starlette's test client);
the event stream, the access log and the command itself run on a real server on loopback."""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import datetime

import httpx2 as httpx
import pytest
import yaml
from starlette.testclient import TestClient

from amexsim.bank.cases import CaseStore
from amexsim.web.api import MAX_BODY_BYTES, MAX_TEXT_CHARS
from amexsim.web.app import create_app
from amexsim.web.conversations import Conversations, chats, queue_clock
from amexsim.web.server import running
from tests.conftest import ALEX, ROOT, SMALL_INTENTS

NOW = datetime(2026, 11, 29, 10, 0)
CARD = "3782 822463 10005"  # a test number that passes the Luhn check
CARD_DIGITS = CARD.replace(" ", "")
VERIFY = "last 4 is 1005, zip 10285"  # the demo account


def registry(assistant, *, seed: int = 7, **options) -> Conversations:
    return Conversations(chats(assistant, CaseStore(":memory:"), lambda: NOW, seed=seed), **options)


@pytest.fixture
def conversations(shipped_assistant) -> Conversations:
    return registry(shipped_assistant)


@pytest.fixture
def client(conversations) -> Iterator[TestClient]:
    with TestClient(create_app(conversations)) as client:
        yield client


def start(client: TestClient) -> str:
    response = client.post("/api/conversations")
    assert response.status_code == 201, response.text
    return response.json()["id"]


def say(client: TestClient, cid: str, text: str, **extra) -> dict:
    response = client.post(f"/api/conversations/{cid}/messages", json={"text": text, **extra})
    assert response.status_code == 200, response.text
    return response.json()


def error_of(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert error["status"] == status and error["message"]
    return error


# ----- the routes ---------------------------------------------------------------------------------


def test_a_conversation_starts_with_an_unguessable_id_and_the_welcome(client):
    first, second = client.post("/api/conversations").json(), client.post("/api/conversations").json()
    assert first["id"] != second["id"]
    assert re.fullmatch(r"[A-Za-z0-9_-]{32,}", first["id"])
    kinds = [event["kind"] for event in first["events"]]
    assert kinds == ["assistant", "state"] and "virtual assistant" in first["events"][0]["text"]
    assert first["links"]["messages"] == f"/api/conversations/{first['id']}/messages"


def test_a_message_gets_the_reply_intent_and_outcome_and_the_trace_only_on_request(client):
    cid = start(client)
    plain = say(client, cid, "I lost my card")
    assert plain["intent"] == "lost_card" and plain["user"] == "I lost my card"
    assert plain["replies"] and plain["outcome"]
    assert "trace" not in plain
    assert [e["kind"] for e in plain["events"]][:2] == ["user", "assistant"]
    traced = say(client, cid, "what's my balance?", trace=True)
    assert traced["trace"]["intent"] == traced["intent"] and traced["trace"]["outcome"] == traced["outcome"]


def test_the_security_prompt_is_approved_and_denied_through_the_api(client):
    cid = start(client)
    for text in (VERIFY, "change my phone number", "(212) 555-0100"):
        say(client, cid, text)
    asked = say(client, cid, "yes")
    assert asked["prompt"] is True and asked["outcome"] == "prompt"
    state = client.get(f"/api/conversations/{cid}/state").json()
    assert state["prompt"] and state["flows"][-1]["waiting"] == "prompt"
    approved = client.post(f"/api/conversations/{cid}/approve").json()
    assert approved["command"] == "/approve" and approved["prompt"] is False
    assert "approved" in approved["replies"][0] and "(212) 555-0100" in approved["replies"][-1]
    assert approved["user"] is None

    for text in ("change my phone number", "(212) 555-0111", "yes"):
        say(client, cid, text)
    denied = client.post(f"/api/conversations/{cid}/deny", json={"trace": True}).json()
    assert denied["prompt"] is False and denied["trace"]["outcome"] == denied["outcome"]
    assert "(212) 555-0111" not in " ".join(denied["replies"])


def test_state_shows_verification_the_waiting_flow_and_its_slots(client):
    cid = start(client)
    assert client.get(f"/api/conversations/{cid}/state").json()["verified"] is False
    say(client, cid, VERIFY)
    say(client, cid, "lock my card")
    state = client.get(f"/api/conversations/{cid}/state").json()
    assert state["verified"] is True and state["turn"] == 2
    assert state["flows"][-1]["intent"] == "lock_card" and state["flows"][-1]["waiting"] in ("slot", "confirm")
    assert "verified: yes" in state["lines"]


def test_summary_asks_the_assistant_and_lists_what_was_done(client):
    cid = start(client)
    for text in (VERIFY, "lock my gold card", "yes"):
        say(client, cid, text)
    summary = client.post(f"/api/conversations/{cid}/summary").json()
    assert summary["intent"] == "case_reference" and summary["user"] == "Can I have a summary of this chat?", summary
    assert "Locked the Gold Card ending 1005" in summary["replies"][0]
    assert client.get(f"/api/conversations/{cid}/state").json()["done"][-1]["text"].startswith("Locked the Gold Card")


def test_why_explains_the_last_answer(client):
    cid = start(client)
    assert client.get(f"/api/conversations/{cid}/why").json() == {"trace": None, "lines": ["Nothing to explain yet."]}
    say(client, cid, "I lost my card")
    why = client.get(f"/api/conversations/{cid}/why").json()
    assert why["trace"]["intent"] == "lost_card" and "intent: lost_card" in why["lines"][1]


def test_the_transcript_is_redacted_as_json_and_as_a_yaml_download(client):
    cid = start(client)
    say(client, cid, f"my card is {CARD}")
    say(client, cid, "I lost my card")
    document = client.get(f"/api/conversations/{cid}/transcript").json()
    assert [turn["user"] for turn in document["turns"]] == ["my card is [card number removed]", "I lost my card"]
    download = client.get(f"/api/conversations/{cid}/transcript.yaml")
    assert download.headers["content-disposition"].startswith("attachment;")
    assert yaml.safe_load(download.text) == document
    assert CARD not in download.text and CARD_DIGITS not in download.text


def test_typed_commands_work_as_in_the_terminal_but_save_never_writes_on_the_server(client, private_home):
    cid = start(client)
    say(client, cid, "I lost my card")
    why = say(client, cid, "/why")
    assert why["command"] == "/why" and "intent: lost_card" in why["replies"][0] and why["events"][0]["kind"] == "note"
    assert "flow: lost_card" in say(client, cid, "/state")["replies"][0]
    assert "Approve" in say(client, cid, "/help")["replies"][0]
    before = sorted(p.name for p in private_home.rglob("*"))
    saved = say(client, cid, "/save /tmp/x.yaml")
    assert "download" in saved["replies"][0] and sorted(p.name for p in private_home.rglob("*")) == before
    assert not os.path.exists("/tmp/x.yaml")
    echoed = say(client, cid, f"/wait {CARD_DIGITS}")  # a bad argument is never quoted back: it may be a card number
    assert "minutes" in echoed["replies"][0] and CARD_DIGITS not in json.dumps(echoed)
    assert say(client, cid, "/quit")["command"] == "/quit"
    error_of(client.get(f"/api/conversations/{cid}/state"), 404)


def test_a_card_split_over_two_messages_is_redacted_on_the_earlier_line_too(client):
    cid = start(client)
    say(client, cid, "my card number is 3782 8224")
    second = say(client, cid, "6310 005")
    users = {e["n"]: e["text"] for e in second["events"] if e["kind"] == "user"}
    assert users == {0: "my card number is [card number removed]", 1: "[card number removed]"}
    assert second["refused"] == ["card number"]


def test_ending_a_conversation_forgets_it(client):
    cid = start(client)
    assert client.delete(f"/api/conversations/{cid}").status_code == 204
    error_of(client.post(f"/api/conversations/{cid}/messages", json={"text": "hi"}), 404)


# ----- isolation and bad input --------------------------------------------------------------------

ENDPOINTS = [
    ("POST", "messages"),
    ("POST", "approve"),
    ("POST", "deny"),
    ("POST", "summary"),
    ("GET", "why"),
    ("GET", "state"),
    ("GET", "transcript"),
    ("GET", "transcript.yaml"),
    ("GET", "events"),
]


@pytest.mark.parametrize(("method", "path"), ENDPOINTS)
def test_an_unknown_conversation_is_a_json_404_on_every_route(client, method, path):
    start(client)
    body = {"json": {"text": "hi"}} if method == "POST" else {}
    error = error_of(client.request(method, f"/api/conversations/{secrets.token_urlsafe(24)}/{path}", **body), 404)
    assert error["code"] == "not_found"


def test_one_conversation_cannot_read_another(client):
    mine, theirs = start(client), start(client)
    say(client, theirs, "I want to dispute the $127.43 charge from XYZ Store")
    say(client, mine, "hello")
    mine_doc = client.get(f"/api/conversations/{mine}/transcript").json()
    assert [turn["user"] for turn in mine_doc["turns"]] == ["hello"]
    assert "XYZ" not in json.dumps(mine_doc) and "XYZ" not in json.dumps(client.get(f"/api/conversations/{mine}/state").json())
    for near in (theirs[:-1], theirs + "x", theirs.upper(), f"{theirs[:10]}"):
        error_of(client.get(f"/api/conversations/{near}/transcript"), 404)


def post_raw(client: TestClient, cid: str, content: bytes, kind: str = "application/json") -> httpx.Response:
    return client.post(f"/api/conversations/{cid}/messages", content=content, headers={"content-type": kind})


@pytest.mark.parametrize(
    ("content", "status", "code"),
    [
        (b'{"text": "hi"', 400, "bad_json"),
        (b"", 400, "bad_json"),
        (b"\xff\xfe\x00binary\x80\x81", 400, "not_utf8"),
        (b"[" * 20000 + b"]" * 20000, 400, "bad_json"),
        (b'{"text": 1' + b"0" * 5000 + b"}", 400, "bad_json"),
        (b'["hi"]', 422, "invalid"),
        (b'{"message": "hi"}', 422, "invalid"),
        (b'{"text": 42}', 422, "invalid"),
        (b'{"text": "   "}', 422, "invalid"),
        (b'{"text": "hi \\ud800"}', 422, "invalid"),
        (b'{"text": "hi", "trace": "yes"}', 422, "invalid"),
        (json.dumps({"text": "x" * (MAX_TEXT_CHARS + 1)}).encode(), 422, "too_long"),
        (json.dumps({"text": "1" * 1_000_000}).encode(), 413, "too_large"),
    ],
    ids=["truncated", "empty", "binary", "deep", "huge-int", "array", "no-text", "number", "blank", "surrogate", "trace", "long", "1MB"],
)
def test_bad_bodies_are_clear_json_errors_and_change_nothing(client, content, status, code):
    cid = start(client)
    error = error_of(post_raw(client, cid, content), status)
    assert error["code"] == code
    assert "1111" not in error["message"] and "ud800" not in error["message"]
    assert client.get(f"/api/conversations/{cid}/state").json()["turn"] == 0


def test_a_body_without_a_length_is_cut_off_at_the_limit(client):
    cid = start(client)

    def chunks():
        for _ in range(20):
            yield b"1" * 65536

    response = client.post(f"/api/conversations/{cid}/messages", content=chunks(), headers={"content-type": "application/json"})
    assert error_of(response, 413)["code"] == "too_large"
    assert MAX_BODY_BYTES < 20 * 65536


def test_a_body_that_is_not_json_is_refused_by_type(client):
    cid = start(client)
    assert error_of(post_raw(client, cid, b"\x00\x01\x02", "application/octet-stream"), 415)["code"] == "unsupported_media_type"
    assert error_of(post_raw(client, cid, b"text=hi", "application/x-www-form-urlencoded"), 415)


def test_unknown_routes_and_methods_are_json_errors(client):
    assert error_of(client.get("/nope"), 404)["code"] == "not_found"
    assert error_of(client.get("/static/../../etc/passwd"), 404)
    assert error_of(client.get("/api/conversations"), 405)["code"] == "method_not_allowed"
    assert error_of(client.get("/api/conversations/x/events?after=-1"), 404)


# ----- limits ---------------------------------------------------------------------------------------


def test_live_conversations_are_capped_and_idle_ones_expire(shipped_assistant):
    clock = [0.0]
    conversations = registry(shipped_assistant, limit=2, idle_seconds=60, timer=lambda: clock[0])
    with TestClient(create_app(conversations)) as client:
        first, second = start(client), start(client)
        assert error_of(client.post("/api/conversations"), 503)["code"] == "too_many_conversations"
        clock[0] = 50
        say(client, second, "hello")  # in use: stays
        clock[0] = 100
        third = start(client)  # the first was idle for 100 s: forgotten, its place free
        error_of(client.get(f"/api/conversations/{first}/state"), 404)
        assert len(conversations) == 2
        for cid in (second, third):
            assert client.get(f"/api/conversations/{cid}/state").status_code == 200


def test_a_conversation_has_a_turn_limit(shipped_assistant):
    with TestClient(create_app(registry(shipped_assistant, max_turns=2))) as client:
        cid = start(client)
        say(client, cid, "hi")
        say(client, cid, "hello")
        assert error_of(client.post(f"/api/conversations/{cid}/messages", json={"text": "again"}), 409)["code"] == "conversation_too_long"


def test_without_a_database_each_conversation_keeps_its_cases_to_itself(shipped_assistant):
    private = Conversations(chats(shipped_assistant, None, lambda: NOW, seed=7))
    with TestClient(create_app(private)) as client:
        first, second = start(client), start(client)
        for text in ("let me talk to a person", "a charge I want to dispute"):
            say(client, first, text)
        assert [c["kind"] for c in client.get(f"/api/conversations/{first}/state").json()["cases"]] == ["handoff"]
        assert client.get(f"/api/conversations/{second}/state").json()["cases"] == []
        third = start(client)  # a conversation started afterwards does not see it either
        assert client.get(f"/api/conversations/{third}/state").json()["cases"] == []


def test_conversations_sharing_a_database_never_run_out_of_case_numbers(conversations):
    """Each conversation draws from its own seed (the n-th: seed + n), so with a fixed seed
    and clock the 60th hand-off at the same turn is not the 60th case-number collision."""
    numbers = set()
    with TestClient(create_app(conversations)) as client:
        for n in range(60):
            cid = start(client)
            say(client, cid, "let me talk to a person")
            numbers.add(say(client, cid, "a charge I want to dispute")["handoff"]["case"])
            if n < 2:
                assert client.get(f"/api/conversations/{cid}/transcript").json()["seed"] == 7 + n
            client.delete(f"/api/conversations/{cid}")
    assert len(numbers) == 60


def test_the_server_socket_is_tcp_so_replies_are_not_held_back_by_nagle():
    """asyncio sets TCP_NODELAY only on sockets created as IPPROTO_TCP: without it a reply
    sent in two writes waited ~40 ms for the client's delayed ACK (found by benchmarks/serve.py)."""
    import socket

    from amexsim.web.server import listen

    with listen("127.0.0.1", 0) as sock:
        assert sock.proto == socket.IPPROTO_TCP


def test_limits_must_make_sense(shipped_assistant):
    with pytest.raises(ValueError, match="limit=0"):
        registry(shipped_assistant, limit=0)


# ----- headers, CORS, errors and logs -----------------------------------------------------------------


def test_the_page_and_the_api_send_the_security_headers(client):
    for response in (client.get("/"), client.get("/static/chat.js"), client.post("/api/conversations"), client.get("/nope")):
        headers = response.headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert headers["referrer-policy"] == "no-referrer" and headers["x-content-type-options"] == "nosniff"
    page = client.get("/").text
    assert '<script src="/static/chat.js" defer></script>' in page
    assert not re.search(r"<script>|<style|\sstyle=|\son[a-z]+=", page), "inline script or style would break the CSP"
    assert "http://" not in page and "https://" not in page, "nothing from another site"


def test_cors_is_closed_unless_an_origin_is_allowed(conversations):
    preflight = {
        "origin": "https://evil.example",
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
    }
    with TestClient(create_app(conversations)) as client:
        assert "access-control-allow-origin" not in client.options("/api/conversations", headers=preflight).headers
        assert "access-control-allow-origin" not in client.post("/api/conversations", headers={"origin": "https://evil.example"}).headers
    with TestClient(create_app(conversations, allow_origins=["https://front.example"])) as client:
        allowed = client.options("/api/conversations", headers={**preflight, "origin": "https://front.example"})
        assert allowed.headers["access-control-allow-origin"] == "https://front.example"
        assert "access-control-allow-origin" not in client.options("/api/conversations", headers=preflight).headers


def test_an_unexpected_error_is_a_json_500_whose_log_names_no_message(shipped_assistant, caplog):
    def broken():
        raise RuntimeError(f"failed on {CARD}")

    with TestClient(create_app(Conversations(broken)), raise_server_exceptions=False) as client:
        error = error_of(client.post("/api/conversations"), 500)
    assert error["code"] == "internal" and CARD not in error["message"]
    assert "RuntimeError in POST /api/conversations" in caplog.text and CARD not in caplog.text


# ----- on a real server: the event stream, the tick hook, the access log ------------------------------------


def read_events(lines: Iterator[str], until) -> list[dict]:
    """Events from a stream's lines (one iterator per stream) until ``until(events so far)``."""
    got = []
    for line in lines:
        if line.startswith("data: "):
            got.append(json.loads(line[len("data: ") :]))
            if until(got):
                return got
    raise AssertionError(f"the stream ended before the event came: {got}")


WAITS = 6  # with this seed the first conversation's hand-off waits in line, 4th, about 4 minutes (the centre is seeded)
HANDOFF = ("let me talk to a person", "a charge I want to dispute")


def test_the_event_stream_sends_each_turn_and_resumes_after_an_id(shipped_assistant):
    conversations = registry(shipped_assistant, seed=WAITS)
    with running(create_app(conversations)) as url, httpx.Client(base_url=url, timeout=10) as http:
        cid = http.post("/api/conversations").json()["id"]
        with http.stream("GET", f"/api/conversations/{cid}/events") as stream:
            assert stream.headers["content-type"].startswith("text/event-stream")
            lines = stream.iter_lines()
            welcome = read_events(lines, lambda got: len(got) == 2)
            assert [e["id"] for e in welcome] == [1, 2] and welcome[1]["live"] is None
            for text in HANDOFF:
                http.post(f"/api/conversations/{cid}/messages", json={"text": text})
            events = read_events(lines, lambda got: got[-1]["kind"] == "state" and any(e["kind"] == "handoff" for e in got))
        handoff = next(e for e in events if e["kind"] == "handoff")
        assert (handoff["team"], handoff["position"], handoff["wait"]) == ("disputes", 4, "about 4 minutes")
        reply = next(e["text"] for e in events if e["kind"] == "assistant" and handoff["case"] in e["text"])
        assert "you're number 4 in the queue" in reply
        live = {"phase": "queued", "team": "disputes", "case": handoff["case"], "position": 4, "minutes": handoff["minutes"]}
        assert events[-1]["live"] == live
        with http.stream("GET", f"/api/conversations/{cid}/events", headers={"last-event-id": str(handoff["id"] - 1)}) as again:
            assert read_events(again.iter_lines(), lambda got: True)[0]["id"] == handoff["id"]
        assert error_of(http.get(f"/api/conversations/{cid}/events?after=x"), 422)
        # events from elsewhere reach the same stream: what Conversations.publish is for
        last = events[-1]["id"]
        with http.stream("GET", f"/api/conversations/{cid}/events?after={last}") as pushed:
            conversations.publish(cid, ("agent_typing", {"who": "Dana"}))
            assert read_events(pushed.iter_lines(), lambda got: True)[0] == {"id": last + 1, "kind": "agent_typing", "who": "Dana"}


def test_the_line_moves_while_the_page_waits_and_streams_are_capped(shipped_assistant):
    """The queue clock (as the terminal's ticker) plays the wait out while a stream is open:
    the place in line counts down, then the agent joins and speaks."""
    conversations = registry(shipped_assistant, seed=WAITS, tick=queue_clock(600), tick_seconds=0.02, max_streams=1)
    with running(create_app(conversations)) as url, httpx.Client(base_url=url, timeout=10) as http:
        cid = http.post("/api/conversations").json()["id"]
        for text in HANDOFF:
            last = http.post(f"/api/conversations/{cid}/messages", json={"text": text}).json()["events"][-1]["id"]
        with http.stream("GET", f"/api/conversations/{cid}/events?after={last}") as stream:
            lines = stream.iter_lines()  # kept: dropping the iterator would close the stream
            moved = read_events(lines, lambda got: got[-1]["kind"] == "agent")
            with http.stream("GET", f"/api/conversations/{cid}/events") as second:  # never read to the end if it is a stream
                assert second.status_code == 429
                assert json.loads(second.read())["error"]["code"] == "too_many_streams"
    places = [int(re.search(r"number (\d)", e["text"]).group(1)) for e in moved if e["kind"] == "queue_position"]
    assert places == [3, 2, 1], moved
    kinds = [e["kind"] for e in moved if e["kind"] != "state"]
    assert kinds[-2:] == ["agent_joined", "agent"] and moved[-1]["who"] == "Dana (disputes)"


def test_wait_and_packet_work_as_in_the_terminal(shipped_assistant):
    with TestClient(create_app(registry(shipped_assistant, seed=WAITS))) as client:
        cid = start(client)
        assert client.get(f"/api/conversations/{cid}/packet").json()["packet"] is None
        for text in HANDOFF:
            say(client, cid, text)
        packet = client.get(f"/api/conversations/{cid}/packet").json()
        assert packet["packet"]["team"] == "disputes" and packet["lines"][1] == "topic: a charge I want to dispute"
        news = client.post(f"/api/conversations/{cid}/wait").json()  # until something happens
        assert news["command"] == "/wait" and news["events"][0]["kind"] == "queue_position"
        later = client.post(f"/api/conversations/{cid}/wait", json={"minutes": 30}).json()
        assert "agent_joined" in [e["kind"] for e in later["events"]]
        assert client.get(f"/api/conversations/{cid}/state").json()["turn"] == 2
        for bad in ({"minutes": -1}, {"minutes": "soon"}, {"minutes": True}, {"minutes": 1e9}):
            assert error_of(client.post(f"/api/conversations/{cid}/wait", json=bad), 422)["code"] == "invalid"
        transcript = client.get(f"/api/conversations/{cid}/transcript").json()
        assert [turn["user"] for turn in transcript["turns"]][-2:] == ["/wait", "/wait"]


def test_the_access_log_shows_paths_but_no_message_query_or_body(shipped_assistant, caplog):
    caplog.set_level(logging.INFO)
    with running(create_app(registry(shipped_assistant))) as url, httpx.Client(base_url=url, timeout=10) as http:
        cid = http.post("/api/conversations").json()["id"]
        http.post(f"/api/conversations/{cid}/messages", json={"text": f"my card is {CARD}, pin is 4821"})
        http.get(f"/api/conversations/{cid}/state?card={CARD_DIGITS}")
        http.get(f"/{CARD_DIGITS}")
    access = [r.getMessage() for r in caplog.records if r.name == "amexsim.web.access"]
    assert any(f"POST /api/conversations/{cid}/messages" in line and " 200 " in line for line in access), access
    assert any('"GET /[card number removed]" 404' in line for line in access), access
    server = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith(("httpx", "httpcore")))  # not the client's
    assert CARD not in server and CARD_DIGITS not in server and "4821" not in server


# ----- the command and the README ---------------------------------------------------------------------------


def serve(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "amexsim", "serve", "--port", "0", "--db", ":memory:", "--now", "2026-11-29T10:00", "--seed", "7", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def address_of(server: subprocess.Popen) -> str:
    """The address the command prints first (a watchdog stops it if it never does)."""
    timer = threading.Timer(60, server.kill)
    timer.start()
    try:
        line = server.stdout.readline()
    finally:
        timer.cancel()
    found = re.search(r"http://127\.0\.0\.1:\d+/", line)
    assert found, line + server.stderr.read()
    return found.group(0)


def test_amexsim_serve_answers_on_loopback_and_stops_on_ctrl_c():
    server = serve()
    try:
        url = address_of(server)
        with httpx.Client(base_url=url, timeout=10) as http:
            assert "Customer care chat" in http.get("/").text
            cid = http.post("/api/conversations").json()["id"]
            reply = http.post(f"/api/conversations/{cid}/messages", json={"text": "I lost my card"}).json()
            assert reply["intent"] == "lost_card"
    finally:
        server.send_signal(signal.SIGINT)
        _, err = server.communicate(timeout=20)
    assert server.returncode == 0, err
    assert "I lost my card" not in err and f"POST /api/conversations/{cid}/messages" in err


def test_amexsim_serve_refuses_a_wrong_card_and_a_taken_port(tmp_path):
    small = ("--intents", str(SMALL_INTENTS), "--account", str(ALEX))  # what is refused needs no shipped intents
    wrong = serve(*small, "--card", "9999")
    _, err = wrong.communicate(timeout=60)
    assert wrong.returncode == 2 and "--card 9999" in err
    first = serve(*small)
    try:
        port = address_of(first).rsplit(":", 1)[1].strip("/")
        taken = subprocess.run(
            [sys.executable, "-m", "amexsim", "serve", "--port", port, "--db", ":memory:"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
        )
        assert taken.returncode == 2 and f"cannot listen on 127.0.0.1:{port}" in taken.stderr
    finally:
        first.send_signal(signal.SIGINT)
        first.communicate(timeout=20)


README = (ROOT / "README.md").read_text(encoding="utf-8")
CURL = re.search(r"```sh\n(url=http://127\.0\.0\.1:8000\n.*?)```", README, flags=re.S)


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed (.ci/run installs it)")
def test_the_readme_curl_lines_run_against_a_server(shipped_assistant):
    """The README's curl block, run as written against a server (all but the endless event stream)."""
    assert CURL, "the README's API section starts its curl block with url=http://127.0.0.1:8000"
    lines = [line for line in CURL.group(1).splitlines() if "/events" not in line]
    assert len(lines) < len(CURL.group(1).splitlines()), "the block shows the event stream too"
    with running(create_app(registry(shipped_assistant))) as url:
        script = "\n".join(lines).replace("url=http://127.0.0.1:8000", f"url={url.rstrip('/')}", 1)
        result = subprocess.run(["bash", "-euo", "pipefail", "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    outputs = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert outputs[0]["intent"] == "change_phone" and outputs[3]["prompt"] is True, result.stdout
    approved = next(out for out in outputs if out.get("command") == "/approve")
    assert approved["prompt"] is False and "(212) 555-0100" in approved["replies"][-1]
    assert "amexsim_transcript:" in result.stdout and "user: /approve" in result.stdout


def test_the_chat_s_newer_commands_work_on_the_web_and_an_unknown_one_never_reaches_the_assistant(client):
    cid = start(client)
    assert say(client, cid, "/agent")["replies"][0].startswith("Briefly, what is it about?")
    unknown = say(client, cid, f"/x {CARD_DIGITS}")
    assert unknown["replies"] == ["There is no command /x. /help lists them; a message can't start with /."]
    assert CARD_DIGITS not in json.dumps(unknown) and unknown["events"][0]["kind"] == "note"
    assert say(client, cid, "/restart")["replies"] == ["To start over here, open a new conversation."]
    assert say(client, cid, "/activity")["replies"][0].startswith("First I need to verify you")
