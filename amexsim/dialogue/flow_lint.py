"""Checks on flows that loading alone cannot make (``amexsim lint`` prints them with the intents'):

- a step reads a slot no earlier step collects, sets or gets from an action;
- a step no path reaches;
- a reply case no step ever says;
- ``secure_prompt: true`` on an intent whose flow changes nothing.
"""

from __future__ import annotations

from ..understanding.intents import END, FlowStep, Intent, Source, template_fields
from ..understanding.lint import LintProblem
from .actions import ACTIONS
from .engine import Assistant

_ALWAYS_SAID = {"default", "handed_off"}  # said without a step naming them


def lint_flows(assistant: Assistant) -> list[LintProblem]:
    problems: list[LintProblem] = []
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
        if step.kind == "collect":
            said.add(step.ask or f"ask_{step.arg}")
        if step.kind == "say" and step.arg == "outcome":
            said |= {outcome for earlier in steps[:index] if earlier.kind in ("check", "do") for outcome in ACTIONS[earlier.arg].outcomes}
    source = Source(intent.source.path, intent.source.line)
    return [
        LintProblem(source, "flow", f"reply case {case!r} of intent {intent.name!r} is never said by its flow")
        for case in intent.replies
        if case not in said
    ]
