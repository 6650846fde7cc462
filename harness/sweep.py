"""A grid of recipe variants, each run through the pipeline, each compared with the first.

Layout of a sweep folder::

    RUN_DIR/stages/<stage>-<key>/   every variant's stage folders, shared: the pipeline reuses any
                                    stage whose inputs match, so eval-base runs once for a grid
                                    over training keys (and train/merge once for a grid over eval keys)
    RUN_DIR/<variant>/              results.json, config.yaml, report.html, summary.md per variant
    RUN_DIR/sweep.json|md|html      every variant against the first (the gate of `harness compare`)
"""

from __future__ import annotations

import itertools
import json
import re
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.config import RunConfig, config_hash, dump_yaml
from harness.errors import HarnessError
from harness.gate import Rule, compare_runs, format_table, parse_rule, verdict_line
from harness.pipeline import EVAL_STAGES

STAGES_DIR = "stages"


@dataclass(frozen=True)
class Variant:
    """One point of the grid: ``values`` maps each grid key to its value as typed."""

    name: str
    values: dict[str, str]

    @property
    def overrides(self) -> list[str]:
        return [f"{k}={v}" for k, v in self.values.items()]


def parse_grid(items: list[str]) -> list[tuple[str, list[str]]]:
    """``["train.lr=1e-4,2e-4", ...]`` -> ``[("train.lr", ["1e-4", "2e-4"]), ...]``."""
    grid: list[tuple[str, list[str]]] = []
    for item in items:
        key, sep, raw = item.partition("=")
        key = key.strip()
        values = [v.strip() for v in raw.split(",")]
        if not sep or not key or not raw.strip() or any(not v for v in values):
            raise HarnessError(f"--grid {item!r}: expected KEY=V1,V2,..., e.g. --grid train.lr=1e-4,2e-4")
        if len(set(values)) != len(values):
            raise HarnessError(f"--grid {item!r}: a value is listed twice")
        if key in (k for k, _ in grid):
            raise HarnessError(f"--grid {key}: given twice; list all its values in one --grid")
        grid.append((key, values))
    return grid


def variant_name(values: dict[str, str]) -> str:
    """A folder name: ``train.lr=1e-4,lora.r=8`` (characters unsafe in a path become ``_``)."""
    return ",".join(f"{k}={re.sub(r'[^A-Za-z0-9._@+-]', '_', v)}" for k, v in values.items())


def expand(grid: list[tuple[str, list[str]]]) -> list[Variant]:
    """The cartesian product, in the order given; the first variant is the baseline."""
    out, seen = [], set()
    for combo in itertools.product(*(values for _, values in grid)):
        values = dict(zip((k for k, _ in grid), combo, strict=True))
        name = variant_name(values)
        if name in seen:
            raise HarnessError(f"--grid: two variants would share the folder name {name!r}; use distinct values")
        seen.add(name)
        out.append(Variant(name, values))
    return out


def _check_rules(rules: list[Rule], cfg: RunConfig, stages: list[str]) -> None:
    evaluated = [EVAL_STAGES[s] for s in stages if s in EVAL_STAGES]
    if not evaluated:
        raise HarnessError(f"--stages {','.join(stages)}: a sweep needs an evaluation stage to compare "
                           f"({', '.join(EVAL_STAGES)})")
    for r in rules:
        if r.task not in cfg.eval.tasks:
            raise HarnessError(f"--fail-on {r.text!r}: task '{r.task}' is not evaluated (eval.tasks: "
                               f"{', '.join(cfg.eval.tasks)})")
        if r.stage is not None and r.stage not in evaluated:
            raise HarnessError(f"--fail-on {r.text!r}: stage '{r.stage}' is not run (evaluated: "
                               f"{', '.join(evaluated)})")


def plan(recipe: str, grid_items: list[str], overrides: list[str],
         limit: int | None = None) -> list[tuple[Variant, RunConfig]]:
    """Validate the whole grid before anything runs: every variant's config must load."""
    from harness.registry import load_recipe

    grid = parse_grid(grid_items)
    variants = expand(grid)
    if len(variants) < 2:
        raise HarnessError("--grid: a sweep needs at least two variants, e.g. --grid train.lr=1e-4,2e-4 "
                           "(one configuration is `harness run`)")
    set_keys = {o.partition("=")[0].strip() for o in overrides}
    both = [k for k, _ in grid if k in set_keys]
    if both:
        raise HarnessError(f"{both[0]} is given with both --set and --grid; keep it in --grid only")
    base = list(overrides) + ([f"eval.limit={limit}"] if limit is not None else [])
    return [(v, load_recipe(recipe, base + v.overrides)) for v in variants]


def _command(recipe: str, overrides: list[str], limit: int | None, variant: Variant, stages: list[str],
             all_stages: bool) -> str:
    argv = ["harness", "run", recipe]
    if not all_stages:
        argv += ["--stages", ",".join(stages)]
    if limit is not None:
        argv += ["--limit", str(limit)]
    for o in [*overrides, *variant.overrides]:
        argv += ["--set", o]
    return shlex.join([*argv, "--allow-code-execution"])


def _metric_values(results: dict[str, Any]) -> dict[str, Any]:
    """``{stage: {task: {metric: {"value", "ci95"}}}}``: what the sweep table shows per variant."""
    return {s: {t: {m: {"value": v.get("value"), "ci95": v.get("ci95")}
                    for m, v in (tr.get("metrics") or {}).items() if isinstance(v, dict) and "value" in v}
                for t, tr in (d.get("tasks") or {}).items()}
            for s, d in (results.get("stages") or {}).items()}


