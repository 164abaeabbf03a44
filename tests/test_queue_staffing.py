"""The staffing file: the shipped one loads, and every broken one stops with one file:line line."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from amexsim.cli import main
from amexsim.errors import StaffingFileError
from amexsim.queue.staffing import load_staffing
from tests.conftest import ROOT

GOOD = """\
centre:
  phone: 1-800-528-4800
  time_zone: America/New_York
teams:
  general:
    name: customer care
    agents: 4
    arrivals_per_minute: 0.5
    handle_time: 5
  night:
    name: night desk
    skills: [night]
    agents: 2
    hours: {mon-fri: "22:00-06:00"}
    arrivals_per_minute: 0.2
    handle_time: {distribution: lognormal, mean: 6, sd: 3}
    patience: 10
    overflow_after: 2
    transfers: {general: 0.1}
"""


def test_the_shipped_staffing_names_every_team_once():
    staffing = load_staffing()
    assert staffing.names == ("general", "disputes", "credit", "rewards", "travel", "fraud", "spanish", "supervisor")
    assert staffing.display_names["fraud"] == "fraud protection"
    assert staffing.phone == "1-800-528-4800"
    assert staffing.route("spanish") == "spanish" and staffing.route("mortgages") == "general"


def test_a_small_file_loads_with_overnight_hours(tmp_path):
    path = tmp_path / "staffing.yaml"
    path.write_text(GOOD)
    night = load_staffing(path)["night"]
    assert night.hours.week[0] == ((1320, 1440),)  # Monday from 22:00 ...
    assert night.hours.week[1] == ((0, 360), (1320, 1440))  # ... to Tuesday 06:00, and again
    assert night.hours.week[5] == ((0, 360),) and night.hours.week[6] == ()
    assert night.handle.kind == "lognormal" and night.patience.mean == 10 and night.transfers == (("general", 0.1),)


BROKEN = [
    ("    agents: 4\n", "    agents: four\n", 7, "agents must be a whole number"),
    (
        "    handle_time: 5\n",
        "    handle_time: {distribution: gamma, mean: 5}\n",
        9,
        "unknown team 'general' handle_time distribution 'gamma'",
    ),
    ('    hours: {mon-fri: "22:00-06:00"}\n', '    hours: {mon-fri: "22:00-25:00"}\n', 14, "is not a span"),
    ('    hours: {mon-fri: "22:00-06:00"}\n', '    hours: {weekdays: "22:00-06:00"}\n', 14, "'weekdays' is not a day"),
    ("    transfers: {general: 0.1}\n", "    transfers: {generl: 0.1}\n", 19, "transfers to unknown team 'generl'"),
    ("    transfers: {general: 0.1}\n", "    transfers: {general: 1.5}\n", 19, "below 1 in total"),
    ("    skills: [night]\n", "    skills: [general]\n", 12, "skill 'general' belongs to both"),
    ("    arrivals_per_minute: 0.5\n", "    arrivals_per_minute: [0.5, 0.5]\n", 8, "24 numbers"),
    ("    arrivals_per_minute: 0.5\n", "    arrivals_per_minute: 0.9\n", 5, "impossible load for team 'general'"),
    ("  time_zone: America/New_York\n", "  time_zone: Mars/Olympus\n", 3, "unknown time zone"),
    ("    patience: 10\n", "    patience: 10\n    colour: blue\n", 18, "unknown key 'colour'"),
    ("    name: customer care\n", "    name: customer care\n   bad indent: [\n", 7, "invalid YAML"),
]


@pytest.mark.parametrize(("old", "new", "line", "problem"), BROKEN, ids=[case[3] for case in BROKEN])
def test_a_broken_file_names_the_line_and_the_problem(tmp_path, capsys, old, new, line, problem):
    path = tmp_path / "staffing.yaml"
    assert old in GOOD
    path.write_text(GOOD.replace(old, new))
    with pytest.raises(StaffingFileError) as caught:
        load_staffing(path)
    assert (caught.value.line, problem in caught.value.problem) == (line, True), str(caught.value)
    assert main(["queue", "simulate", "--staffing", str(path), "--chats", "10"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"amexsim: error: {path}:{line}: ")


def test_an_impossible_load_stops_the_real_cli_without_a_traceback(tmp_path):
    # 0.9 of its own plus 0.1 x 0.2 transferred from the night desk, 5 minutes each, on 4 agents
    path = tmp_path / "staffing.yaml"
    path.write_text(GOOD.replace("    arrivals_per_minute: 0.5\n", "    arrivals_per_minute: 0.9\n"))
    for command in (["queue", "simulate"], ["queue", "staff"], ["ask", "let me talk to a person"]):
        result = subprocess.run(
            [sys.executable, "-m", "amexsim", *command, "--staffing", str(path)], capture_output=True, text=True, cwd=ROOT
        )
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stderr.strip() == (
            f"amexsim: error: {path}:5: impossible load for team 'general': 0.92 chats a minute x 5 minutes = 4.6 Erlangs, "
            "more than its 4 agents can ever answer (add agents, a queue_cap or patience)"
        )


def test_the_hand_off_uses_the_staffing_given(tmp_path, capsys):
    path = tmp_path / "staffing.yaml"
    renamed = textwrap.dedent(GOOD).replace("name: customer care", "name: the night owls")
    path.write_text(renamed)
    assert (
        main(["ask", "let me talk to a person about my bill", "--staffing", str(path), "--now", "2026-11-30T12:00", "--db", ":memory:"])
        == 0
    )
    assert "the night owls" in capsys.readouterr().out


def test_the_readme_example_staffing_loads_and_its_live_api_example_runs(tmp_path, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The queue simulation") :]
    example = section[section.index("```yaml\n") + 8 : section.index("```", section.index("```yaml\n") + 8)]
    path = tmp_path / "staffing.yaml"
    path.write_text(example)
    staffing = load_staffing(path)
    assert staffing.names == ("general", "supervisor")
    assert staffing["supervisor"].hours.week[5] == ((0, 120), (540, 1080))  # Friday's late span runs into Saturday
    code = section[section.index("```python\n") + 10 : section.index("```", section.index("```python\n") + 10)]
    exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out.strip()


def test_a_team_missing_from_the_staffing_hands_off_to_general(tmp_path, capsys):
    path = tmp_path / "staffing.yaml"
    path.write_text(GOOD)  # no fraud team
    assert main(["ask", "I want to talk to the fraud team", "--staffing", str(path), "--now", "2026-11-30T12:00", "--db", ":memory:"]) == 0
    assert "connecting you with our fraud team" in capsys.readouterr().out


def test_transferred_in_is_what_a_team_is_offered_beyond_its_own_chats():
    staffing = load_staffing()
    offered = staffing.offered_rates()
    inflow = staffing.transferred_in()
    assert inflow == {team.name: offered[team.name] - team.mean_rate for team in staffing}
    assert inflow["supervisor"] > 0 and inflow["credit"] == 0  # general and disputes send chats to supervisors
