"""Command line: each subcommand is a thin call into the library."""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import Error, UsageError
from .paths import default_db_path

if TYPE_CHECKING:  # imported when a command needs them, after start-up's caches are in place (amexsim.cache)
    from .bank.cases import CaseStore
    from .dialogue.engine import Assistant
    from .dialogue.session import Session
    from .terminal.chat import ChatSession


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
    """The assistant for the data the command names, from the start-up cache when it holds it.
    Garbage collection, off while it loads (:func:`run`), comes back on with what was loaded
    frozen out of its way."""
    from .cache import load_assistant

    if args.seed is None:
        args.seed = int.from_bytes(os.urandom(4), "big") >> 1  # a fresh seed per run (31 bits); recorded in the transcript
    assistant = load_assistant(args.intents, args.account, seed=args.seed, staffing=args.staffing)
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
    return assistant


def _store(args: argparse.Namespace) -> CaseStore:
    from .bank.cases import CaseStore

    return CaseStore(args.db if args.db else default_db_path())


def _session(args: argparse.Namespace, assistant: Assistant, clock: Callable[[], datetime]) -> Session:
    from .dialogue.session import Session

    return Session(assistant, _store(args), clock, card=args.card)


def cmd_chat(args: argparse.Namespace) -> int:
    from .terminal.loading import Loading
    from .terminal.mode import chat_mode

    if sys.stdin is None or sys.stdout is None:
        raise UsageError(f"standard {'input' if sys.stdin is None else 'output'} is closed: pipe lines in, or run the chat in a terminal")
    if args.transcript and args.no_transcript:
        raise UsageError("--transcript and --no-transcript cannot both be given")
    if args.transcript:
        from .replay.files import check_writable

        check_writable(Path(args.transcript))  # refused before anything is shown (/dev/full, a folder)
    mode = chat_mode(plain=args.plain)
    clock = _clock(args.now)
    loading = Loading(lambda: _chat_session(args, clock, ahead=mode == "terminal"))
    try:
        if mode != "terminal":  # piped and plain load first: what they import next was then imported by the load, from the start-up caches
            chat = loading.result()
        if mode == "piped":
            from .terminal.plain import run_piped

            run_piped(chat, sys.stdin.buffer, sys.stdout)
        else:
            from .terminal.history import History, default_history_path

            history = History(default_history_path())
            if mode == "plain":
                from .terminal.plain import run_plain

                run_plain(chat, history, sys.stdout)
            else:
                from .cache.assistant import first_screen
                from .terminal.screen import run_terminal

                first = first_screen(args.intents, args.staffing)  # the welcome, shown while the assistant loads
                run_terminal(loading, history, queue_speed=args.queue_speed, welcome=first["welcome"] if first else None)
    except KeyboardInterrupt:
        pass
    finally:
        session = loading.settle()
        _held_till_exit(session)
        saved = [*session.finished, session.close()] if session is not None else []
        with contextlib.suppress(OSError):  # after SIGHUP there may be no terminal left to say it on
            for path in saved:
                if path is not None:
                    print(f"Transcript saved to {_printable(str(path))}", file=sys.stderr)
    return 0


def _chat_session(args: argparse.Namespace, clock: Callable[[], datetime], *, ahead: bool = False) -> ChatSession:
    """The chat's session, transcript recorder and file (``--transcript``, or a new file in the data
    folder's transcripts/), and how ``/restart`` makes the next ones. ``ahead``: also import the
    transcript format the first turn writes, from the start-up caches (the colour chat, which loads
    behind its prompt anyway); plain and piped chat import it at their first turn."""
    from .cache import start_up

    with start_up():  # the modules below compile their patterns and classes from the start-up cache too
        chat = _new_chat_session(args, clock)
        if ahead:
            from .replay import transcript  # noqa: F401
        return chat


