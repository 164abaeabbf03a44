"""Checks on flows that loading alone cannot make (``amexsim lint`` prints them with the intents'):

- a step reads a slot no earlier step collects, sets or gets from an action;
- a step no path reaches;
- a reply case no step ever says;
- ``secure_prompt: true`` on an intent whose flow changes nothing;
- a number field followed by a plural noun ("{attempts} attempts" reads "1 attempts"): the field
  should carry its noun (the actions' fields do, through ``count``).
"""

from __future__ import annotations

import re

from ..understanding.intents import END, FlowStep, Intent, Source, template_fields
from ..understanding.lint import LintProblem
from .actions import ACTIONS
from .engine import Assistant
from .scope import AUTHORIZED_USER_CASE

_ALWAYS_SAID = {"default", "handed_off"}  # said without a step naming them
_COUNT_NOUNS = "attempts|minutes|hours|days|weeks|months|years|points|statements|charges|cards|payments|times|messages|digits"
_NUMBER_THEN_PLURAL = re.compile(r"\{[a-z_]+(?:\.[a-z_]+)?\} (?:business )?(?:" + _COUNT_NOUNS + r")\b")


def lint_flows(assistant: Assistant) -> list[LintProblem]:
    problems: list[LintProblem] = _plurals(assistant)
    for intent in assistant.intents:
        if not intent.flow:
            continue
        steps = assistant.flows[intent.name]
        problems += _unreachable(intent, steps) + _slots_before_use(intent, steps) + _unsaid_cases(intent, steps)
        if intent.secure_prompt and not any(s.kind == "do" and ACTIONS[s.arg].changes_account for s in steps):
            problems.append(LintProblem(intent.source, "flow", f"intent {intent.name!r} asks for the security prompt but changes nothing"))
    return problems


def _successors(steps: tuple[FlowStep, ...], index: int) -> set[int]:
    step = steps[index]
    ids = {s.id: i for i, s in enumerate(steps) if s.id}
    targets = {target for _, target in step.on}
    if step.next is not None:
        targets.add(step.next)
    elif step.kind != "flow":
        targets.add("")  # falls through to the next step
    following = set()
    for target in targets:
        if target == "":
            following.add(index + 1)
        elif target != END:
            following.add(ids[target])
    return {i for i in following if i < len(steps)}


def _unreachable(intent: Intent, steps: tuple[FlowStep, ...]) -> list[LintProblem]:
    seen, todo = {0}, [0]
    while todo:
        for following in _successors(steps, todo.pop()) - seen:
            seen.add(following)
            todo.append(following)
    return [
        LintProblem(steps[i].source, "flow", f"step {i + 1} ({steps[i].kind} {steps[i].arg}) of intent {intent.name!r} is never reached")
        for i in range(len(steps))
        if i not in seen
    ]


def _slots_before_use(intent: Intent, steps: tuple[FlowStep, ...]) -> list[LintProblem]:
    """Walk the steps in order: every slot an action needs or a reply shows must come earlier."""
    problems = []
    filled: set[str] = set()
    for step in steps:
        used: set[str] = set()
        if step.kind in ("check", "do"):
            used |= set(ACTIONS[step.arg].needs)
        if step.kind in ("say", "confirm", "prompt") and step.arg in intent.replies:
            names = [name for text in intent.replies[step.arg] for name in template_fields(text)]
            used |= {name.split(".", 1)[1] for name in names if name.startswith("slots.")}
        used -= {"amount", "date", "merchant", "last_four", "zip"}  # read from any message
        for slot in sorted(used - filled):
            problems.append(LintProblem(step.source, "flow", f"intent {intent.name!r} uses slot {slot!r} before any step collects it"))
        if step.kind == "collect":
            filled.add(step.arg)
        elif step.kind == "set":
            filled |= {name for name, _ in step.values}
        elif step.kind in ("check", "do"):
            filled |= set(ACTIONS[step.arg].fills)
    return problems


def _unsaid_cases(intent: Intent, steps: tuple[FlowStep, ...]) -> list[LintProblem]:
    said = set(_ALWAYS_SAID)
    for index, step in enumerate(steps):
        if step.kind in ("say", "confirm", "prompt"):
            said.add(step.arg)
        if step.kind == "confirm":
            said.add(f"why_{step.arg}")  # "why?" at the question: its reason (FlowRunner.explains_why)
        if step.kind == "collect":
            said.update((step.ask or f"ask_{step.arg}", f"none_{step.arg}"))
        if step.kind == "say" and step.arg == "outcome":
            said |= {outcome for earlier in steps[:index] if earlier.kind in ("check", "do") for outcome in ACTIONS[earlier.arg].outcomes}
    said |= {f"{case}{AUTHORIZED_USER_CASE}" for case in said}  # the same case, said to an authorized user
    source = Source(intent.source.path, intent.source.line)
    return [
        LintProblem(source, "flow", f"reply case {case!r} of intent {intent.name!r} is never said by its flow")
        for case in intent.replies
        if case not in said
    ]


def _plurals(assistant: Assistant) -> list[LintProblem]:
    """Templates that put a plural noun after a number field: "{n} attempts" reads "1 attempts"."""
    problems = []
    for intent in assistant.intents:
        for case, texts in intent.replies.items():
            lines = intent.reply_lines.get(case, ())
            for index, text in enumerate(texts):
                for found in _NUMBER_THEN_PLURAL.finditer(text):
                    line = lines[index] if index < len(lines) else intent.source.line
                    problem = f"{found.group(0)!r} in intent {intent.name!r} reads wrong for 1: let the field carry its noun"
                    problems.append(LintProblem(Source(intent.source.path, line), "wording", problem))
    for key, text in assistant.replies.texts.items():
        if isinstance(text, str):
            for found in re.finditer(r"\{[a-z_]+\} (?:business )?(?:" + _COUNT_NOUNS + r")\b", text):
                problems.append(
                    LintProblem(Source("amexsim/data/replies.yaml", 0), "wording", f"{found.group(0)!r} in {key!r} reads wrong for 1")
                )
    return problems
