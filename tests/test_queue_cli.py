"""`amexsim queue simulate` and `amexsim queue staff` through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from amexsim.queue.erlang import erlang_c, service_level
from amexsim.queue.staffing import load_staffing
from tests.conftest import ROOT


def amexsim(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "amexsim", *args], capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_simulate_json_reports_the_model_beside_erlang_c():
    result = amexsim("queue", "simulate", "--agents", "20", "--arrival-rate", "3.5", "--handle-time", "5", "--chats", "300000", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["chats"] == 300_000 and data["engine"] == "fast" and data["seconds"] > 0
    assert data["erlang_c_mean_wait"] == pytest.approx(erlang_c(20, 3.5, 5.0).mean_wait_minutes)
    assert data["mean_wait"] == pytest.approx(data["erlang_c_mean_wait"], rel=0.15)
    assert data["service_level"]["20s"] == pytest.approx(service_level(20, 3.5, 5.0, 1 / 3), abs=0.03)
    assert data["service_level"]["20s"] < data["service_level"]["60s"] < 1
    assert data["utilisation"] == pytest.approx(0.875, abs=0.01)
    assert [team["team"] for team in data["teams"]] == ["general"]


def test_simulate_the_shipped_centre_as_a_table_and_one_team_as_json():
    table = amexsim("queue", "simulate", "--chats", "5000")
    assert table.returncode == 0, table.stderr
    for name in load_staffing().display_names.values():
        assert name in table.stdout
    assert "whole centre" in table.stdout and "Traceback" not in table.stderr
    one = json.loads(amexsim("queue", "simulate", "--team", "fraud", "--agents", "12", "--chats", "5000", "--json").stdout)
    assert [(team["team"], team["agents"]) for team in one["teams"]] == [("fraud", 12)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--agents", "15"], "impossible load for team 'general'"),
        (["--team", "nobody"], "unknown team 'nobody'"),
        (["--chats", "0"], "--chats must be at least 1"),
    ],
)
def test_simulate_refuses_bad_arguments_in_one_line(args, message):
    result = amexsim("queue", "simulate", *args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr


def test_staff_finds_the_fewest_agents_that_meet_the_target():
    result = amexsim("queue", "staff", "--target", "80/20", "--chats", "20000", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["target"], data["within_seconds"]) == (0.8, 20)
    offered = load_staffing().offered_rates()
    assert [row["team"] for row in data["teams"]] == list(offered)
    for row in data["teams"]:
        rate, handle, agents = offered[row["team"]], row["handle_minutes"], row["agents_needed"]
        assert service_level(agents, rate, handle, 20 / 60) >= 0.8
        assert agents - 1 <= rate * handle or service_level(agents - 1, rate, handle, 20 / 60) < 0.8
        assert row["simulated_service_level"] == pytest.approx(row["erlang_c_service_level"], abs=0.06)


def test_staff_refuses_a_bad_target():
    result = amexsim("queue", "staff", "--target", "120/20")
    assert result.returncode == 2 and "--target expects PERCENT/SECONDS" in result.stderr
