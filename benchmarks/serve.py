"""Benchmark ``amexsim serve``: whole conversations over HTTP on loopback against the same
turns through ``Conversation`` in this process.

Run from the repository root: ``python benchmarks/serve.py``. It starts ``amexsim serve`` in
a second process on 127.0.0.1 (a free port, a fixed clock and seed, and, as always without
``--db``, an in-memory case database per conversation, as ``Conversation`` has), then for 1,
10 and 100 concurrent conversations runs each conversation's script (the same nine messages:
verify, balance, lock a card, a question, a hand-off...) again and again for ``--seconds``
(default 5) or ``--max-messages`` (default 20,000), whichever comes first, and prints
messages per second and the p50/p99 latency of one message (request sent to reply read). The
same script through ``Conversation`` in this process, one message after another, runs in the
same run for comparison. Loads go to loopback only and stop by themselves.

The client (a minimal asyncio HTTP/1.1 client, one keep-alive connection per conversation)
runs in this process and the server in another, on the same 2 cores: they compete for them.
"""

from __future__ import annotations

import os
import sys

# This folder holds queue.py, which would shadow the standard library's queue (that asyncio's
# threads and the HTTP client import): leave it off the path.
sys.path[:] = [p for p in sys.path if os.path.realpath(p or ".") != os.path.dirname(os.path.realpath(__file__))]

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from amexsim.testing import Conversation  # noqa: E402

NOW = "2026-11-29T10:00"
SCRIPT = (
    "last 4 is 1005, zip 10285",
    "what's my balance?",
    "lock my gold card",
    "yes",
    "when is my payment due?",
    "do I need to tell you before I travel?",
    "let me talk to a person",
    "a charge I want to dispute",
    "thanks, bye",
)
LEVELS = (1, 10, 100)


class Run:
    """Latencies (seconds) of the messages of one load level, and its wall time."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.latencies: list[float] = []
        self.seconds = 0.0
        self.conversations = 0

    def row(self) -> str:
        ordered = sorted(self.latencies)
        p50 = ordered[len(ordered) // 2] * 1000
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000
        rate = len(ordered) / self.seconds
        return f"| {self.name} | {self.conversations:,} | {len(ordered):,} | {rate:,.0f} | {p50:.2f} | {p99:.2f} |"

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds


def in_process(seconds: float, limit: int) -> Run:
    run = Run("in process (`Conversation`, one after another)")
    started = time.perf_counter()
    while time.perf_counter() - started < seconds and len(run.latencies) < limit:
        convo = Conversation(now=NOW + ":00", seed=7 + run.conversations)  # the server's n-th conversation has seed 7 + n too
        run.conversations += 1
        for text in SCRIPT:
            before = time.perf_counter()
            convo.say(text)
            run.latencies.append(time.perf_counter() - before)
    run.seconds = time.perf_counter() - started
    return run


class Connection:
    """A minimal HTTP/1.1 keep-alive client for JSON requests (one per conversation), so the
    figures measure the server, not a general-purpose client's own overhead."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str) -> None:
        self.reader, self.writer, self.host = reader, writer, host

    @classmethod
    async def open(cls, host: str, port: int) -> Connection:
        reader, writer = await asyncio.open_connection(host, port)
        return cls(reader, writer, f"{host}:{port}")

    async def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        data = json.dumps(body).encode() if body is not None else b""
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Length: {len(data)}\r\n"
        head += "Content-Type: application/json\r\n\r\n" if body is not None else "\r\n"
        self.writer.write(head.encode() + data)
        status_line = await self.reader.readuntil(b"\r\n")
        length = 0
        while (line := await self.reader.readuntil(b"\r\n")) != b"\r\n":
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        payload = await self.reader.readexactly(length)
        return int(status_line.split()[1]), (json.loads(payload) if payload else {})

    def close(self) -> None:
        self.writer.close()


async def over_http(url: str, sessions: int, seconds: float, limit: int) -> Run:
    run = Run(f"server, {sessions} concurrent")
    host, port = url.split("//")[1].rstrip("/").split(":")
    deadline = time.perf_counter() + seconds

    async def customer() -> None:
        http = await Connection.open(host, int(port))
        try:
            while time.perf_counter() < deadline and len(run.latencies) < limit:
                status, created = await http.call("POST", "/api/conversations", {})
                if status != 201:
                    raise SystemExit(f"starting a conversation: {status} {created}")
                base = f"/api/conversations/{created['id']}"
                run.conversations += 1
                for text in SCRIPT:
                    before = time.perf_counter()
                    status, reply = await http.call("POST", f"{base}/messages", {"text": text})
                    run.latencies.append(time.perf_counter() - before)
                    if status != 200 or not (reply["replies"] or reply["events"]):  # after the hand-off the agent may answer
                        raise SystemExit(f"{text!r}: {status} {reply}")
                await http.call("DELETE", base)
        finally:
            http.close()

    started = time.perf_counter()
    await asyncio.gather(*(customer() for _ in range(sessions)))
    run.seconds = time.perf_counter() - started
    return run


def start_server(log) -> tuple[subprocess.Popen, str]:
    """``amexsim serve`` on a free loopback port; its log (one line a request) goes to ``log``."""
    command = ["serve", "--port", "0", "--now", NOW, "--seed", "7", "--max-conversations", "1000"]
    server = subprocess.Popen([sys.executable, "-m", "amexsim", *command], stdout=subprocess.PIPE, stderr=log, text=True, cwd=ROOT)
    line = server.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:\d+/", line)
    if not found:
        server.kill()
        raise SystemExit(f"amexsim serve did not start: {line!r}")
    return server, found.group(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="longest run per load level (default 5)")
    parser.add_argument("--max-messages", type=int, default=20_000, help="most messages per load level (default 20,000)")

    parser.add_argument("--server-log", default=os.devnull, metavar="FILE", help="where the server's log goes (default: nowhere)")
    args = parser.parse_args()

    local = in_process(args.seconds, args.max_messages)
    with open(args.server_log, "w") as log:
        server, url = start_server(log)
        try:
            asyncio.run(over_http(url, 1, 1.0, args.max_messages))  # warm-up: caches, connections
            runs = [asyncio.run(over_http(url, n, args.seconds, args.max_messages)) for n in LEVELS]
        finally:
            server.terminate()
            server.wait(timeout=30)

    print(f"{len(SCRIPT)} messages per conversation; up to {args.seconds:g} s or {args.max_messages:,} messages per row\n")
    print("| run | conversations | messages | messages/s | p50 ms | p99 ms |")
    print("|---|---:|---:|---:|---:|---:|")
    for run in (local, *runs):
        print(run.row())
    print()
    for run in runs:
        print(f"{run.name}: {run.rate / local.rate:.2f}x the in-process rate, p50 {statistics.median(run.latencies) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
