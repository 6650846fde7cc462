"""`harness sweep RECIPE --grid KEY=V1,V2 ...`: run every variant of a grid, compare each with the first.

Exit codes as `harness compare`: 0 pass, 1 some variant regressed against the first (per
--fail-on), 2 usage error or a variant that cannot be compared.
"""

from __future__ import annotations

import argparse

from harness.cmd_compare import add_gate_options


def add_command(sub: argparse._SubParsersAction) -> None:
    from harness.cli import RUN_STAGES, _common

    p = sub.add_parser("sweep", help="run a grid of recipe variants sharing the base evaluation; compare each with "
                       "the first", description="Run the cartesian product of --grid values (each variant in "
                       "RUN_DIR/<variant>/, stage folders shared in RUN_DIR/stages/, so the base evaluation runs "
                       "once), then compare every variant with the first. Exit codes: 0 pass, 1 regression, 2 "
                       "usage error or incomparable variants.")
    _common(p)
    for action in p._actions:
        if action.dest == "run_dir":
            action.help = "sweep folder (default: runs/RECIPE-sweep)"
    p.add_argument("--grid", action="append", default=[], metavar="KEY=V1,V2",
                   help="a recipe key and its comma-separated values, e.g. --grid train.lr=1e-4,2e-4 (repeatable; "
                   "the variants are the cartesian product, the first is the baseline)")
    p.add_argument("--stages", help=f"comma-separated subset of {','.join(RUN_STAGES)} (default: all)")
    add_gate_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from harness.cli import RUN_STAGES
    from harness.sweep import print_sweep, run_sweep

    stages = RUN_STAGES if not args.stages else [s.strip() for s in args.stages.split(",") if s.strip()]
    sweep = run_sweep(args.recipe, args.grid, list(args.overrides), run_dir=args.run_dir, stages=stages,
                      limit=args.limit, allow_code_execution=args.allow_code_execution,
                      progress=not args.no_progress, fail_on=args.fail_on, alpha=args.alpha)
    print_sweep(sweep)
    return int(sweep["exit_code"])