def _new_chat_session(args: argparse.Namespace, clock: Callable[[], datetime]) -> ChatSession:
    assistant = _assistant(args)  # first: the modules below import the assistant's
    from .paths import data_dir
    from .replay.journal import open_journal
    from .replay.recorder import Setup, TranscriptRecorder
    from .terminal.chat import ChatSession, default_transcript_path

    step = timedelta(seconds=args.queue_step) if args.queue_step else None
    explicit = Path(args.transcript) if args.transcript else None

    def fresh() -> tuple[Session, TranscriptRecorder]:
        nonlocal explicit
        chat = _session(args, assistant, clock)
        setup = Setup.of(chat, seed=args.seed, account=args.account, intents=args.intents, staffing=args.staffing, card=args.card)
        journal = None
        if not args.no_transcript:
            if explicit is not None:  # the first conversation goes where --transcript says; a /restart beside it
                journal, explicit = open_journal(explicit, default_transcript_path(clock())), None
            else:
                default = Path(args.transcript) if args.transcript else default_transcript_path(clock())
                journal = open_journal(None, default, tighten=default.parent == data_dir() / "transcripts")
        return chat, TranscriptRecorder(setup, assistant, journal=journal)

    chat, recorder = fresh()
    return ChatSession(chat, recorder, queue_step=step, restart=fresh)


def cmd_ask(args: argparse.Namespace) -> int:
    from .cache import start_up

    with start_up():  # what loads before the message compiles its patterns and classes from the start-up cache
        from .printable import clean, dumps, from_argv

        session = _session(args, _assistant(args), _clock(args.now))
    _held_till_exit(session)
    turn = session.send(from_argv(args.message))
    if args.json:
        events = [event.as_dict() for event in turn.events]
        print(dumps({"reply": "\n".join(turn.replies), "replies": list(turn.replies), "events": events, **turn.trace.as_dict()}))
    else:
        print(clean("\n".join([*turn.replies, *(f"{event.prefix} {event.text}" for event in turn.events)])))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .cache import start_up

    with start_up():  # the web modules import the guard: its patterns, and the assistant, from the start-up cache
        try:
            from .web.app import create_app
            from .web.conversations import Conversations, chats, queue_clock
            from .web.server import listen, run
        except ImportError as exc:
            raise UsageError(f"serve needs the web extra ({exc.name} is missing): pip install 'amexsim[web]'") from None

        if args.max_conversations < 1 or not args.idle_minutes > 0:
            raise UsageError(f"--max-conversations and --idle-minutes must be positive (not {args.max_conversations}, {args.idle_minutes})")
        clock = _clock(args.now)
        sock = listen(args.host, args.port)  # a port already taken stops here, before the assistant is loaded
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
    from .cache import start_up

    with start_up():  # the lints import the guard: its patterns, and the assistant, from the start-up cache
        from .dialogue.flow_lint import lint_flows
        from .understanding.lint import lint

        assistant = _assistant(args)
    problems = lint(assistant.matcher) + lint_flows(assistant)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) found" if problems else "no problems found")
    return 1 if problems and args.strict else 0


def cmd_guard_eval(args: argparse.Namespace) -> int:
    from .cache import start_up

    with start_up():  # it imports the guard: its patterns from the start-up cache
        from .understanding.guard_eval import evaluate, format_report

    report = evaluate(args.file)
    print(json.dumps(report.as_dict()) if args.json else format_report(report))
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    import time

    from .cache import start_up

    with start_up():  # it imports the runner, the assistant's modules and the guard: their patterns from the start-up cache
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
                    "note": o.note,
                    "failures": [{"turn": f.number, "line": f.line, "user": f.user, "problems": list(f.problems)} for f in o.failures],
                }
                for o in outcomes
            ],
        }
        print(json.dumps(summary, ensure_ascii=False))
    else:
        for outcome in outcomes:
            if outcome.note:
                print(f"note: {outcome.note}")
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
    from .cache import start_up

    with start_up():  # it imports the guard: its patterns from the start-up cache
        from .replay.coverage import format_report, measure

    paths = args.paths or ["transcripts"]
    outcomes = replay_all(paths, jobs=_jobs(args.jobs))
    if not outcomes:
        raise UsageError("no transcripts found in " + ", ".join(paths))
    from .dialogue.engine import Assistant

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
    from .cache import start_up

    with start_up():  # the runner imports the assistant's modules and the guard: their patterns from the start-up cache
        from .replay.runner import replay_all as run

    return run(paths, jobs=jobs, update=update)


