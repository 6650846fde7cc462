"""Render the regression gate (``compare.html`` / ``compare.md``) and a sweep (``sweep.html`` /
``sweep.md``) with the run report's templating, filters and CSS, so they look like the report."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from markupsafe import Markup

from harness.stats import NO_CHANGE
from reports.render import _env, pts, pval

TEST_NAMES = {"mcnemar_exact": "exact McNemar", "paired_bootstrap": "paired bootstrap"}


@cache
def report_css() -> Markup:
    """The ``<style>`` of ``report.html.j2``, shared rather than copied (one place to restyle)."""
    env = _env()
    source = env.loader.get_source(env, "report.html.j2")[0]  # type: ignore[union-attr]
    m = re.search(r"<style>(.*?)</style>", source, flags=re.S)
    return Markup(m.group(1) if m else "")


def _write(out_dir: Path, stem: str, ctx: dict[str, Any]) -> dict[str, Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    env = _env()
    env.filters["test_name"] = lambda t: TEST_NAMES.get(t, t or "–")
    paths = {"html": out_dir / f"{stem}.html", "md": out_dir / f"{stem}.md"}
    ctx = {"css": report_css(), **ctx}
    paths["html"].write_text(env.get_template(f"{stem}.html.j2").render(**ctx), encoding="utf-8")
    paths["md"].write_text(env.get_template(f"{stem}.md.j2").render(**ctx).strip() + "\n", encoding="utf-8")
    return paths


def _rules_by_metric(outcome: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f"{j['stage']}/{j['task']}/{j['metric']}": j for j in outcome.get("rules", [])}


def render_compare(outcome: dict[str, Any], out_dir: Path) -> dict[str, Path]:
    """Write ``compare.html`` and ``compare.md`` for a ``harness.gate.compare_runs`` outcome."""
    return _write(out_dir, "compare", {"o": outcome, "rules": _rules_by_metric(outcome)})


def render_sweep(sweep: dict[str, Any], out_dir: Path) -> dict[str, Path]:
    """Write ``sweep.html`` and ``sweep.md``: every variant against the first, metric by metric."""
    columns: list[tuple[str, str, str]] = []
    for v in sweep["variants"]:
        for c in (v.get("outcome") or {}).get("comparisons", []):
            columns += [(c["stage"], c["task"], m) for m in c["metrics"] if (c["stage"], c["task"], m) not in columns]
    rows = []
    for v in sweep["variants"]:
        cells: dict[str, Any] = {}
        by = {(c["stage"], c["task"]): c for c in (v.get("outcome") or {}).get("comparisons", [])}
        for stage, task, metric in columns:
            own = (((v.get("stages") or {}).get(stage) or {}).get(task) or {}).get(metric) or {}
            cmp = (by.get((stage, task)) or {}).get("metrics", {}).get(metric)
            cells[f"{stage}/{task}/{metric}"] = {"value": own.get("value"), "ci95": own.get("ci95"), "cmp": cmp}
        changes = [f"{c['task']} {name} {m['verdict']} ({pts(m['delta_pts'])}, {pval(m['p_value'])})"
                   for c in (v.get("outcome") or {}).get("comparisons", []) for name, m in c["metrics"].items()
                   if m["verdict"] != NO_CHANGE]
        rows.append({"v": v, "cells": cells, "changes": changes, "rules": _rules_by_metric(v.get("outcome") or {})})
    cols = [{"key": f"{s}/{t}/{m}", "stage": s, "task": t, "metric": m} for s, t, m in columns]
    return _write(out_dir, "sweep", {"s": sweep, "cols": cols, "rows": rows})
