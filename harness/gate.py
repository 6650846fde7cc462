"""Regression gate: compare a candidate run with a baseline on saved results, against thresholds.

A rule ``[STAGE/]TASK/METRIC:THRESHOLD`` (e.g. ``merged/humaneval/pass@1:-2pp`` or
``humaneval/syntax_valid:-5%``) fails only when the metric got worse by more than the threshold
(percentage points, or percent of the baseline value) AND the paired test calls it a regression
(``harness.stats`` verdict at ``alpha``). Runs whose task version, prompt template or prompt mode
differ, or that share no problems, are incomparable: a ``HarnessError`` (exit code 2).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from harness import cpu_matmul
from harness.errors import HarnessError
from harness.stats import IMPROVED, REGRESSED, compare_stages, compare_values

STAGE_ORDER = ("merged", "adapter", "base")  # the default stage: the first both runs have
LOWER_IS_BETTER = frozenset({"truncated"})
PASS, FAIL = "pass", "fail"
EXIT_PASS, EXIT_REGRESSION = 0, 1
_THRESHOLD = re.compile(r"^([+-]?)(\d+(?:\.\d*)?|\.\d+)(pp|%)$")
_EXAMPLE = "e.g. humaneval/pass@1:-2pp or merged/humaneval/pass@1:-5%"


@dataclass(frozen=True)
class Rule:
    """One ``--fail-on`` rule; ``limit`` is the tolerated worsening (pp, or % when ``relative``)."""

    text: str
    stage: str | None
    task: str
    metric: str
    limit: float
    relative: bool

    @property
    def threshold(self) -> str:
        return f"-{self.limit:g}{'%' if self.relative else 'pp'}"


def direction(metric: str) -> str:
    """``"higher"`` or ``"lower"``: which way the metric is better; unknown metrics are an error."""
    if re.fullmatch(r"pass@[1-9]\d*", metric) or metric == "syntax_valid":
        return "higher"
    if metric in LOWER_IS_BETTER:
        return "lower"
    raise HarnessError(f"unknown metric '{metric}'; gated metrics: pass@K, syntax_valid, truncated ({_EXAMPLE})")


def parse_rule(text: str) -> Rule:
    """``[STAGE/]TASK/METRIC:THRESHOLD`` -> Rule; THRESHOLD is ``-2pp`` (points) or ``-5%`` (relative)."""
    name, sep, thr = text.rpartition(":")
    if not sep or not name.strip() or not thr.strip():
        raise HarnessError(f"--fail-on {text!r}: expected METRIC:THRESHOLD, {_EXAMPLE}")
    m = _THRESHOLD.match(thr.strip().replace(" ", ""))
    if not m:
        raise HarnessError(f"--fail-on {text!r}: threshold {thr!r} is neither points like -2pp nor relative "
                           f"like -5%")
    if m.group(1) == "+":
        raise HarnessError(f"--fail-on {text!r}: a threshold is the worsening tolerated, write it as "
                           f"-{m.group(2)}{m.group(3)}")
    parts = [p.strip() for p in name.split("/")]
    if len(parts) == 3 and parts[0] in STAGE_ORDER and all(parts):
        stage, task, metric = parts
    elif len(parts) == 2 and all(parts):
        stage, (task, metric) = None, parts
    else:
        hint = f"; stages: {', '.join(STAGE_ORDER)}" if len(parts) == 3 else ""
        raise HarnessError(f"--fail-on {text!r}: expected [STAGE/]TASK/METRIC, {_EXAMPLE}{hint}")
    direction(metric)
    return Rule(text, stage, task, metric, float(m.group(2)), m.group(3) == "%")


def load_results(path: Path, role: str = "run") -> dict[str, Any]:
    """The results dict of a run folder or a ``results.json`` file (``_path`` records where)."""
    path = Path(path)
    file = path / "results.json" if path.is_dir() else path
    if not file.is_file():
        raise HarnessError(f"{role}: no results.json at {file}; pass a run folder or its results.json")
    try:
        data = json.loads(file.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise HarnessError(f"{role}: {file} is not valid JSON ({getattr(e, 'msg', e)}); re-run to rewrite it") \
            from None
    if not isinstance(data, dict) or not isinstance(data.get("stages"), dict) or not data["stages"]:
        raise HarnessError(f"{role}: {file} holds no evaluated stages; run `harness run` (or eval) first")
    data["_path"] = str(file)
    return data


def pick_stage(a: dict[str, Any], b: dict[str, Any], stage: str | None) -> str:
    """The named stage (both runs must have it) or the first of merged, adapter, base both have."""
    if stage is not None:
        for role, r in (("baseline", a), ("candidate", b)):
            if stage not in r["stages"]:
                raise HarnessError(f"stage '{stage}' is not in the {role} run ({r.get('_path', '?')}); it has: "
                                   f"{', '.join(r['stages'])}")
        return stage
    for s in STAGE_ORDER:
        if s in a["stages"] and s in b["stages"]:
            return s
    raise HarnessError(f"no evaluated stage in common (baseline: {', '.join(a['stages'])}; candidate: "
                       f"{', '.join(b['stages'])})")


def _task(r: dict[str, Any], role: str, stage: str, task: str) -> dict[str, Any]:
    tasks = (r["stages"][stage] or {}).get("tasks") or {}
    if task not in tasks:
        raise HarnessError(f"task '{task}' is not in the {role} run's {stage} stage; it has: "
                           f"{', '.join(tasks) or 'no tasks'}")
    problems = tasks[task].get("problems")
    if not isinstance(problems, list) or not all(isinstance(p, dict) and "task_id" in p for p in problems):
        raise HarnessError(f"the {role} run's {stage}/{task} results have no per-problem records with task_id "
                           f"({r.get('_path', '?')}); re-run the evaluation to rewrite them")
    return tasks[task]


def incomparable_reasons(a: dict[str, Any], b: dict[str, Any], a_task: dict[str, Any],
                         b_task: dict[str, Any]) -> list[str]:
    """What makes two task results incomparable (task version, prompt template, prompt mode)."""
    reasons = []
    if a_task.get("version") != b_task.get("version"):
        reasons.append(f"task version {a_task.get('version')} vs {b_task.get('version')}")
    ha, hb = a_task.get("prompt_template_hash"), b_task.get("prompt_template_hash")
    if ha is None and hb is None:  # results from before per-task hashes: the run-wide one
        ha, hb = (a.get("hashes") or {}).get("prompt_template"), (b.get("hashes") or {}).get("prompt_template")
    if ha and hb and ha != hb:
        reasons.append(f"prompt template hash {str(ha)[:12]} vs {str(hb)[:12]}")
    ma, mb = a_task.get("prompt_mode"), b_task.get("prompt_mode")
    if ma and mb and ma != mb:
        reasons.append(f"prompt mode {ma} vs {mb}")
    ia, ib = a_task.get("identity"), b_task.get("identity")  # e.g. the heldout task's problems
    if ia and ib and ia.get("problems_sha") != ib.get("problems_sha"):
        reasons.append(f"problem set {str(ia.get('problems_sha'))[:12]} vs {str(ib.get('problems_sha'))[:12]} "
                       "(different held-out data)")
    return reasons


def _truncation(a_task: dict[str, Any], b_task: dict[str, Any], **kw: Any) -> dict[str, Any] | None:
    """Paired comparison of the per-problem share of samples cut at max_new_tokens."""
    a_by = {p["task_id"]: p for p in a_task.get("problems", [])}
    b_by = {p["task_id"]: p for p in b_task.get("problems", [])}
    ids = [t for t in a_by if t in b_by]
    if not ids or any(not a_by[t].get("finish") or not b_by[t].get("finish") for t in ids):
        return None

    def rate(p: dict[str, Any]) -> float:
        return float(np.mean([f == "length" for f in p["finish"]]))

    binary = all(len(a_by[t]["finish"]) == 1 == len(b_by[t]["finish"]) for t in ids)
    return compare_values([rate(a_by[t]) for t in ids], [rate(b_by[t]) for t in ids], ids, binary=binary, **kw)


def compare_task(a: dict[str, Any], b: dict[str, Any], stage: str, task: str, alpha: float = 0.05,
                 n_boot: int = 2000, seed: int = 0) -> dict[str, Any]:
    """Paired comparison of one task at one stage (candidate minus baseline), matched by task_id.

    Each metric gets ``direction`` and a direction-aware ``verdict`` ("regressed" means worse, also
    for lower-is-better metrics). Incomparable runs raise ``HarnessError``.
    """
    at, bt = _task(a, "baseline", stage, task), _task(b, "candidate", stage, task)
    reasons = incomparable_reasons(a, b, at, bt)
    if reasons:
        raise HarnessError(f"incomparable runs: {task} ({stage}) differs in {'; '.join(reasons)}; re-run the "
                           "baseline with the same task version and prompts")
    ks = sorted({1, *((a.get("method") or {}).get("ks") or []), *((b.get("method") or {}).get("ks") or [])})
    out = compare_stages(at, bt, ks, alpha=alpha, n_boot=n_boot, seed=seed)
    if out["n_matched"] == 0:
        raise HarnessError(f"incomparable runs: no common problems in {task} ({stage}): baseline has "
                           f"{len(at.get('problems', []))}, candidate {len(bt.get('problems', []))}, none with the "
                           "same task_id")
    trunc = _truncation(at, bt, alpha=alpha, n_boot=n_boot, seed=seed)
    if trunc is not None:
        out["metrics"]["truncated"] = trunc
    flip = {IMPROVED: REGRESSED, REGRESSED: IMPROVED}
    for name, m in out["metrics"].items():
        m["direction"] = direction(name)
        if m["direction"] == "lower":  # "fixed" / "improved" mean better, here: went down
            m["verdict"] = flip.get(m["verdict"], m["verdict"])
            f = m["flips"]
            f["fixed"], f["broken"] = f["broken"], f["fixed"]
            f["ids"]["fixed"], f["ids"]["broken"] = f["ids"]["broken"], f["ids"]["fixed"]
    out.update(stage=stage, task=task)
    return out


def judge(rule: Rule, m: dict[str, Any]) -> dict[str, Any]:
    """Apply a rule to one metric comparison: fails when worse by more than the limit and significant."""
    worse_pts = -m["delta_pts"] if m["direction"] == "higher" else m["delta_pts"]
    if rule.relative:
        base_pts = 100 * m["a"]
        worse = 100 * worse_pts / base_pts if base_pts > 0 else (math.inf if worse_pts > 0 else 0.0)
    else:
        worse = worse_pts
    exceeds = worse > rule.limit + 1e-9
    significant = m["verdict"] == REGRESSED
    return {"rule": rule.text, "threshold": rule.threshold, "worse": worse, "unit": "%" if rule.relative else "pp",
            "exceeds": exceeds, "significant": significant, "status": FAIL if exceeds and significant else PASS}


def compare_runs(a: dict[str, Any], b: dict[str, Any], rules: list[Rule], alpha: float = 0.05,
                 n_boot: int = 2000, seed: int = 0) -> dict[str, Any]:
    """Gate ``b`` (candidate) against ``a`` (baseline); returns the outcome with ``exit_code`` 0 or 1.

    Without rules every task of the default stage is compared and nothing is gated.
    """
    if not 0 < alpha < 1:
        raise HarnessError(f"--alpha must lie strictly between 0 and 1, got {alpha}")
    if rules:
        keys = [(pick_stage(a, b, r.stage), r.task) for r in rules]
    else:
        stage = pick_stage(a, b, None)
        tasks = [t for t in (a["stages"][stage].get("tasks") or {}) if t in (b["stages"][stage].get("tasks") or {})]
        if not tasks:
            raise HarnessError(f"incomparable runs: no task in common at the {stage} stage")
        keys = [(stage, t) for t in tasks]
    comparisons = {k: compare_task(a, b, *k, alpha=alpha, n_boot=n_boot, seed=seed) for k in dict.fromkeys(keys)}
    judged = []
    for rule, key in zip(rules, keys[:len(rules)], strict=True):
        cmp = comparisons[key]
        m = cmp["metrics"].get(rule.metric)
        if m is None:
            why = "; ".join(cmp["warnings"]) or "not recorded in both runs"
            raise HarnessError(f"--fail-on {rule.text!r}: {rule.metric} cannot be compared for {key[1]} "
                               f"({key[0]}): {why}")
        judged.append({**judge(rule, m), "stage": key[0], "task": key[1], "metric": rule.metric})
    failed = [j for j in judged if j["status"] == FAIL]
    return {
        "alpha": alpha, "baseline": run_info(a), "candidate": run_info(b), "comparisons": list(comparisons.values()),
        "rules": judged, "status": "regression" if failed else ("pass" if rules else "not gated"),
        "exit_code": EXIT_REGRESSION if failed else EXIT_PASS,
        "method_differences": method_differences(a, b),
    }


def run_info(r: dict[str, Any]) -> dict[str, Any]:
    """What identifies a run in the gate's output."""
    env = r.get("env") or {}
    return {"path": r.get("_path"), "run_id": r.get("run_id"), "recipe": r.get("recipe"),
            "config_hash": r.get("config_hash"), "created": r.get("created"),
            "git": (env.get("git") or {}).get("sha"), "prompt_template": (r.get("hashes") or {}).get("prompt_template"),
            "stages": list(r.get("stages") or {})}


