"""Command line: each subcommand is a thin call into the library."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from . import __version__
from .dialogue.engine import Assistant
from .errors import Error, TranscriptError, UsageError


def _clock(fixed: str | None) -> Callable[[], datetime]:
    if fixed is None:
        return lambda: datetime.now().astimezone().replace(microsecond=0)
    try:
        moment = datetime.fromisoformat(fixed)
    except ValueError:
        raise UsageError(f"--now expects an ISO date-time such as 2026-11-29T10:00 (not {fixed!r})") from None
    return lambda: moment


def _assistant(args: argparse.Namespace) -> Assistant:
    return Assistant.load(args.intents, args.account, seed=args.seed)


def cmd_chat(args: argparse.Namespace) -> int:
    from .replay.transcript import TranscriptRecorder
    from .terminal.chat import ChatSession, default_transcript_path, is_terminal, run_piped, run_terminal

    clock = _clock(args.now)
    assistant = _assistant(args)
    recorder = TranscriptRecorder(account=assistant.account.id, seed=args.seed, fixed_now=args.now)
    session = ChatSession(assistant, clock, recorder)
    interactive = is_terminal() and not args.plain
    path = Path(args.transcript) if args.transcript else (default_transcript_path(clock()) if interactive else None)
    try:
        if interactive:
            run_terminal(session)
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
    turn = assistant.respond(assistant.start(), args.message, _clock(args.now)())
    if args.json:
        print(json.dumps({"reply": "\n".join(turn.replies), "replies": list(turn.replies), **turn.trace.as_dict()}, ensure_ascii=False))
    else:
        print("\n".join(turn.replies))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .understanding.evaluate import cross_validate, evaluate, format_report

    assistant = _assistant(args)
    if args.folds is None:
        report = evaluate(args.file, assistant.match)
    else:
        if args.folds < 2:
            raise UsageError(f"--folds needs at least 2 folds (not {args.folds})")

        def build(intents):
            return Assistant(
                intents,
                assistant.account,
                replies=assistant.replies,
                normalizer=assistant.matcher.normalizer,
                settings=assistant.matcher.settings,
            ).match

        report = cross_validate(args.file, assistant.intents, assistant.matcher.normalizer, build, folds=args.folds)
    print(json.dumps(report.as_dict()) if args.json else format_report(report, show_errors=args.errors))
    return 0


def cmd_lint(args: argparse.Namespace) -> int:
    from .understanding.lint import lint

    problems = lint(_assistant(args).matcher)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) found" if problems else "no problems found")
    return 1 if problems and args.strict else 0


def cmd_guard_eval(args: argparse.Namespace) -> int:
    from .understanding.guard_eval import evaluate, format_report

    report = evaluate(args.file)
    print(json.dumps(report.as_dict()) if args.json else format_report(report))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="amexsim", description="A rule-based simulator of a card issuer's customer-care chat (not affiliated with American Express)."
    )
    parser.add_argument("--version", action="version", version=f"amexsim {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def with_assistant(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--intents", metavar="DIR", help="intents folder (default: the shipped intents)")
        p.add_argument("--account", metavar="FILE", help="account YAML (default: the built-in demo account)")
        p.add_argument("--seed", type=int, default=0, help="seed for every random choice (default 0)")
        p.add_argument("--now", metavar="ISO-DATETIME", help="fix the clock, e.g. 2026-11-29T10:00, for reproducible runs")
        return p

    chat = with_assistant(sub.add_parser("chat", help="chat with the assistant (interactive, or one reply block per piped line)"))
    chat.add_argument("--transcript", metavar="PATH", help="save the (redacted) transcript here")
    chat.add_argument("--plain", action="store_true", help="plain line-by-line mode even in a terminal")
    chat.set_defaults(run=cmd_chat)

    ask = with_assistant(sub.add_parser("ask", help="answer one message"))
    ask.add_argument("message")
    ask.add_argument("--json", action="store_true", help="print reply, intent, domain, score and what matched as JSON")
    ask.set_defaults(run=cmd_ask)

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
