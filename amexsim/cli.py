"""Command line: each subcommand is a thin call into the library."""

from __future__ import annotations

import argparse
import json
import secrets
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path

from . import __version__
from .bank.cases import CaseStore
from .dialogue.engine import Assistant
from .dialogue.session import Session
from .errors import Error, TranscriptError, UsageError
from .paths import default_db_path
from .queue.cli import add_queue_parser


def _clock(fixed: str | None) -> Callable[[], datetime]:
    if fixed is None:
        return lambda: datetime.now().astimezone().replace(microsecond=0)
    try:
        moment = datetime.fromisoformat(fixed)
    except ValueError:
        raise UsageError(f"--now expects an ISO date-time such as 2026-11-29T10:00 (not {fixed!r})") from None
    return lambda: moment


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 100_000:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 100000 (not {text!r})")
    return value


def _assistant(args: argparse.Namespace) -> Assistant:
    if args.seed is None:
        args.seed = secrets.randbelow(2**31)  # a fresh seed per run; recorded in the transcript
    return Assistant.load(args.intents, args.account, seed=args.seed, staffing=args.staffing)


def _store(args: argparse.Namespace) -> CaseStore:
    return CaseStore(args.db if args.db else default_db_path())


def _session(args: argparse.Namespace, assistant: Assistant, clock: Callable[[], datetime]) -> Session:
    return Session(assistant, _store(args), clock, card=args.card)


def cmd_chat(args: argparse.Namespace) -> int:
    from .replay.recorder import Setup, TranscriptRecorder
    from .terminal.chat import ChatSession, default_transcript_path, is_terminal, run_piped, run_terminal

    clock = _clock(args.now)
    assistant = _assistant(args)
    chat = _session(args, assistant, clock)
    setup = Setup.of(chat, seed=args.seed, account=args.account, intents=args.intents, staffing=args.staffing, card=args.card)
    step = timedelta(seconds=args.queue_step) if args.queue_step else None
    session = ChatSession(chat, TranscriptRecorder(setup, assistant), queue_step=step)
    recorder = session.recorder
    interactive = is_terminal() and not args.plain
    path = Path(args.transcript) if args.transcript else (default_transcript_path(clock()) if interactive else None)
    try:
        if interactive:
            run_terminal(session, queue_speed=args.queue_speed)
        else:
            run_piped(session, sys.stdin.buffer, sys.stdout)
    except KeyboardInterrupt:
        pass
    finally:
        if path is not None:
            try:
                recorder.save(path)
            except OSError as exc:
                raise TranscriptError(path, None, f"cannot save the transcript ({exc.strerror or exc})") from None
            print(f"Transcript saved to {path}", file=sys.stderr)
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    assistant = _assistant(args)
    turn = _session(args, assistant, _clock(args.now)).send(args.message)
    if args.json:
        events = [event.as_dict() for event in turn.events]
        print(
            json.dumps(
                {"reply": "\n".join(turn.replies), "replies": list(turn.replies), "events": events, **turn.trace.as_dict()},
                ensure_ascii=False,
            )
        )
    else:
        print("\n".join([*turn.replies, *(f"{event.prefix} {event.text}" for event in turn.events)]))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from .web.app import create_app
        from .web.conversations import Conversations, chats, queue_clock
        from .web.server import listen, run
    except ImportError as exc:
        raise UsageError(f"serve needs the web extra ({exc.name} is missing): pip install 'amexsim[web]'") from None

    if args.max_conversations < 1 or not args.idle_minutes > 0:
        raise UsageError(f"--max-conversations and --idle-minutes must be positive (not {args.max_conversations}, {args.idle_minutes})")
    clock = _clock(args.now)
    assistant = _assistant(args)
    assistant.start(clock(), card=args.card)  # a wrong --card stops here, not at the first conversation
    store = _store(args) if args.db else None  # without --db: a private in-memory database per conversation
    start = chats(
        assistant,
        store,
        clock,
        seed=args.seed,
        account=args.account,
        intents=args.intents,
        staffing=args.staffing,
        card=args.card,
        queue_speed=args.queue_speed,
    )
    tick = queue_clock(args.queue_speed) if args.queue_speed > 0 else None
    conversations = Conversations(start, limit=args.max_conversations, idle_seconds=args.idle_minutes * 60, tick=tick)
    sock = listen(args.host, args.port)
    app = create_app(conversations, allow_origins=args.allow_origin)
    run(app, sock, announce=lambda url: print(f"amexsim: the chat is on {url} (Ctrl-C stops)", flush=True), on_stop=conversations.close_all)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .understanding.evaluate import cross_validate, evaluate, format_report
    from .understanding.matcher import Matcher

    assistant = _assistant(args)
    if args.folds is None:
        report = evaluate(args.file, assistant.match)
    else:
        if args.folds < 2:
            raise UsageError(f"--folds needs at least 2 folds (not {args.folds})")

        def build(intents):
            return assistant.with_matcher(Matcher(intents, assistant.matcher.normalizer, assistant.matcher.settings)).match

        report = cross_validate(args.file, assistant.intents, assistant.matcher.normalizer, build, folds=args.folds)
    print(json.dumps(report.as_dict()) if args.json else format_report(report, show_errors=args.errors))
    return 0


