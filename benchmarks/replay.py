"""Replay speed: the transcripts/ library repeated to 10,000 conversations, with --jobs 1 and 2.

Each conversation is read from its file (YAML parsed every time, as a replay does), replayed on a
fresh session over its own in-memory database and compared turn by turn; the assistant is
loaded once per process. Prints conversations, turns, seconds and turns per second per setting.

    python benchmarks/replay.py [--conversations 10000] [--jobs 1 2]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# benchmarks/queue.py would shadow the standard library's queue (multiprocessing needs it)
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

from amexsim.replay.runner import _loaded, assistant_for, replay_files, transcript_files  # noqa: E402
from amexsim.replay.transcript import load_transcript  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    files, _ = transcript_files([ROOT / "transcripts"])
    repeated = [files[i % len(files)] for i in range(args.conversations)]
    for path in files:
        assistant_for(load_transcript(path))  # load every assistant once in this process (forked workers inherit them)
    print(f"{len(files)} transcripts repeated to {len(repeated):,} conversations")
    print(f"{'jobs':>4} {'conversations':>13} {'turns':>9} {'seconds':>8} {'turns/s':>9} {'failed':>6}")
    for jobs in args.jobs:
        started = time.perf_counter()
        outcomes = replay_files(repeated, jobs=jobs)
        seconds = time.perf_counter() - started
        turns = sum(o.turns for o in outcomes)
        failed = sum(1 for o in outcomes if not o.passed)
        print(f"{jobs:>4} {len(outcomes):>13,} {turns:>9,} {seconds:>8.2f} {turns / seconds:>9,.0f} {failed:>6}")
    assert _loaded.cache_info().currsize >= 1


if __name__ == "__main__":
    main()