def method_differences(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """Evaluation settings that differ between the runs, and each stage's numerics where both recorded them (shown;
    they do not block the comparison: e.g. fp32 against bf16 matmuls, as on two kinds of CPU)."""
    ma, mb = a.get("method") or {}, b.get("method") or {}
    out = [f"{k}: {ma.get(k)} vs {mb.get(k)}" for k in sorted(set(ma) | set(mb)) if ma.get(k) != mb.get(k)]
    for stage in sorted(set(a.get("stages") or {}) & set(b.get("stages") or {})):
        na, nb = (r["stages"][stage].get("numerics") for r in (a, b))
        if na and nb and na != nb:
            out.append(f"{stage} numerics: {cpu_matmul.describe(na)} vs {cpu_matmul.describe(nb)}")
    return out


def _p(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def format_table(outcome: dict[str, Any]) -> str:
    """A short plain-text table of the comparison and the rules, for the terminal."""
    rules = {(j["stage"], j["task"], j["metric"]): j for j in outcome["rules"]}
    head = f"{'metric':<28} {'baseline':>8} {'candidate':>9} {'delta':>10} {'95% CI':>16} {'p':>11}  verdict"
    lines = [head]
    for c in outcome["comparisons"]:
        for name, m in c["metrics"].items():
            j = rules.get((c["stage"], c["task"], name))
            gate = f"  [{j['threshold']}: {j['status'].upper()}]" if j else ""
            lo, hi = m["ci95_pts"]
            lines.append(f"{c['stage'] + '/' + c['task'] + '/' + name:<28} {100 * m['a']:>7.1f}% {100 * m['b']:>8.1f}% "
                         f"{m['delta_pts']:>+6.1f} pts {f'[{lo:+.1f}, {hi:+.1f}]':>16} {_p(m['p_value']):>11}  "
                         f"{m['verdict']}{gate}")
    return "\n".join(lines)


def verdict_line(outcome: dict[str, Any]) -> str:
    """One line: PASS, REGRESSION (naming the failed rules) or not gated."""
    failed = [j for j in outcome["rules"] if j["status"] == FAIL]
    if failed:
        parts = [f"{j['stage']}/{j['task']}/{j['metric']} worse by {j['worse']:.1f}{j['unit']} "
                 f"(limit {j['threshold']}, significant)" for j in failed]
        return "gate: REGRESSION: " + "; ".join(parts)
    if not outcome["rules"]:
        return "gate: no --fail-on rule given, nothing gated"
    noisy = [j for j in outcome["rules"] if j["exceeds"]]
    tail = f" ({len(noisy)} drop(s) past the threshold but not significant)" if noisy else ""
    return f"gate: PASS ({len(outcome['rules'])} rule(s)){tail}"