def _columns() -> int:
    """The width ``shutil.get_terminal_size()`` gives: ``$COLUMNS``, else the terminal's, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help, told the width (:func:`_columns`): argparse makes a formatter for every
    option it adds, and the first would import ``shutil`` (and with it zlib, bz2 and lzma) to
    measure the terminal, about 1.5 ms of each start."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` (and its subcommands') with :class:`_Formatter`."""

    def __init__(self, *args, formatter_class: type[argparse.HelpFormatter] = _Formatter, **kwargs) -> None:
        super().__init__(*args, formatter_class=formatter_class, **kwargs)


SUBCOMMANDS = ("chat", "ask", "serve", "eval", "lint", "guard-eval", "replay", "coverage", "queue")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line. ``command``: only that subcommand's options are built (building them
    all costs a start-up about 8 ms); None, or a name that is not a subcommand: all of them, for
    ``--help`` and for argparse's own error."""
    parser = _Parser(
        prog="amexsim", description="A rule-based simulator of a card issuer's customer-care chat (not affiliated with American Express)."
    )
    parser.add_argument("--version", action="version", version=f"amexsim {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def wanted(name: str) -> bool:
        return command not in SUBCOMMANDS or command == name

    def with_assistant(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--intents", metavar="DIR", help="intents folder (default: the shipped intents)")
        p.add_argument("--account", metavar="FILE", help="account YAML (default: the built-in demo account)")
        p.add_argument("--card", metavar="LAST4", help="the card the chat is about, by its last 4 digits")
        p.add_argument("--db", metavar="PATH", help="case database (default: cases.sqlite3 in $AMEXSIM_HOME or the XDG data folder)")
        p.add_argument("--seed", type=int, default=None, help="seed for every random choice (default: a new one each run)")
        p.add_argument("--now", metavar="ISO-DATETIME", help="fix the clock, e.g. 2026-11-29T10:00, for reproducible runs")
        p.add_argument("--staffing", metavar="FILE", help="contact-centre staffing YAML for hand-offs (default: the shipped one)")
        return p

    if wanted("chat"):
        chat = with_assistant(sub.add_parser("chat", help="chat with the assistant (interactive, or one reply block per piped line)"))
        chat.add_argument(
            "--transcript",
            metavar="PATH",
            help="write the (redacted) transcript here as it goes (default: a new file in transcripts/)",
        )
        chat.add_argument("--no-transcript", action="store_true", help="keep no transcript of this chat")
        chat.add_argument(
            "--plain", action="store_true", help="no colour, boxes or spinners: one line per message (also when piped, or NO_COLOR is set)"
        )
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
            help="piped and --plain: each line first lets this many simulated seconds pass in the queue (default: the wait plays out)",
        )
        chat.set_defaults(run=cmd_chat)

    if wanted("ask"):
        ask = with_assistant(sub.add_parser("ask", help="answer one message"))
        ask.add_argument("message")
        ask.add_argument("--json", action="store_true", help="print reply, intent, domain, score and what matched as JSON")
        ask.set_defaults(run=cmd_ask)

    if wanted("serve"):
        serve = with_assistant(sub.add_parser("serve", help="the chat page and its JSON API on a local web server"))
        serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
        serve.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
        serve.add_argument("--max-conversations", type=int, default=200, metavar="N", help="live conversations at once (default 200)")
        serve.add_argument(
            "--idle-minutes", type=float, default=30.0, metavar="M", help="forget a conversation idle this long (default 30)"
        )
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

    if wanted("eval"):
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

    if wanted("lint"):
        check = with_assistant(sub.add_parser("lint", help="check intents for overlaps, stray examples and unreached intents"))
        check.add_argument("--strict", action="store_true", help="exit 1 when any problem is found")
        check.set_defaults(run=cmd_lint)

    if wanted("guard-eval"):
        guard = sub.add_parser("guard-eval", help="measure the sensitive-data guard on labelled JSONL")
        guard.add_argument("file", metavar="FILE.jsonl")
        guard.add_argument("--json", action="store_true")
        guard.set_defaults(run=cmd_guard_eval)

    if wanted("replay"):
        replay = sub.add_parser("replay", help="replay transcripts and conversation files; print a diff for every turn that changed")
        replay.add_argument("paths", nargs="+", metavar="PATH", help="transcript files or folders of them")
        replay.add_argument("--update", action="store_true", help="write the current replies and events into the files (expectations kept)")
        replay.add_argument("--json", action="store_true", help="print a JSON summary")
        replay.add_argument("--jobs", type=int, default=1, metavar="N", help="replay in N processes (default 1)")
        replay.set_defaults(run=cmd_replay)

    if wanted("coverage"):
        coverage = sub.add_parser("coverage", help="intents, reply variants, flow steps, guard kinds and teams the transcripts exercise")
        coverage.add_argument("paths", nargs="*", metavar="PATH", help="transcript files or folders (default: transcripts)")
        coverage.add_argument("--fail-under", type=float, metavar="PCT", help="exit 1 when intent coverage is under PCT percent")
        coverage.add_argument("--json", action="store_true", help="print the figures as JSON (intents_percent, ...)")
        coverage.add_argument("--jobs", type=int, default=1, metavar="N", help="replay in N processes (default 1)")
        coverage.add_argument("--intents", metavar="DIR", help="intents folder to measure against (default: the shipped intents)")
        coverage.add_argument("--staffing", metavar="FILE", help="staffing file whose teams are counted (default: the shipped one)")
        coverage.set_defaults(run=cmd_coverage)
    if wanted("queue"):
        from .queue.cli import add_queue_parser  # here: the other commands start without it

        add_queue_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(argv[0] if argv else None).parse_args(argv)
    try:
        code = args.run(args)
        if sys.stdout is not None:
            sys.stdout.flush()  # an output that cannot be written fails here, as one line, not at exit
        return code
    except Error as exc:
        print(f"amexsim: error: {_printable(str(exc))}", file=sys.stderr)  # it may quote an argument as typed
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:  # the output cannot be written (a full disk, a terminal gone)
        _silence_stdout()
        where = f"{exc.filename}: {exc.strerror or exc}" if exc.filename else f"cannot write the output ({exc.strerror or exc})"
        with contextlib.suppress(OSError):
            print(f"amexsim: error: {_printable(where)}", file=sys.stderr)
        return 2


QUICK_EXIT = ("chat", "ask")  # commands that leave without tearing down what they loaded
_held: list[object] | None = None  # while run() will leave with os._exit: what the command loaded


def _held_till_exit(loaded: object) -> None:
    """Keep ``loaded`` (a session and the assistant behind it) referenced until ``os._exit``, so
    returning from the command does not free its ~100,000 objects one by one first (about 2 ms);
    called in-process (tests), nothing is held."""
    if _held is not None:
        _held.append(loaded)


def run() -> None:
    """The console script and ``python -m amexsim``: :func:`main`, then, after ``chat`` or ``ask``,
    leave at once with ``os._exit``. Python's own exit would first free the loaded assistant's
    objects one by one (about 15 ms, a tenth of the start-up); by then every file is written and
    closed (transcripts are flushed turn by turn, cases committed) and the output flushed. Their
    garbage collection stays off until the assistant is loaded."""
    global _held
    argv = sys.argv[1:]
    quick = bool(argv[:1]) and argv[0] in QUICK_EXIT
    if quick:
        _held = []
        gc.disable()  # start-up makes ~100,000 objects and frees few: collecting meanwhile only costs time
    else:
        gc.enable()  # (``python -m amexsim`` turns it off before anything is imported)
    code = main(argv)
    if quick:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)
    sys.exit(code)


def _printable(text: str) -> str:
    from .printable import clean

    return clean(text).replace("\n", " ")


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so Python's last flush at exit cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.stdout.fileno())
        os.close(fd)
