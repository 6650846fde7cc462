"""Statistics over problems: bootstrap CIs, exact McNemar, flip tables, paired stage comparisons.

Problems are the unit of resampling everywhere (tests in tests/test_stats.py). A comparison calls
a difference "improved" or "regressed" only when its test is significant at ``alpha``, the exact
sign test on per-problem differences agrees, and the 95% CI of the delta excludes zero.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from math import comb
from typing import Any

import numpy as np

IMPROVED, REGRESSED, NO_CHANGE = "improved", "regressed", "no significant change"


def bootstrap_mean_ci(
    values: Sequence[float], n_boot: int = 2000, alpha: float = 0.05, seed: int = 0
) -> tuple[float, float]:
    """Percentile bootstrap CI of the mean of per-problem values (resampling problems)."""
    x = np.asarray(values, dtype=float)
    if x.size == 0:
        return (float("nan"), float("nan"))
    if x.size == 1 or np.all(x == x[0]):
        return (float(x[0]), float(x[0]))
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, x.size, size=(n_boot, x.size))
    means = x[idx].mean(axis=1)
    lo, hi = np.quantile(means, [alpha / 2, 1 - alpha / 2])
    return (float(lo), float(hi))


def mcnemar_exact(b: int, c: int) -> float:
    """Two-sided exact McNemar p-value: binomial test of ``b`` vs ``c`` discordant pairs at p=1/2."""
    if b < 0 or c < 0:
        raise ValueError("discordant counts must be non-negative")
    n = b + c
    if n == 0:
        return 1.0
    tail = sum(comb(n, i) for i in range(min(b, c) + 1))  # exact integer arithmetic
    return min(1.0, 2 * tail / 2**n)


def flip_table(
    base: Sequence[bool], other: Sequence[bool], ids: Sequence[Any] | None = None
) -> dict[str, Any]:
    """Paired pass/fail table: ``fixed`` (base fails, other passes), ``broken``, ``both``, ``neither``.

    ``ids`` lists the four groups by id (indices when ``ids`` is None) under the key ``ids``.
    """
    if len(base) != len(other):
        raise ValueError(f"paired sequences differ in length: {len(base)} vs {len(other)}")
    keys = list(ids) if ids is not None else list(range(len(base)))
    if len(keys) != len(base):
        raise ValueError("ids must have one entry per pair")
    groups: dict[str, list[Any]] = {"fixed": [], "broken": [], "both": [], "neither": []}
    for key, x, y in zip(keys, base, other, strict=True):
        name = ("both" if y else "broken") if x else ("fixed" if y else "neither")
        groups[name].append(key)
    return {**{k: len(v) for k, v in groups.items()}, "ids": groups}


def paired_bootstrap_delta(
    a: Sequence[float], b: Sequence[float], n_boot: int = 2000, seed: int = 0, alpha: float = 0.05
) -> dict[str, Any]:
    """Paired bootstrap of ``mean(b) - mean(a)``: resamples problems, keeping each pair together.

    Returns ``delta``, ``ci95`` (percentile interval at ``1 - alpha``) and ``p_value``: twice the
    smaller share of resampled deltas on either side of zero (add-one smoothed, capped at 1).
    """
    x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if x.shape != y.shape:
        raise ValueError(f"paired sequences differ in length: {x.size} vs {y.size}")
    if x.size == 0:
        nan = float("nan")
        return {"delta": nan, "ci95": [nan, nan], "p_value": 1.0, "n": 0}
    d = y - x
    delta = float(d.mean())
    if np.all(d == d[0]):  # no variability to resample
        p = 1.0 if d[0] == 0 else 2.0 / (n_boot + 1)
        return {"delta": delta, "ci95": [delta, delta], "p_value": min(1.0, p), "n": int(d.size)}
    rng = np.random.default_rng(seed)
    boot = d[rng.integers(0, d.size, size=(n_boot, d.size))].mean(axis=1)
    lo, hi = np.quantile(boot, [alpha / 2, 1 - alpha / 2])
    le, ge = int(np.sum(boot <= 0)), int(np.sum(boot >= 0))
    p = min(1.0, 2 * (min(le, ge) + 1) / (n_boot + 1))
    return {"delta": delta, "ci95": [float(lo), float(hi)], "p_value": float(p), "n": int(d.size)}


def _n_c(problem: dict[str, Any]) -> tuple[int, int]:
    status = problem.get("status") or []
    n = int(problem.get("n", len(status)))
    c = int(problem.get("c", sum(s == "passed" for s in status)))
    return n, c


def _syntax_rate(problem: dict[str, Any]) -> float | None:
    ok = problem.get("syntax_ok")
    return None if not ok else float(np.mean([bool(v) for v in ok]))


def _verdict(delta: float, ci: Sequence[float], p: float, p_sign: float, alpha: float) -> str:
    if not (p < alpha and p_sign < alpha) or delta == 0:
        return NO_CHANGE
    if delta > 0 and ci[0] > 0:
        return IMPROVED
    if delta < 0 and ci[1] < 0:
        return REGRESSED
    return NO_CHANGE


def compare_values(
    a: Sequence[float], b: Sequence[float], ids: Sequence[Any], binary: bool,
    alpha: float = 0.05, n_boot: int = 2000, seed: int = 0,
) -> dict[str, Any]:
    """Compare paired per-problem values of one metric (b minus a), in percentage points.

    Binary outcomes (greedy, n == 1) use the exact McNemar test; others the paired bootstrap.
    The flip table counts a problem as passing when its per-problem value is >= 0.5.
    """
    boot = paired_bootstrap_delta(a, b, n_boot=n_boot, seed=seed, alpha=alpha)
    d = np.asarray(b, dtype=float) - np.asarray(a, dtype=float)
    n_up, n_down = int(np.sum(d > 0)), int(np.sum(d < 0))
    p_sign = mcnemar_exact(n_down, n_up)  # exact sign test; equals McNemar for binary outcomes
    p = p_sign if binary else boot["p_value"]
    ci = boot["ci95"]
    return {
        "a": float(np.mean(a)) if len(a) else float("nan"),
        "b": float(np.mean(b)) if len(b) else float("nan"),
        "delta_pts": 100 * boot["delta"],
        "ci95_pts": [100 * ci[0], 100 * ci[1]],
        "test": "mcnemar_exact" if binary else "paired_bootstrap",
        "p_value": float(p),
        "p_bootstrap": float(boot["p_value"]),
        "p_sign": float(p_sign),
        "n_up": n_up,
        "n_down": n_down,
        "flips": flip_table([v >= 0.5 for v in a], [v >= 0.5 for v in b], ids),
        "verdict": _verdict(boot["delta"], ci, p, p_sign, alpha),
    }


def compare_stages(
    a_task: dict[str, Any], b_task: dict[str, Any], ks: Iterable[int] = (1,),
    alpha: float = 0.05, n_boot: int = 2000, seed: int = 0,
) -> dict[str, Any]:
    """Compare one task's results of stage b against stage a (delta = b - a), paired by task_id.

    Returns ``{"n_matched", "alpha", "warnings", "metrics": {name: compare_values(...)}}`` with
    ``pass@k`` for each k that every matched problem has samples for, and ``syntax_valid``.
    """
    a_by_id = {p["task_id"]: p for p in a_task.get("problems", [])}
    b_by_id = {p["task_id"]: p for p in b_task.get("problems", [])}
    ids = [t for t in a_by_id if t in b_by_id]
    warnings: list[str] = []
    if len(ids) < max(len(a_by_id), len(b_by_id)):
        warnings.append(
            f"{len(ids)} problems in both stages ({len(a_by_id)} vs {len(b_by_id)}); compared those only"
        )
    if a_task.get("version") != b_task.get("version"):
        warnings.append(f"task versions differ: {a_task.get('version')} vs {b_task.get('version')}")
    pa = [_n_c(a_by_id[t]) for t in ids]
    pb = [_n_c(b_by_id[t]) for t in ids]
    min_n = min((min(x[0], y[0]) for x, y in zip(pa, pb, strict=True)), default=0)
    binary = bool(ids) and all(x[0] == 1 and y[0] == 1 for x, y in zip(pa, pb, strict=True))
    from harness.metrics import pass_at_k  # metrics imports this module

    kw = {"alpha": alpha, "n_boot": n_boot, "seed": seed}
    metrics: dict[str, Any] = {}
    for k in sorted({int(k) for k in ks} | {1}):
        if k > min_n:
            if ids:
                warnings.append(f"pass@{k} skipped: some problems have fewer than {k} samples")
            continue
        va = [pass_at_k(n, c, k) for n, c in pa]
        vb = [pass_at_k(n, c, k) for n, c in pb]
        metrics[f"pass@{k}"] = compare_values(va, vb, ids, binary=binary and k == 1, **kw)
    sa = [_syntax_rate(a_by_id[t]) for t in ids]
    sb = [_syntax_rate(b_by_id[t]) for t in ids]
    if ids and None not in sa and None not in sb:
        sbin = all(len(a_by_id[t]["syntax_ok"]) == 1 == len(b_by_id[t]["syntax_ok"]) for t in ids)
        metrics["syntax_valid"] = compare_values(sa, sb, ids, binary=sbin, **kw)  # type: ignore[arg-type]
    return {"n_matched": len(ids), "alpha": alpha, "warnings": warnings, "metrics": metrics}