def _write_json(path: Path, obj: Any) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(obj, indent=1, default=str))
    tmp.replace(path)


def run_sweep(recipe: str, grid_items: list[str], overrides: list[str], run_dir: Path | None = None,
              stages: list[str] | None = None, limit: int | None = None, allow_code_execution: bool = False,
              progress: bool = True, fail_on: list[str] | None = None, alpha: float = 0.05) -> dict[str, Any]:
    """Run every variant (stage folders shared), write per-variant results and reports, then compare
    each variant with the first and write ``sweep.json``, ``sweep.md`` and ``sweep.html``."""
    from harness.config import STAGES
    from harness.pipeline import Run, run_pipeline

    stages = list(stages or STAGES)
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        raise HarnessError(f"unknown stage '{unknown[0]}'; stages: {', '.join(STAGES)}")
    if not 0 < alpha < 1:
        raise HarnessError(f"--alpha must lie strictly between 0 and 1, got {alpha}")
    rules = [parse_rule(r) for r in fail_on or []]
    planned = plan(recipe, grid_items, overrides, limit)
    _check_rules(rules, planned[0][1], stages)
    if not allow_code_execution:
        raise HarnessError("evaluation runs model-written code; pass --allow-code-execution to allow it "
                           "(each program runs in a sandboxed subprocess)")
    run_dir = Path(run_dir or Path("runs") / f"{planned[0][1].recipe}-sweep")
    shared = run_dir / STAGES_DIR
    pipeline_stages = [s for s in stages if s != "report"]
    variants: list[dict[str, Any]] = []
    results_by_name: dict[str, dict[str, Any]] = {}
    for i, (variant, cfg) in enumerate(planned, 1):
        print(f"[sweep] variant {i}/{len(planned)}: {variant.name}", flush=True)
        (shared / "results.json").unlink(missing_ok=True)  # the pipeline's, of the previous variant
        results = run_pipeline(Run(cfg, shared, allow_code_execution=True, progress=progress), pipeline_stages)
        out = run_dir / variant.name
        out.mkdir(parents=True, exist_ok=True)
        results.update(run_id=variant.name, sweep={"variant": variant.name, "grid": variant.values,
                                                   "baseline": planned[0][0].name, "stage_dir": str(shared)},
                       command=_command(recipe, overrides, limit, variant, stages, stages == list(STAGES)))
        (out / "config.yaml").write_text(dump_yaml(cfg))
        _write_json(out / "results.json", results)
        if "report" in stages:
            from reports import render_report

            render_report(results, out)
        results_by_name[variant.name] = {**results, "_path": str(out / "results.json")}
        variants.append({"name": variant.name, "values": variant.values, "dir": str(out), "command": results["command"],
                         "config_hash": config_hash(cfg),
                         "stage_keys": {s: k for s, k in (results.get("stage_keys") or {}).items() if s in pipeline_stages},
                         "stages": _metric_values(results), "report": "report" in stages})
    for leftover in ("results.json", "config.yaml"):  # per-variant copies live in the variant folders
        (shared / leftover).unlink(missing_ok=True)
    return _gate(run_dir, recipe, parse_grid(grid_items), variants, results_by_name, rules, alpha, stages)


def _gate(run_dir: Path, recipe: str, grid: list[tuple[str, list[str]]], variants: list[dict[str, Any]],
          results: dict[str, dict[str, Any]], rules: list[Rule], alpha: float, stages: list[str]) -> dict[str, Any]:
    """Compare every variant with the first; write sweep.json / .md / .html; exit code 2 > 1 > 0."""
    from reports.gate_report import render_sweep

    first = variants[0]["name"]
    for v in variants[1:]:
        try:
            v["outcome"] = compare_runs(results[first], results[v["name"]], rules, alpha=alpha)
        except HarnessError as e:  # e.g. a grid over eval.prompt_mode
            v["outcome"], v["error"] = None, str(e)
    errors = [v for v in variants[1:] if v.get("error")]
    regressed = [v for v in variants[1:] if v.get("outcome") and v["outcome"]["exit_code"] != 0]
    sweep = {
        "recipe": recipe, "run_dir": str(run_dir), "grid": dict(grid), "baseline": first, "alpha": alpha,
        "stages": stages, "rules": [r.text for r in rules], "variants": variants,
        "status": "incomparable" if errors else "regression" if regressed else "pass" if rules else "not gated",
        "exit_code": 2 if errors else 1 if regressed else 0,
    }
    _write_json(run_dir / "sweep.json", sweep)
    sweep["paths"] = {k: str(p) for k, p in render_sweep(sweep, run_dir).items()}
    return sweep


def print_sweep(sweep: dict[str, Any]) -> None:
    """Each variant's comparison with the first, its gate line, and where the reports are."""
    print(f"sweep: {len(sweep['variants'])} variants, baseline {sweep['baseline']}")
    for v in sweep["variants"][1:]:
        print(f"\n{v['name']} vs {sweep['baseline']}:")
        if v.get("error"):
            print(f"  error: {v['error']}")
            continue
        print(format_table(v["outcome"]))
        print(verdict_line(v["outcome"]))
    print(f"\nsweep report: {sweep['paths']['html']}\nsummary: {sweep['paths']['md']}")
    failed = [v["name"] for v in sweep["variants"][1:] if v.get("outcome") and v["outcome"]["exit_code"]]
    if sweep["exit_code"] == 2:
        print("sweep: some variants cannot be compared with the first (see above)")
    elif failed:
        print(f"sweep: REGRESSION in {', '.join(failed)}")
    elif sweep["rules"]:
        print("sweep: PASS")
