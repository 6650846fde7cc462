"""Statistics: exact McNemar, bootstrap CIs, paired deltas, flip tables, stage comparisons."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import binomtest

from harness.errors import HarnessError
from harness.metrics import pass_at_k
from harness.stats import (
    IMPROVED,
    NO_CHANGE,
    REGRESSED,
    bootstrap_mean_ci,
    compare_stages,
    flip_table,
    mcnemar_exact,
    paired_bootstrap_delta,
)
from reports.compare import build_comparisons

GRID = [(b, c) for b in range(0, 31, 3) for c in range(0, 31, 4)] + [(0, 40), (7, 7), (120, 90), (1, 0)]


@pytest.mark.parametrize("b,c", GRID)
def test_mcnemar_matches_scipy_binomtest(b: int, c: int) -> None:
    expected = 1.0 if b + c == 0 else binomtest(b, b + c, 0.5, alternative="two-sided").pvalue
    assert mcnemar_exact(b, c) == pytest.approx(expected, rel=1e-9, abs=1e-15)
    assert mcnemar_exact(b, c) == mcnemar_exact(c, b)


def test_mcnemar_matches_statsmodels() -> None:
    sm = pytest.importorskip("statsmodels.stats.contingency_tables", reason="statsmodels not installed")
    for b, c in GRID:
        if b + c == 0:
            continue
        table = [[10, b], [c, 5]]
        expected = sm.mcnemar(table, exact=True).pvalue
        assert mcnemar_exact(b, c) == pytest.approx(expected, rel=1e-9)


def test_mcnemar_edge_cases() -> None:
    assert mcnemar_exact(0, 0) == 1.0
    assert mcnemar_exact(0, 1) == 1.0
    assert mcnemar_exact(0, 5) == pytest.approx(2 / 32)
    with pytest.raises(ValueError):
        mcnemar_exact(-1, 3)


def test_bootstrap_ci_coverage_bernoulli() -> None:
    """A 95% percentile CI of a Bernoulli(0.3) mean over 120 problems covers 0.3 about 95% of the time."""
    rng = np.random.default_rng(123)
    p, n, trials = 0.3, 120, 400
    covered = 0
    for t in range(trials):
        x = rng.random(n) < p
        lo, hi = bootstrap_mean_ci(x.astype(float), n_boot=1000, seed=t)
        assert lo <= x.mean() <= hi
        covered += lo <= p <= hi
    assert 0.90 <= covered / trials <= 0.985


def test_bootstrap_ci_degenerate() -> None:
    assert bootstrap_mean_ci([1.0, 1.0, 1.0]) == (1.0, 1.0)
    lo, hi = bootstrap_mean_ci([])
    assert np.isnan(lo) and np.isnan(hi)


def test_paired_delta_detects_consistent_small_gain() -> None:
    """Problems vary a lot, the gain is small but consistent: only a paired analysis sees it."""
    rng = np.random.default_rng(0)
    a = rng.random(80)
    b = a + 0.02 + rng.normal(0, 0.01, 80)
    out = paired_bootstrap_delta(a, b, seed=1)
    assert out["delta"] == pytest.approx(float(np.mean(b - a)))
    lo, hi = out["ci95"]
    assert 0 < lo < out["delta"] < hi < 0.03
    assert out["p_value"] < 0.01
    assert out["n"] == 80
    # Unpaired, the same difference is lost in the spread between problems.
    shuffled = paired_bootstrap_delta(a, rng.permutation(b), seed=1)
    assert shuffled["ci95"][0] < 0 < shuffled["ci95"][1]


def test_paired_delta_binary_flips() -> None:
    a = [0] * 60 + [1] * 40
    b = [1] * 20 + [0] * 40 + [1] * 40  # 20 fixed, 0 broken
    out = paired_bootstrap_delta(a, b)
    assert out["delta"] == pytest.approx(0.2)
    assert out["ci95"][0] > 0.1 and out["p_value"] < 0.001
    null = paired_bootstrap_delta(a, [1] * 5 + [0] * 55 + [0] * 5 + [1] * 35)  # 5 fixed, 5 broken
    assert null["delta"] == 0
    assert null["ci95"][0] < 0 < null["ci95"][1]
    assert null["p_value"] > 0.5


def test_paired_delta_edge_cases() -> None:
    same = paired_bootstrap_delta([0, 1, 1], [0, 1, 1])
    assert same == {"delta": 0.0, "ci95": [0.0, 0.0], "p_value": 1.0, "n": 3}
    assert paired_bootstrap_delta([], [])["p_value"] == 1.0
    with pytest.raises(ValueError):
        paired_bootstrap_delta([1, 2], [1])
    # Deterministic for a given seed.
    assert paired_bootstrap_delta([0, 1, 0, 1], [1, 1, 0, 0], seed=3) == paired_bootstrap_delta(
        [0, 1, 0, 1], [1, 1, 0, 0], seed=3
    )


def test_flip_table() -> None:
    base = [True, True, False, False, False]
    other = [True, False, True, False, True]
    t = flip_table(base, other)
    assert (t["fixed"], t["broken"], t["both"], t["neither"]) == (2, 1, 1, 1)
    assert t["ids"] == {"fixed": [2, 4], "broken": [1], "both": [0], "neither": [3]}
    named = flip_table(base, other, ids=list("abcde"))
    assert named["ids"]["fixed"] == ["c", "e"]
    with pytest.raises(ValueError):
        flip_table([True], [True, False])


def test_pass_at_k() -> None:
    assert pass_at_k(1, 1, 1) == 1.0
    assert pass_at_k(10, 3, 1) == pytest.approx(0.3)
    assert pass_at_k(5, 1, 2) == pytest.approx(1 - 6 / 10)
    assert pass_at_k(4, 3, 2) == 1.0
    with pytest.raises(HarnessError):
        pass_at_k(1, 0, 2)


def _task(outcomes: list[bool], syntax: list[bool] | None = None, prefix: str = "T/") -> dict:
    syntax = syntax or [True] * len(outcomes)
    problems = [
        {"task_id": f"{prefix}{i}", "n": 1, "c": int(ok), "status": ["passed" if ok else "failed"],
         "syntax_ok": [s]}
        for i, (ok, s) in enumerate(zip(outcomes, syntax, strict=True))
    ]
    return {"version": "1", "n_problems": len(problems), "n_samples": 1, "problems": problems}


def test_compare_stages_hand_built() -> None:
    #        0      1     2      3      4      5     6      7
    base = [True, True, False, False, False, True, False, False]
    new = [True, False, True, True, False, True, True, False]  # 3 fixed (2, 3, 6), 1 broken (1)
    a = _task(base, syntax=[True] * 6 + [False, False])
    b = _task(new, syntax=[True] * 8)
    out = compare_stages(a, b, ks=[1, 5])
    assert out["n_matched"] == 8 and out["alpha"] == 0.05
    assert set(out["metrics"]) == {"pass@1", "syntax_valid"}
    assert any("pass@5 skipped" in w for w in out["warnings"])
    m = out["metrics"]["pass@1"]
    assert m["test"] == "mcnemar_exact"
    assert m["a"] == pytest.approx(3 / 8) and m["b"] == pytest.approx(5 / 8)
    assert m["delta_pts"] == pytest.approx(25.0)
    assert m["p_value"] == pytest.approx(binomtest(1, 4, 0.5).pvalue)  # 0.625
    assert (m["flips"]["fixed"], m["flips"]["broken"], m["flips"]["both"], m["flips"]["neither"]) == (3, 1, 2, 2)
    assert m["flips"]["ids"]["fixed"] == ["T/2", "T/3", "T/6"]
    assert m["flips"]["ids"]["broken"] == ["T/1"]
    assert m["verdict"] == NO_CHANGE  # +25 points, but 3 vs 1 discordant pairs is not evidence
    lo, hi = m["ci95_pts"]
    assert lo < 25 < hi
    s = out["metrics"]["syntax_valid"]
    assert s["delta_pts"] == pytest.approx(25.0) and s["flips"]["fixed"] == 2 and s["verdict"] == NO_CHANGE


def test_compare_stages_matches_by_task_id() -> None:
    a = _task([False, True, False])
    b = _task([True, True, True, True])
    b["problems"] = list(reversed(b["problems"]))  # order must not matter
    out = compare_stages(a, b, ks=[1])
    assert out["n_matched"] == 3
    assert out["metrics"]["pass@1"]["flips"]["fixed"] == 2
    assert any("problems in both stages" in w for w in out["warnings"])


@pytest.mark.parametrize("fixed,broken,expected", [(40, 0, IMPROVED), (0, 40, REGRESSED), (5, 1, NO_CHANGE),
                                                   (12, 2, IMPROVED), (0, 0, NO_CHANGE)])
def test_compare_stages_verdicts(fixed: int, broken: int, expected: str) -> None:
    rest = 50
    base = [False] * fixed + [True] * broken + [True] * (rest // 2) + [False] * (rest // 2)
    new = [True] * fixed + [False] * broken + [True] * (rest // 2) + [False] * (rest // 2)
    m = compare_stages(_task(base), _task(new), ks=[1])["metrics"]["pass@1"]
    assert m["verdict"] == expected
    if expected != NO_CHANGE:
        assert m["p_value"] < 0.05
    if m["p_value"] >= 0.05:
        assert m["verdict"] == NO_CHANGE


def test_compare_stages_sampled_uses_bootstrap() -> None:
    rng = np.random.default_rng(7)

    def task(cs: list[int]) -> dict:
        return {"version": "1", "problems": [{"task_id": f"S/{i}", "n": 5, "c": c, "status": ["x"] * 5}
                                             for i, c in enumerate(cs)]}

    ca = rng.integers(0, 4, 60).tolist()
    cb = [min(5, c + 1) for c in ca]  # one more passing sample on every problem
    out = compare_stages(task(ca), task(cb), ks=[1, 2, 10])
    assert set(out["metrics"]) == {"pass@1", "pass@2"}  # no syntax_ok recorded, n=5 < 10
    m1 = out["metrics"]["pass@1"]
    assert m1["test"] == "paired_bootstrap"
    assert m1["delta_pts"] == pytest.approx(100 * np.mean([(y - x) / 5 for x, y in zip(ca, cb, strict=True)]))
    assert m1["verdict"] == IMPROVED
    # A few tiny problems: the bootstrap alone would be overconfident; the sign test holds it back.
    small = compare_stages(task([0, 0, 1]), task([2, 3, 1]), ks=[1])["metrics"]["pass@1"]
    assert small["p_sign"] >= 0.05 and small["verdict"] == NO_CHANGE


def test_build_comparisons() -> None:
    base, adapter, merged = _task([False] * 10), _task([True] * 10), _task([True] * 9 + [False])
    results = {"method": {"ks": [1]}, "stages": {"base": {"tasks": {"humaneval": base}}}}
    assert build_comparisons(results) == {} and results["comparisons"] == {}
    results["stages"]["adapter"] = {"tasks": {"humaneval": adapter}}
    results["stages"]["merged"] = {"tasks": {"humaneval": merged}}
    out = build_comparisons(results)
    assert set(out) == {"adapter_vs_base", "merged_vs_base", "merged_vs_adapter"}
    assert out["adapter_vs_base"]["humaneval"]["metrics"]["pass@1"]["delta_pts"] == pytest.approx(100)
    assert out["merged_vs_adapter"]["humaneval"]["metrics"]["pass@1"]["flips"]["broken"] == 1
    assert results["comparisons"] is out
