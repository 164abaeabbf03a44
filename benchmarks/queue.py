"""Benchmark the contact-centre simulation: speed against SimPy, and agreement with Erlang C.

Run from the repository root: ``python benchmarks/queue.py`` (SimPy from ``pip install -e
'.[bench]'``; without it the SimPy columns are skipped). Prints

* speed: 1,000,000 chats through 20 agents (3.5 chats a minute, 5-minute exponential handle
  time, load 0.875) for each seed, amexsim's fast loop, its general event engine and the same
  M/M/c model written with SimPy, run one after the other in this process, with the ratios;
  and the mean wait over the seeds against Erlang C;
* correctness: one team, Poisson arrivals, exponential handle times, nobody gives up: the mean
  wait of each 1,000,000-chat run at loads 0.5 (2 agents), 0.8 (5 agents) and 0.95 (20 agents)
  against Erlang C, the pooled mean over the seeds and its standard error (measured from the
  spread of the runs). Small teams at the lower loads, because with 20 agents at load 0.5 only
  0.4% of chats wait at all and one run's mean wait rests on a few thousand of them; at 0.95
  waits are so correlated that one run of 1,000,000 chats varies by about 5% for any simulator.

Options: ``--chats N`` (per run, default 1,000,000), ``--seeds N`` (default 5), ``--no-simpy``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from amexsim.queue.erlang import erlang_c  # noqa: E402
from amexsim.queue.simulation import simulate  # noqa: E402
from amexsim.queue.staffing import single_team  # noqa: E402

AGENTS, RATE, HANDLE = 20, 3.5, 5.0


def simpy_mean_wait(agents: int, rate: float, handle: float, chats: int, seed: int) -> float:
    """The same M/M/c model as SimPy processes sharing a ``Resource(capacity=agents)``."""
    import simpy

    rng = random.Random(seed)
    env = simpy.Environment()
    desk = simpy.Resource(env, capacity=agents)
    total = [0.0]

    def customer(env: simpy.Environment):
        arrived = env.now
        with desk.request() as request:
            yield request
            total[0] += env.now - arrived
            yield env.timeout(rng.expovariate(1.0 / handle))

    def source(env: simpy.Environment):
        for _ in range(chats):
            yield env.timeout(rng.expovariate(rate))
            env.process(customer(env))

    env.process(source(env))
    env.run()
    return total[0] / chats


def timed(function, *args, **kwargs):
    began = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - began


def speed(chats: int, seeds: int, with_simpy: bool) -> None:
    theory = erlang_c(AGENTS, RATE, HANDLE).mean_wait_minutes
    model = single_team(AGENTS, RATE, HANDLE)
    print(f"Speed: {chats:,} chats, {AGENTS} agents, {RATE} chats/min, {HANDLE:g} min mean handle (load {RATE * HANDLE / AGENTS:.3f})")
    print(f"{'seed':>4} {'fast chats/s':>14} {'events chats/s':>15} {'SimPy chats/s':>14} {'fast/SimPy':>11} {'events/SimPy':>13}")
    rows = []
    for seed in range(seeds):
        fast, fast_s = timed(simulate, model, chats=chats, seed=seed, engine="fast")
        events, events_s = timed(simulate, model, chats=chats, seed=seed, engine="events")
        assert events.total.mean_wait == fast.total.mean_wait  # the two engines draw the same chats
        simpy_wait, simpy_s = timed(simpy_mean_wait, AGENTS, RATE, HANDLE, chats, seed) if with_simpy else (None, None)
        rows.append((fast.total.mean_wait, chats / fast_s, chats / events_s, simpy_wait, chats / simpy_s if simpy_s else None))
        fast_rate, events_rate, simpy_rate = rows[-1][1], rows[-1][2], rows[-1][4]
        ratios = f"{fast_rate / simpy_rate:>10.1f}x {events_rate / simpy_rate:>12.1f}x" if simpy_rate else f"{'-':>11} {'-':>13}"
        simpy_text = f"{simpy_rate:>14,.0f}" if simpy_rate else f"{'-':>14}"
        print(f"{seed:>4} {fast_rate:>14,.0f} {events_rate:>15,.0f} {simpy_text} {ratios}", flush=True)
    fast_rate = statistics.median(row[1] for row in rows)
    events_rate = statistics.median(row[2] for row in rows)
    print(f"median: fast {fast_rate:,.0f} chats/s, events {events_rate:,.0f} chats/s", end="")
    if with_simpy:
        simpy_rate = statistics.median(row[4] for row in rows)
        ratios = f"fast {fast_rate / simpy_rate:.1f}x, events {events_rate / simpy_rate:.1f}x SimPy (target >= 10x)"
        print(f", SimPy {simpy_rate:,.0f} chats/s: {ratios}")
    else:
        print(" (SimPy not run)")
    ours = statistics.mean(row[0] for row in rows)
    print(f"mean wait over {seeds} seeds: Erlang C {theory:.4f} min; amexsim {ours:.4f} ({ours / theory - 1:+.2%})", end="")
    if with_simpy:
        peer = statistics.mean(row[3] for row in rows)
        print(f"; SimPy {peer:.4f} ({peer / theory - 1:+.2%})")
    else:
        print()


CORRECTNESS = ((0.5, 2), (0.8, 5), (0.95, 20))  # (load, agents)


def correctness(chats: int, seeds: int) -> None:
    print()
    print(f"Correctness: Poisson arrivals, exponential handle ({HANDLE:g} min), nobody gives up; {chats:,} chats a run")
    columns = f"{'load':>5} {'agents':>6} {'Erlang C min':>13}  {'each run vs Erlang C':<44} {'pooled':>8} {'SE/run':>7} {'SE pooled':>10}"
    print(f"{columns}  within 2%")
    for load, agents in CORRECTNESS:
        rate = load * agents / HANDLE
        theory = erlang_c(agents, rate, HANDLE).mean_wait_minutes
        model = single_team(agents, rate, HANDLE)
        deviations = [simulate(model, chats=chats, seed=100 + seed).total.mean_wait / theory - 1 for seed in range(seeds)]
        pooled = statistics.mean(deviations)
        per_run = statistics.stdev(deviations) if seeds > 1 else float("nan")
        spread = " ".join(f"{deviation:+.1%}" for deviation in deviations)
        runs_within = sum(abs(deviation) <= 0.02 for deviation in deviations)
        verdict = f"pooled {'yes' if abs(pooled) <= 0.02 else 'no'}, {runs_within}/{seeds} runs"
        errors = f"{per_run:>7.1%} {per_run / seeds**0.5:>10.1%}"
        print(f"{load:>5} {agents:>6} {theory:>13.5f}  {spread:<44} {pooled:>+8.2%} {errors}  {verdict}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=1_000_000)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--no-simpy", action="store_true")
    args = parser.parse_args()
    with_simpy = not args.no_simpy
    if with_simpy:
        try:
            import simpy  # noqa: F401
        except ImportError:
            print("SimPy is not installed (pip install -e '.[bench]'): its columns are skipped\n")
            with_simpy = False
    speed(args.chats, args.seeds, with_simpy)
    correctness(args.chats, args.seeds)


if __name__ == "__main__":
    main()
