"""`harness compare BASELINE CANDIDATE --fail-on METRIC:THRESHOLD ...`: the regression gate.

Exit codes: 0 pass (or nothing gated), 1 regression, 2 usage error or a missing / incomparable
baseline. Never a count.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from harness.errors import HarnessError

FAIL_ON_HELP = ("[STAGE/]TASK/METRIC:THRESHOLD, e.g. humaneval/pass@1:-2pp (percentage points) or "
                "merged/humaneval/syntax_valid:-5%% (relative); STAGE defaults to merged, else adapter, else base; "
                "fails when worse by more than THRESHOLD and significant (repeatable)")


def add_gate_options(p: argparse.ArgumentParser) -> None:
    """--fail-on and --alpha, shared with `harness sweep`."""
    p.add_argument("--fail-on", dest="fail_on", action="append", default=[], metavar="METRIC:THRESHOLD",
                   help=FAIL_ON_HELP)
    p.add_argument("--alpha", type=float, default=0.05, help="significance level of the paired tests (default 0.05)")


def add_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("compare", help="regression gate: compare a candidate run with a baseline run",
                       description="Regression gate on saved results. Exit codes: 0 pass, 1 regression, 2 usage "
                       "error or a missing / incomparable baseline.")
    p.add_argument("baseline", type=Path, help="baseline run folder or its results.json")
    p.add_argument("candidate", type=Path, help="candidate run folder or its results.json")
    add_gate_options(p)
    p.add_argument("--out", type=Path, help="where to write compare.md and compare.html (default: the "
                   "candidate's run folder)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from harness.gate import compare_runs, format_table, load_results, parse_rule, verdict_line
    from reports.gate_report import render_compare

    rules = [parse_rule(r) for r in args.fail_on]
    baseline = load_results(args.baseline, "baseline")
    candidate = load_results(args.candidate, "candidate")
    outcome = compare_runs(baseline, candidate, rules, alpha=args.alpha)
    out = args.out or Path(candidate["_path"]).parent
    try:
        paths = render_compare(outcome, out)
    except OSError as e:
        raise HarnessError(f"cannot write the comparison into {out}: {e.strerror}; pick another with --out") \
            from None
    print(format_table(outcome))
    for c in outcome["comparisons"]:
        for w in c["warnings"]:
            print(f"warning: {c['task']} ({c['stage']}): {w}")
    for d in outcome["method_differences"]:
        print(f"warning: evaluation setting differs: {d}")
    print(f"compare: {paths['html']}\nsummary: {paths['md']}")
    print(verdict_line(outcome))
    return int(outcome["exit_code"])
