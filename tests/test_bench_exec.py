"""`harness bench exec`: figures and the parallel-vs-one-at-a-time comparison, on a few problems."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness import bench, cli, sandbox
from harness.sandbox import ExecResult


def harness(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    """Run `harness ARGV` through the real entry point (only `bench` registered)."""
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("harness.bench",))
    with pytest.raises(SystemExit) as exit_:
        cli.main(list(argv))
    out, err = capsys.readouterr()
    return exit_.value.code, out, err


def test_bench_is_an_extensible_group(monkeypatch, capsys) -> None:
    assert "harness.bench_exec" in bench.BENCH_MODULES
    code, _, err = harness(monkeypatch, capsys, "bench")
    assert code == 2 and "exec" in err  # a benchmark must be named; the choices are listed


def test_bench_exec(tmp_path: Path, monkeypatch, capsys) -> None:
    out = tmp_path / "bench" / "exec.json"
    code, stdout, err = harness(monkeypatch, capsys, "bench", "exec", "--limit", "4", "--copies", "3", "--serial",
                                "6", "--workers", "2", "--out", str(out), "--no-progress")  # fmt: skip
    assert code == 0, stdout + err
    r = json.loads(out.read_text())
    assert r["problems"] == 4 and r["copies"] == 3 and r["workers"] == 2
    assert r["parallel"]["programs"] == 12 and r["parallel"]["status_counts"] == {"passed": 12}
    assert r["serial"]["programs"] == 6 and r["serial"]["status_counts"] == {"passed": 6}
    assert r["identical"] is True and r["mismatches"] == [] and r["inconsistent_across_copies"] == []
    assert r["parallel"]["programs_per_s"] > 0 and r["parallel"]["cpu_ms_per_program"] > 0
    assert r["meets_goal"] == (r["parallel"]["programs_per_s"] >= r["goal_programs_per_s"])
    assert "programs/s" in stdout and "statuses identical" in stdout


def test_bench_exec_reports_differences(tmp_path: Path, monkeypatch, capsys) -> None:
    """A run whose one-at-a-time statuses differ from the parallel ones is reported and exits 1."""

    def flaky(programs, limits, workers, progress, desc):
        status = "passed" if workers != 1 else "timeout"
        return [ExecResult(status, status == "passed", 0.01, 0, "") for _ in programs]

    monkeypatch.setattr(sandbox, "run_many", flaky)
    out = tmp_path / "exec.json"
    code, stdout, _ = harness(monkeypatch, capsys, "bench", "exec", "--limit", "2", "--copies", "2", "--out",
                              str(out), "--no-progress")  # fmt: skip
    r = json.loads(out.read_text())
    assert code == 1 and r["identical"] is False and len(r["mismatches"]) == 4
    assert r["mismatches"][0] == {"program": 0, "task_id": "HumanEval/0", "parallel": "passed", "serial": "timeout"}
    assert "statuses DIFFER" in stdout


def test_bench_exec_refuses_a_folder(tmp_path: Path, monkeypatch, capsys) -> None:
    code, _, err = harness(monkeypatch, capsys, "bench", "exec", "--out", str(tmp_path))
    assert code == 2 and "is a folder" in err and len(err.strip().splitlines()) == 1
