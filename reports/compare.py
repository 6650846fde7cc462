"""Fill ``results["comparisons"]`` from the stages a run has (adapter/merged vs base, merged vs adapter)."""

from __future__ import annotations

from typing import Any

from harness.stats import compare_stages

PAIRS: tuple[tuple[str, str, str], ...] = (
    ("adapter_vs_base", "base", "adapter"),
    ("merged_vs_base", "base", "merged"),
    ("merged_vs_adapter", "adapter", "merged"),
)


def build_comparisons(
    results: dict[str, Any], alpha: float = 0.05, n_boot: int = 2000, seed: int = 0
) -> dict[str, Any]:
    """Compare every pair of present stages on every task both evaluated; store and return them.

    Keys are ``"<b>_vs_<a>"`` (delta = b - a), each mapping task name to ``compare_stages`` output.
    ``ks`` comes from ``results["method"]["ks"]`` (default ``[1]``).
    """
    stages = results.get("stages") or {}
    ks = (results.get("method") or {}).get("ks") or [1]
    out: dict[str, Any] = {}
    for key, a, b in PAIRS:
        if a not in stages or b not in stages:
            continue
        a_tasks = stages[a].get("tasks") or {}
        b_tasks = stages[b].get("tasks") or {}
        per_task = {
            name: compare_stages(a_tasks[name], b_tasks[name], ks, alpha=alpha, n_boot=n_boot, seed=seed)
            for name in a_tasks
            if name in b_tasks
        }
        if per_task:
            out[key] = per_task
    results["comparisons"] = out
    return out
