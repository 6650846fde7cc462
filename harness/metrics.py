"""Task metrics from per-problem records: pass@k (unbiased estimator), syntax validity, truncation."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from harness.errors import HarnessError
from harness.stats import bootstrap_mean_ci


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k from n samples with c correct: 1 - C(n-c, k) / C(n, k) (Chen et al., 2021).

    Computed as ``1 - prod(1 - k / arange(n-c+1, n+1))``, which is numerically stable.
    """
    if k < 1:
        raise HarnessError(f"pass@k needs k >= 1, got k={k}")
    if k > n:
        raise HarnessError(f"pass@{k} needs at least {k} samples per problem, got n={n}; raise n or lower k")
    if not 0 <= c <= n:
        raise HarnessError(f"number correct c={c} must lie between 0 and n={n}")
    if n - c < k:
        return 1.0
    return float(1.0 - np.prod(1.0 - k / np.arange(n - c + 1, n + 1)))


def _metric(values: Sequence[float]) -> dict:
    lo, hi = bootstrap_mean_ci(values)
    return {"value": float(np.mean(values)), "ci95": [lo, hi]}


def summarize(problems: list[dict], ks: Sequence[int]) -> dict:
    """Metrics over problems, each with a 95% bootstrap CI over problems.

    ``problems`` holds records ``{"task_id", "n", "c", "status": [...], "syntax_ok": [...],
    "finish": [...]}``. pass@k is reported for each k in ``ks`` that every problem supports
    (k <= n); the others are skipped, since e.g. greedy runs have n=1.
    """
    if not problems:
        raise HarnessError("no problems to summarize; check the task's --limit and the generations")
    out: dict = {}
    min_n = min(int(p["n"]) for p in problems)
    for k in sorted(set(ks)):
        if k <= min_n:
            out[f"pass@{k}"] = _metric([pass_at_k(int(p["n"]), int(p["c"]), k) for p in problems])
    syntax = [float(np.mean(p["syntax_ok"])) if p.get("syntax_ok") else 0.0 for p in problems]
    out["syntax_valid"] = _metric(syntax)
    finishes = [f for p in problems for f in p.get("finish", [])]
    truncated = sum(f == "length" for f in finishes)
    out["truncated"] = {"value": truncated / len(finishes) if finishes else 0.0, "count": truncated}
    out["status_counts"] = dict(Counter(s for p in problems for s in p.get("status", [])))
    return out
