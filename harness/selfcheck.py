"""`harness selfcheck`: prove the scorer on known answers before trusting it with model code.

All HumanEval canonical solutions must pass; the empty completion (the bare prompt) and a
``pass`` body must fail, for every problem. All of them run in one parallel batch.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

# kind -> (completion for a problem, whether it must pass)
CASES: dict[str, tuple[str, bool]] = {
    "canonical": ("", True),  # the completion is the problem's canonical solution
    "empty": ("", False),
    "pass": ("    pass\n", False),
}


def add_command(subparsers) -> None:
    from harness.exec_cli import positive_float, positive_int

    p = subparsers.add_parser(
        "selfcheck", help="check the scorer: every canonical solution passes, empty and `pass` bodies fail",
        description="Runs the 164 HumanEval canonical solutions (all must pass) and the empty and `pass` "
        "completions (all must fail) in the sandbox; exit 0 only when all do.",
    )  # fmt: skip
    p.add_argument("--workers", type=positive_int, help="programs run in parallel (default: CPU count)")
    p.add_argument("--timeout", type=positive_float, help="seconds per program, wall and CPU (default: 10)")
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from harness import exec_score as xs
    from harness.sandbox import isolation, limits_for
    from tasks import get_task

    task = get_task("humaneval")
    problems = task.problems()
    cases = [
        (kind, p, p.canonical_solution if kind == "canonical" else completion, must_pass)
        for kind, (completion, must_pass) in CASES.items()
        for p in problems
    ]
    programs = [xs.program(task, p, completion) for _, p, completion, _ in cases]
    start = time.monotonic()
    results = xs.run_programs(programs, limits_for(args.timeout), args.workers, not args.no_progress,
                              "selfcheck")  # fmt: skip
    seconds = time.monotonic() - start
    wrong = []
    for kind in CASES:
        mine = [(c, r) for c, r in zip(cases, results, strict=True) if c[0] == kind]
        right = [(c, r) for c, r in mine if r.passed == c[3]]
        statuses = ", ".join(f"{s} {n}" for s, n in Counter(r.status for _, r in mine).most_common())
        verb = "passed" if mine[0][0][3] else "failed"
        print(f"{kind:>9}: {len(right)}/{len(mine)} {verb} as they must ({statuses})")
        wrong += [(c, r) for c, r in mine if r.passed != c[3]]
    iso = isolation()
    print(f"{len(programs)} programs in {seconds:.1f}s ({len(programs) / seconds:.1f} programs/s); "
          f"sandbox isolation: {'full' if iso.get('full') else 'partial'}")  # fmt: skip
    for (kind, p, _, must_pass), r in wrong[:10]:
        print(f"  wrong: {p.task_id} {kind} should {'pass' if must_pass else 'fail'}, got {r.status} {r.error}")
    print("selfcheck: OK" if not wrong else f"selfcheck: FAILED ({len(wrong)} wrong)")
    return 0 if not wrong else 1
