"""Checking intents against what the dialogue defines: handlers, actions and their outcomes,
slots, teams, reply cases and template fields. Each of these names is defined once (the
action registry, ``slots.yaml``, the staffing file, ``fields.py``); this is where intents
meet them, with one-line errors naming the intents file and line.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import IntentFileError
from ..understanding.intents import FlowStep, Intent, IntentSet, Source, template_fields
from .actions import ACTIONS
from .fields import ACCOUNT_FIELDS, ENTITY_SLOTS, SYSTEM_GROUPS
from .slots import SlotCatalog

HANDLERS = ("reply", "handoff")  # an intent without a flow replies, or hands off to its team
ACCOUNT_SLOT_TYPES = {"card", "authorized_user", "charge", "statement", "case_number"}  # read the account to resolve
STEP_OUTCOMES = {"confirm": ("no",), "prompt": (), "collect": ("missing",), "say": (), "set": (), "flow": (), "verify": ()}
OUTCOME = "outcome"  # ``say: outcome``: the reply case named after the last action's outcome


def _fail(source: Source, problem: str) -> IntentFileError:
    return IntentFileError(source.path, source.line, problem)


def known_fields(slots: SlotCatalog) -> dict[str, set[str]]:
    """Every ``{group.field}`` a reply template may use."""
    fields: dict[str, set[str]] = {"account": set(ACCOUNT_FIELDS), "slots": set(ENTITY_SLOTS) | set(slots.specs)}
    for group, names in SYSTEM_GROUPS.items():
        fields.setdefault(group, set()).update(names)
    for action in ACTIONS.values():
        for group, names in action.fields.items():
            fields.setdefault(group, set()).update(names)
    return fields


def check_intents(intents: IntentSet, flows: Mapping[str, tuple[FlowStep, ...]], slots: SlotCatalog, teams: Mapping[str, str]) -> None:
    """Raise IntentFileError (file:line) at the first intent that names something unknown."""
    fields = known_fields(slots)
    for intent in intents:
        where = f"intent {intent.name!r}"
        if intent.handler not in HANDLERS:
            raise _fail(intent.source, f"unknown handler {intent.handler!r} in {where} (expected one of: {', '.join(HANDLERS)}, or a flow)")
        if intent.team is not None and intent.team not in teams:
            raise _fail(intent.source, f"unknown team {intent.team!r} in {where} (expected one of: {', '.join(teams)})")
        for slot in intent.slots:
            if slot not in ENTITY_SLOTS and slot not in slots:
                raise _fail(
                    intent.source, f"unknown slot {slot!r} in {where} (expected one of: {', '.join([*ENTITY_SLOTS, *slots.specs])})"
                )
        if intent.offers is not None and intent.offers not in intents.by_name:
            raise _fail(intent.source, f"{where} offers unknown intent {intent.offers!r}")
        if intent.secure_prompt and not intent.needs_verification:
            raise _fail(intent.source, f"{where} asks for the security prompt and so needs needs_verification: true")
        if intent.primary_only and not intent.needs_verification:
            raise _fail(intent.source, f"{where} is for the primary card member only and so needs needs_verification: true")
        verified = intent.needs_verification
        for step in flows[intent.name]:
            verified = verified or step.kind == "verify"
            _check_step(intent, step, intents, slots, teams, verified)
        _check_replies(intent, fields, verified or any(step.kind == "verify" for step in flows[intent.name]))


def _check_step(intent: Intent, step: FlowStep, intents: IntentSet, slots: SlotCatalog, teams: Mapping[str, str], verified: bool) -> None:
    where = f"the flow of intent {intent.name!r}"
    outcomes: tuple[str, ...] = STEP_OUTCOMES.get(step.kind, ())
    if step.kind == "collect":
        if step.arg not in slots:
            raise _fail(step.source, f"{where} collects unknown slot {step.arg!r} (declared slots: {', '.join(slots.specs)})")
        if slots[step.arg].type in ACCOUNT_SLOT_TYPES and not verified:
            raise _fail(
                step.source, f"{where} looks up {step.arg!r} in the account before verifying (needs_verification: true or a verify step)"
            )
        if step.ask is not None and step.ask not in intent.replies:
            raise _fail(step.source, f"{where} asks with reply case {step.ask!r}, which intent {intent.name!r} does not have")
    elif step.kind == "set":
        for name, value in step.values:
            if name not in slots:
                raise _fail(step.source, f"{where} sets unknown slot {name!r}")
            options = [option.key for option in slots[name].options]
            if options and value not in options:
                raise _fail(step.source, f"{where} sets {name} to {value!r} (expected one of: {', '.join(options)})")
    elif step.kind in ("check", "do", "handoff"):
        name = "handoff" if step.kind == "handoff" else step.arg
        if name not in ACTIONS:
            raise _fail(step.source, f"{where} calls unknown action {name!r} (expected one of: {', '.join(sorted(ACTIONS))})")
        action = ACTIONS[name]
        outcomes = action.outcomes
        if name == "branch":  # its outcomes are the options of the slot it branches on
            slot = step.params.get("slot")
            if slot not in slots or not slots[slot].options:
                raise _fail(step.source, f"{where}: 'branch' needs 'with: {{slot: NAME}}' naming a choice slot")
            outcomes = tuple(option.key for option in slots[slot].options)
        if step.kind == "check" and action.changes_account:
            raise _fail(step.source, f"{where}: {name!r} changes the account, so it is a 'do' step, not a 'check'")
        if action.reads_account and not verified:
            raise _fail(step.source, f"{where}: {name!r} reads the account before verifying (needs_verification: true or a verify step)")
        if step.kind == "handoff" and step.arg not in teams:
            raise _fail(step.source, f"{where} hands off to unknown team {step.arg!r} (expected one of: {', '.join(teams)})")
        team = step.params.get("team")
        if team is not None and team not in teams:
            raise _fail(step.source, f"{where} hands off to unknown team {team!r} (expected one of: {', '.join(teams)})")
    elif step.kind == "verify":
        if step.arg != "identity":
            raise _fail(step.source, f"{where}: write the verify step as 'verify: identity'")
    elif step.kind in ("confirm", "prompt", "say"):
        if step.arg not in intent.replies and not (step.kind == "say" and step.arg == OUTCOME):
            raise _fail(step.source, f"{where} says reply case {step.arg!r}, which intent {intent.name!r} does not have")
    elif step.kind == "flow" and step.arg not in intents.by_name:
        raise _fail(step.source, f"{where} links to unknown intent {step.arg!r}")
    for outcome, _ in step.on:
        if outcome not in outcomes:
            expected = ", ".join(outcomes) or "none"
            raise _fail(step.source, f"{where}: a '{step.kind}' step has no outcome {outcome!r} (its outcomes: {expected})")


def _check_replies(intent: Intent, fields: Mapping[str, set[str]], verifies: bool) -> None:
    where = f"intent {intent.name!r}"
    for case, texts in intent.replies.items():
        lines = intent.reply_lines.get(case, ())
        for index, text in enumerate(texts):
            source = Source(intent.source.path, lines[index]) if index < len(lines) else intent.source
            for name in template_fields(text):
                group, _, attribute = name.partition(".")
                if group not in fields or attribute not in fields[group]:
                    raise _fail(source, f"unknown reply field {{{name}}} in {where}, case {case!r}")
                if group == "account" and not verifies:
                    raise _fail(
                        source,
                        f"reply field {{{name}}} in {where} reveals account details but the intent lacks needs_verification: true",
                    )
