"""Render a run's results dict into one self-contained ``report.html`` and a ``summary.md``."""

from __future__ import annotations

import difflib
import json
import math
import re
from pathlib import Path
from typing import Any

import jinja2

from harness import cpu_matmul
from reports.charts import bar_chart, loss_chart
from reports.compare import build_comparisons

STAGES = ("base", "adapter", "merged")
STAGE_LABELS = {"base": "Base", "adapter": "Adapter", "merged": "Merged"}
PASSING = "passed"
ERROR_CHARS = 1500


# ---------------------------------------------------------------- formatting filters
def _finite(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def pct(v: Any, digits: int = 1) -> str:
    """0.1234 -> '12.3%'."""
    return f"{100 * v:.{digits}f}%" if _finite(v) else "–"


def ci(v: Any, scale: float = 100.0) -> str:
    """[0.07, 0.17] -> '[7.0, 17.0]' (percent points)."""
    if not v or len(v) != 2 or not all(_finite(x) for x in v):
        return ""
    return f"[{scale * v[0]:.1f}, {scale * v[1]:.1f}]"


def pts(v: Any) -> str:
    """Signed delta in percentage points."""
    return f"{v:+.1f} pts" if _finite(v) else "–"


def pval(p: Any) -> str:
    if not _finite(p):
        return "p = –"
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def num(v: Any, digits: int = 0) -> str:
    if not _finite(v):
        return "–"
    return f"{v:,.{digits}f}"


def dur(s: Any) -> str:
    """Seconds -> '45.2 s', '2m 05s', '1h 02m'."""
    if not _finite(s):
        return "–"
    if s < 60:
        return f"{s:.1f} s"
    m, sec = divmod(int(round(s)), 60)
    if m < 60:
        return f"{m}m {sec:02d}s"
    h, m = divmod(m, 60)
    return f"{h}h {m:02d}m"


def short(h: Any, n: int = 12) -> str:
    return str(h)[:n] if h else "–"


def md(text: Any) -> str:
    """Make text safe inside a Markdown table cell or list item."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-").lower() or "x"


# ---------------------------------------------------------------- view model
def _metric_names(tasks: list[dict[str, Any]]) -> list[str]:
    names: set[str] = set()
    for t in tasks:
        names.update(k for k, v in (t.get("metrics") or {}).items() if isinstance(v, dict) and "value" in v)
    passk = sorted((n for n in names if n.startswith("pass@")), key=lambda n: int(n[5:]) if n[5:].isdigit() else 99)
    rest = [n for n in ("syntax_valid", "truncated") if n in names]
    return passk + rest + sorted(names - set(passk) - set(rest))


def _error_excerpt(err: Any) -> str:
    text = str(err or "").strip()
    return text if len(text) <= ERROR_CHARS else "…" + text[-ERROR_CHARS:]


def _diff(a: str, b: str, a_name: str, b_name: str) -> list[tuple[str, str]]:
    lines = difflib.unified_diff(a.splitlines(), b.splitlines(), a_name, b_name, lineterm="")
    out = []
    for line in lines:
        kind = "hunk" if line.startswith("@@") else "meta" if line[:3] in ("---", "+++") else \
            "add" if line.startswith("+") else "del" if line.startswith("-") else "ctx"
        out.append((kind, line))
    return out


def _first(seq: Any, default: Any = None) -> Any:
    return seq[0] if isinstance(seq, list) and seq else default


def _problem_rows(name: str, stages: list[str], tasks: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    by_stage = {s: {p["task_id"]: p for p in tasks[s].get("problems", [])} for s in stages if s in tasks}
    present = [s for s in stages if s in by_stage]
    ids = list(dict.fromkeys(t for s in present for t in by_stage[s]))
    last = present[-1] if len(present) > 1 else None
    rows = []
    for i, tid in enumerate(ids):
        cells, prompt = {}, ""
        for s in present:
            p = by_stage[s].get(tid)
            if p is None:
                continue
            prompt = prompt or p.get("prompt", "")
            status = p.get("status") or []
            n = int(p.get("n", len(status)))
            c = int(p.get("c", sum(x == PASSING for x in status)))
            label = (status[0] if status else "–") if n == 1 else f"{c}/{n} passed"
            kind = "passed" if n and c == n else ("partial" if c else (status[0] if n == 1 and status else "failed"))
            cells[s] = {"label": label.replace("_", " "), "kind": kind, "rate": c / n if n else 0.0, "n": n,
                        "code": _first(p.get("code"), ""), "error": _error_excerpt(_first(p.get("error"))),
                        "finish": _first(p.get("finish")), "syntax_ok": _first(p.get("syntax_ok")),
                        "statuses": [x.replace("_", " ") for x in status]}
        change = "same"
        if last and "base" in cells and last in cells:
            delta = cells[last]["rate"] - cells["base"]["rate"]
            change = "fixed" if delta > 0 else "broken" if delta < 0 else "same"
        diff_pair = ("base", last) if last and "base" in cells and last in cells else None
        diff = _diff(cells["base"]["code"], cells[last]["code"], "base", last) if diff_pair else []
        rows.append({
            "task_id": tid, "anchor": f"p-{slug(name)}-{i}", "prompt": prompt, "cells": cells,
            "change": change, "all_failed": all(c["rate"] == 0 for c in cells.values()),
            "diff_pair": diff_pair, "diff": diff,
        })
    return rows


def build_context(results: dict[str, Any]) -> dict[str, Any]:
    """Everything the templates need, derived from the results dict (which is left unchanged)."""
    stages_all = results.get("stages") or {}
    stages = [s for s in STAGES if s in stages_all] + [s for s in stages_all if s not in STAGES]
    comparisons = results.get("comparisons")
    if comparisons is None:
        comparisons = build_comparisons({"stages": stages_all, "method": results.get("method")})
    task_names = list(dict.fromkeys(t for s in stages for t in (stages_all[s].get("tasks") or {})))
    tasks = []
    for name in task_names:
        per_stage = {s: stages_all[s]["tasks"][name] for s in stages if name in (stages_all[s].get("tasks") or {})}
        cmp = {key: comparisons[key][name] for key in comparisons if name in (comparisons[key] or {})}
        metrics = _metric_names(list(per_stage.values()))
        rows = []
        for m in metrics:
            cells = {}
            for s, t in per_stage.items():
                v = (t.get("metrics") or {}).get(m)
                if not isinstance(v, dict):
                    continue
                vs_base = cmp.get(f"{s}_vs_base", {}).get("metrics", {}).get(m) if s != "base" else None
                cells[s] = {"value": v.get("value"), "ci95": v.get("ci95"), "count": v.get("count"),
                            "cmp": vs_base}
            rows.append({"metric": m, "cells": cells})
        chart_groups = [
            (m, [(s, r["cells"][s]["value"], r["cells"][s]["ci95"]) for s in per_stage
                 if s in r["cells"] and _finite(r["cells"][s]["value"])])
            for m, r in zip(metrics, rows, strict=True) if m.startswith("pass@") or m == "syntax_valid"
        ]
        status_names = list(dict.fromkeys(k for t in per_stage.values()
                                          for k in ((t.get("metrics") or {}).get("status_counts") or {})))
        flips = [{"key": key, "a": key.split("_vs_")[1], "b": key.split("_vs_")[0],
                  "metric": "pass@1", "m": c["metrics"]["pass@1"]}
                 for key, c in cmp.items() if "pass@1" in c.get("metrics", {})]
        problems = _problem_rows(name, stages, per_stage)
        tasks.append({
            "name": name, "slug": slug(name), "stages": per_stage, "rows": rows, "comparisons": cmp,
            "chart": bar_chart(chart_groups), "status_names": status_names, "flips": flips,
            "problems": problems, "anchors": {p["task_id"]: p["anchor"] for p in problems},
            "warnings": [w for c in cmp.values() for w in c.get("warnings", [])],
        })
    train = results.get("train") or {}
    env = results.get("env") or {}
    return {
        "r": results, "stages": stages, "labels": {s: STAGE_LABELS.get(s, s.title()) for s in stages},
        "tasks": tasks, "train": train, "loss_chart": loss_chart(train.get("loss") or [], train.get("eval_loss")),
        "merge": results.get("merge") or {}, "method": results.get("method") or {}, "env": env,
        "hashes": results.get("hashes") or {}, "notes": [n for n in results.get("notes") or [] if n],
        "config_json": json.dumps(results.get("config") or {}, indent=2, sort_keys=True, default=str),
        "headline": _headline(tasks, stages),
    }


def _headline(tasks: list[dict[str, Any]], stages: list[str]) -> dict[str, Any] | None:
    """The first task's pass@1 per stage, for the summary cards."""
    for t in tasks:
        for r in t["rows"]:
            if r["metric"] == "pass@1":
                return {"task": t["name"], "cells": [(s, r["cells"][s]) for s in stages if s in r["cells"]]}
    return None


# ---------------------------------------------------------------- rendering
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2", "html"), default_for_string=False),
        trim_blocks=True, lstrip_blocks=True, undefined=jinja2.ChainableUndefined,
    )
    env.filters.update(pct=pct, ci=ci, pts=pts, pval=pval, num=num, dur=dur, short=short, slug=slug, md=md,
                       numerics=cpu_matmul.describe)
    return env


def render_report(results: dict[str, Any], run_dir: Path) -> dict[str, Path]:
    """Write ``report.html`` and ``summary.md`` into ``run_dir``; returns ``{"html": ..., "md": ...}``."""
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    ctx = build_context(results)
    env = _env()
    paths = {"html": run_dir / "report.html", "md": run_dir / "summary.md"}
    paths["html"].write_text(env.get_template("report.html.j2").render(**ctx), encoding="utf-8")
    paths["md"].write_text(env.get_template("summary.md.j2").render(**ctx).strip() + "\n", encoding="utf-8")
    return paths
