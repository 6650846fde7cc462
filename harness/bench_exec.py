"""`harness bench exec`: sandbox throughput on the HumanEval canonical solutions.

Runs every canonical solution ``--copies`` times in parallel, then a subset one at a time
(``workers=1``), and reports programs/s and whether the statuses agree: parallel vs one at a
time, and across the copies of each problem.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path

GOAL_PROGRAMS_PER_S = 40.0


def add_bench_command(subparsers) -> None:
    from harness.exec_cli import positive_float, positive_int

    p = subparsers.add_parser("exec", help="sandbox throughput: canonical HumanEval solutions x copies",
                              description=__doc__.split("\n\n")[1].replace("\n", " "))
    p.add_argument("--copies", type=positive_int, default=20, help="runs of each solution (default: 20)")
    p.add_argument("--workers", type=positive_int, help="programs run in parallel (default: CPU count)")
    p.add_argument("--serial", type=int, default=164,
                   help="programs re-run one at a time to compare statuses (default: 164; 0 skips)")
    p.add_argument("--limit", type=positive_int, help="use only the first N problems")
    p.add_argument("--timeout", type=positive_float, help="seconds per program, wall and CPU (default: 10)")
    p.add_argument("--out", type=Path, required=True, help="JSON report to write")
    p.add_argument("--no-progress", action="store_true", help="hide the progress bars")
    p.set_defaults(func=run)


def _cpu_s() -> float:
    """CPU seconds of this process and its reaped children (the sandboxed programs)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _timed(programs: list[str], limits, workers: int | None, progress: bool, desc: str) -> tuple[list, dict]:
    from harness.sandbox import run_many

    cpu, start = _cpu_s(), time.monotonic()
    results = run_many(programs, limits, workers, progress, desc)
    wall, cpu = time.monotonic() - start, _cpu_s() - cpu
    n = max(1, len(programs))
    return results, {"programs": len(programs), "wall_s": round(wall, 3),
                     "programs_per_s": round(len(programs) / wall, 2) if wall else None,
                     "cpu_ms_per_program": round(1000 * cpu / n, 2)}  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from collections import Counter

    from harness import exec_score as xs
    from harness.errors import HarnessError
    from harness.sandbox import isolation, limits_for
    from tasks import get_task

    if args.out.is_dir():
        raise HarnessError(f"--out {args.out} is a folder; name the JSON file to write")
    xs.make_dir(args.out.parent)
    task = get_task("humaneval")
    problems = task.problems(args.limit)
    base = [xs.program(task, p, p.canonical_solution) for p in problems]
    programs = base * args.copies
    limits = limits_for(args.timeout)
    workers = args.workers or len(os.sched_getaffinity(0))
    load_before = os.getloadavg()
    par, par_fig = _timed(programs, limits, workers, not args.no_progress, f"bench exec x{workers}")
    n_serial = max(0, min(args.serial, len(programs)))
    ser, ser_fig = _timed(programs[:n_serial], limits, 1, not args.no_progress, "one at a time")
    mismatches = [
        {"program": i, "task_id": problems[i % len(base)].task_id, "parallel": a.status, "serial": b.status}
        for i, (a, b) in enumerate(zip(par, ser, strict=False)) if a.status != b.status
    ]  # fmt: skip
    inconsistent = sorted({problems[j].task_id for j in range(len(base))
                           if len({r.status for r in par[j :: len(base)]}) > 1})  # fmt: skip
    identical = not mismatches and not inconsistent
    report = {
        "benchmark": "exec", "task": task.name, "problems": len(base), "copies": args.copies,
        "workers": workers, "cpu_count": os.cpu_count(), "nice": os.nice(0),
        "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
        "parallel": {**par_fig, "status_counts": dict(Counter(r.status for r in par))},
        "serial": {**ser_fig, "status_counts": dict(Counter(r.status for r in ser))},
        "identical": identical, "mismatches": mismatches[:50], "inconsistent_across_copies": inconsistent,
        "goal_programs_per_s": GOAL_PROGRAMS_PER_S,
        "meets_goal": (par_fig["programs_per_s"] or 0) >= GOAL_PROGRAMS_PER_S,
        "limits": vars(limits), "isolation": isolation(),
    }  # fmt: skip
    xs.write_json(args.out, report)
    _print(report, args.out)
    return 0 if identical else 1


def _print(r: dict, out: Path) -> None:
    par, ser = r["parallel"], r["serial"]
    print(f"parallel: {par['programs']} programs in {par['wall_s']:.1f}s = {par['programs_per_s']} programs/s "
          f"with {r['workers']} workers ({par['cpu_ms_per_program']} ms CPU each; goal "
          f"{r['goal_programs_per_s']:g}/s: {'met' if r['meets_goal'] else 'NOT met'})")
    if ser["programs"]:
        print(f"one at a time: {ser['programs']} programs in {ser['wall_s']:.1f}s = {ser['programs_per_s']} "
              "programs/s")
    print(f"statuses {'identical' if r['identical'] else 'DIFFER'} (parallel vs one at a time, and across "
          f"copies); status counts {par['status_counts']}; load average before {r['loadavg_before'][0]}")
    print(f"report: {out}")
