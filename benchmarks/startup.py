"""Start-up of the chat, against the import floor, paired run by run.

The floor is ``python -c "import rich, prompt_toolkit, yaml"``: what any chat on these three
libraries must pay before it can show anything. Each round runs the floor and then each of ours
(order alternating between rounds), so the machine's drift (10-30% here) hits both alike:

- first prompt: ``amexsim chat`` in a real pseudo-terminal, from the start of the process to
  ``You:`` on the screen (the chat then leaves with Ctrl-D, not timed);
- plain: ``amexsim chat --plain`` in a pseudo-terminal, from the start to its exit after ``/quit``
  is typed at the first prompt;
- ask: ``amexsim ask "what is my balance"``, start to exit;

each warm (the start-up cache in place: the second start of the same data) and cold (the cache
folder removed before every run). Printed: the median of each, and the median of the per-round
ratios to the floor. The runs share an ``AMEXSIM_HOME`` in a temporary folder, with a fixed
``--now`` and ``--db :memory:``; the chats keep their transcripts as usual (none is written:
they end before a message).

    python benchmarks/startup.py [--rounds 15]
"""

from __future__ import annotations

import argparse
import os
import pty
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOW = ["--now", "2026-11-29T10:00", "--db", ":memory:"]


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def in_pty(command: list[str], env: dict[str, str], *, typed: bytes, until_exit: bool) -> float:
    """Seconds from spawning ``command`` in a pseudo-terminal to ``You:`` on its screen (or, with
    ``until_exit``, to its exit after ``typed`` was typed at that prompt)."""
    master, slave = pty.openpty()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT, start_new_session=True)
    os.close(slave)
    seen = b""
    prompt_at = None
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 5)
            if not ready:
                raise RuntimeError(f"no prompt from {' '.join(command)}: {seen[-300:]!r}")
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            seen += chunk
            if prompt_at is None and b"You:" in seen:
                prompt_at = time.perf_counter()
                os.write(master, typed)
                if not until_exit:
                    break
        process.wait(timeout=20)
        if until_exit:
            return time.perf_counter() - start
        return prompt_at - start
    finally:
        if process.poll() is None:
            os.write(master, b"\x04")
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        os.close(master)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--only", choices=["first prompt", "plain", "ask"], action="append", help="run only these (default: all)")
    options = parser.parse_args()
    rounds = options.rounds
    python = sys.executable
    amexsim = [python, "-m", "amexsim"]
    home = Path(tempfile.mkdtemp(prefix="amexsim-startup-"))
    env = {**os.environ, "AMEXSIM_HOME": str(home), "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "40"}
    env.pop("NO_COLOR", None)

    def cold() -> None:
        shutil.rmtree(home / "cache", ignore_errors=True)

    runs = {
        "floor": lambda: timed([python, "-c", "import rich, prompt_toolkit, yaml"], env),
        "first prompt": lambda: in_pty([*amexsim, "chat", *NOW], env, typed=b"\x04", until_exit=False),
        "plain, start to /quit": lambda: in_pty([*amexsim, "chat", "--plain", *NOW], env, typed=b"/quit\r", until_exit=True),
        "ask": lambda: timed([*amexsim, "ask", "what is my balance", *NOW], env),
    }
    ours = [name for name in runs if name != "floor" and (not options.only or name.split(",")[0] in options.only)]
    times: dict[str, list[float]] = {name: [] for name in runs}
    ratios: dict[str, list[float]] = {}
    for _ in range(2):  # warm-up: .pyc files and the start-up cache in place
        for name in ours:
            runs[name]()
    for index in range(rounds):
        floor = runs["floor"]()
        times["floor"].append(floor)
        order = ours if index % 2 == 0 else list(reversed(ours))
        for temperature in ("warm", "cold"):
            for name in order:
                if temperature == "cold":
                    cold()
                seconds = runs[name]()
                if temperature == "cold":
                    runs[name]()  # leave the cache warm again for the warm runs
                key = f"{name} ({temperature})"
                times.setdefault(key, []).append(seconds)
                ratios.setdefault(key, []).append(seconds / floor)
    shutil.rmtree(home, ignore_errors=True)
    print(f"start-up, {rounds} paired rounds (median; ratio: median of each round's time over that round's floor)")
    print(f"{'run':34s} {'ms':>7s} {'x floor':>8s}")
    print(f"{'floor: import rich, prompt_toolkit, yaml':34s} {1e3 * statistics.median(times['floor']):7.1f} {1.0:8.2f}")
    for key in sorted(ratios, key=lambda k: (k.split(" (")[0] not in ours, ours.index(k.split(" (")[0]), k.endswith("(cold)"))):
        print(f"{key:34s} {1e3 * statistics.median(times[key]):7.1f} {statistics.median(ratios[key]):8.2f}")


if __name__ == "__main__":
    main()