def cmd_lint(args: argparse.Namespace) -> int:
    from .dialogue.flow_lint import lint_flows
    from .understanding.lint import lint

    assistant = _assistant(args)
    problems = lint(assistant.matcher) + lint_flows(assistant)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) found" if problems else "no problems found")
    return 1 if problems and args.strict else 0


def cmd_guard_eval(args: argparse.Namespace) -> int:
    from .understanding.guard_eval import evaluate, format_report

    report = evaluate(args.file)
    print(json.dumps(report.as_dict()) if args.json else format_report(report))
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    import time

    from .replay.diff import format_outcome, short

    started = time.perf_counter()
    outcomes = replay_all(args.paths, jobs=_jobs(args.jobs), update=args.update)
    seconds = time.perf_counter() - started
    turns = sum(outcome.turns for outcome in outcomes)
    counts = {status: sum(1 for o in outcomes if o.status == status) for status in ("passed", "failed", "error")}
    if args.json:
        summary = {
            "transcripts": len(outcomes),
            **counts,
            "updated": sum(1 for o in outcomes if o.updated),
            "turns": turns,
            "seconds": round(seconds, 3),
            "turns_per_second": round(turns / seconds, 1) if seconds else None,
            "results": [
                {
                    "path": short(o.path),
                    "status": o.status,
                    "turns": o.turns,
                    "updated": o.updated,
                    "error": o.error,
                    "failures": [{"turn": f.number, "line": f.line, "user": f.user, "problems": list(f.problems)} for f in o.failures],
                }
                for o in outcomes
            ],
        }
        print(json.dumps(summary, ensure_ascii=False))
    else:
        for outcome in outcomes:
            if outcome.updated:
                print(f"updated {short(outcome.path)}")
            if not outcome.passed:
                print(format_outcome(outcome), end="\n\n")
        print(
            f"{len(outcomes)} transcript(s), {turns:,} turns: {counts['passed']} passed, {counts['failed']} failed, "
            f"{counts['error']} could not be replayed ({seconds:.2f} s)"
        )
    if not outcomes:
        print("amexsim: error: no transcripts found in " + ", ".join(args.paths), file=sys.stderr)
        return 2
    return 2 if counts["error"] else 1 if counts["failed"] else 0


def cmd_coverage(args: argparse.Namespace) -> int:
    from .replay.coverage import format_report, measure

    paths = args.paths or ["transcripts"]
    outcomes = replay_all(paths, jobs=_jobs(args.jobs))
    if not outcomes:
        raise UsageError("no transcripts found in " + ", ".join(paths))
    assistant = Assistant.load(args.intents, staffing=args.staffing)
    result = measure(outcomes, assistant)
    print(json.dumps(result.as_dict(), ensure_ascii=False) if args.json else format_report(result))
    if args.fail_under is not None and result.intents_percent + 1e-9 < args.fail_under:
        if not args.json:
            print(f"intent coverage {result.intents_percent:.1f}% is under {args.fail_under:g}%", file=sys.stderr)
        return 1
    return 0


def _jobs(value: int) -> int:
    if value < 1:
        raise UsageError(f"--jobs must be 1 or more (not {value})")
    return value


def replay_all(paths, *, jobs: int, update: bool = False):
    from .replay.runner import replay_all as run

    return run(paths, jobs=jobs, update=update)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="amexsim", description="A rule-based simulator of a card issuer's customer-care chat (not affiliated with American Express)."
    )
    parser.add_argument("--version", action="version", version=f"amexsim {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def with_assistant(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--intents", metavar="DIR", help="intents folder (default: the shipped intents)")
        p.add_argument("--account", metavar="FILE", help="account YAML (default: the built-in demo account)")
        p.add_argument("--card", metavar="LAST4", help="the card the chat is about, by its last 4 digits")
        p.add_argument("--db", metavar="PATH", help="case database (default: cases.sqlite3 in $AMEXSIM_HOME or the XDG data folder)")
        p.add_argument("--seed", type=int, default=None, help="seed for every random choice (default: a new one each run)")
        p.add_argument("--now", metavar="ISO-DATETIME", help="fix the clock, e.g. 2026-11-29T10:00, for reproducible runs")
        p.add_argument("--staffing", metavar="FILE", help="contact-centre staffing YAML for hand-offs (default: the shipped one)")
        return p

    chat = with_assistant(sub.add_parser("chat", help="chat with the assistant (interactive, or one reply block per piped line)"))
    chat.add_argument("--transcript", metavar="PATH", help="save the (redacted) transcript here")
    chat.add_argument("--plain", action="store_true", help="plain line-by-line mode even in a terminal")
    chat.add_argument(
        "--queue-speed",
        type=_speed,
        default=60.0,
        metavar="N",
        help="in the terminal, simulated seconds of queue per real second while you wait for a person (default 60; 0: at once)",
    )
    chat.add_argument(
        "--queue-step",
        type=_speed,
        default=0.0,
        metavar="SECONDS",
        help="piped and --plain: each line first lets this many simulated seconds pass in the queue (default: the wait plays out at once)",
    )
    chat.set_defaults(run=cmd_chat)

    ask = with_assistant(sub.add_parser("ask", help="answer one message"))
    ask.add_argument("message")
    ask.add_argument("--json", action="store_true", help="print reply, intent, domain, score and what matched as JSON")
    ask.set_defaults(run=cmd_ask)

    serve = with_assistant(sub.add_parser("serve", help="the chat page and its JSON API on a local web server"))
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    serve.add_argument("--max-conversations", type=int, default=200, metavar="N", help="live conversations at once (default 200)")
    serve.add_argument("--idle-minutes", type=float, default=30.0, metavar="M", help="forget a conversation idle this long (default 30)")
    serve.add_argument(
        "--queue-speed",
        type=_speed,
        default=60.0,
        metavar="N",
        help="simulated seconds of queue per real second while a page waits for a person (default 60; 0: at once)",
    )
    serve.add_argument(
        "--allow-origin", action="append", default=[], metavar="URL", help="a site whose pages may call the API (CORS; default: none)"
    )
    serve.set_defaults(run=cmd_serve)

    evaluation = with_assistant(sub.add_parser("eval", help="measure intent matching on labelled JSONL"))
    evaluation.add_argument("file", metavar="FILE.jsonl", nargs="+")
    evaluation.add_argument("--json", action="store_true")
    evaluation.add_argument(
        "--folds",
        type=int,
        metavar="K",
        help="cross-validate: take each of K folds of the lines out of the intents, refit, and score it",
    )
    evaluation.add_argument("--errors", type=int, default=0, metavar="N", help="also list the first N misrouted messages")
    evaluation.set_defaults(run=cmd_eval)

    check = with_assistant(sub.add_parser("lint", help="check intents for overlaps, stray examples and unreached intents"))
    check.add_argument("--strict", action="store_true", help="exit 1 when any problem is found")
    check.set_defaults(run=cmd_lint)

    guard = sub.add_parser("guard-eval", help="measure the sensitive-data guard on labelled JSONL")
    guard.add_argument("file", metavar="FILE.jsonl")
    guard.add_argument("--json", action="store_true")
    guard.set_defaults(run=cmd_guard_eval)

    replay = sub.add_parser("replay", help="replay transcripts and conversation files; print a diff for every turn that changed")
    replay.add_argument("paths", nargs="+", metavar="PATH", help="transcript files or folders of them")
    replay.add_argument("--update", action="store_true", help="write the current replies and events into the files (expectations kept)")
    replay.add_argument("--json", action="store_true", help="print a JSON summary")
    replay.add_argument("--jobs", type=int, default=1, metavar="N", help="replay in N processes (default 1)")
    replay.set_defaults(run=cmd_replay)

    coverage = sub.add_parser("coverage", help="intents, reply variants, flow steps, guard kinds and teams the transcripts exercise")
    coverage.add_argument("paths", nargs="*", metavar="PATH", help="transcript files or folders (default: transcripts)")
    coverage.add_argument("--fail-under", type=float, metavar="PCT", help="exit 1 when intent coverage is under PCT percent")
    coverage.add_argument("--json", action="store_true", help="print the figures as JSON (intents_percent, ...)")
    coverage.add_argument("--jobs", type=int, default=1, metavar="N", help="replay in N processes (default 1)")
    coverage.add_argument("--intents", metavar="DIR", help="intents folder to measure against (default: the shipped intents)")
    coverage.add_argument("--staffing", metavar="FILE", help="staffing file whose teams are counted (default: the shipped one)")
    coverage.set_defaults(run=cmd_coverage)
    add_queue_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except Error as exc:
        print(f"amexsim: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
