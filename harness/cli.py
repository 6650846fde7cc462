"""The `harness` command: run | eval | train | merge | report | ls."""

from __future__ import annotations

import argparse
import errno
import json
import os
import shlex
import sys
from pathlib import Path

from harness.errors import HarnessError

RUN_STAGES = ["eval-base", "train", "eval-adapter", "merge", "eval-merged", "report"]
# verbs that live in their own module: each defines `add_command(subparsers)`, which registers a
# subparser whose `func` default takes the parsed args and returns an exit code
COMMAND_MODULES: tuple[str, ...] = ("harness.exec_cli", "harness.selfcheck", "harness.bench", "harness.cmd_compare",
                                   "harness.cmd_sweep", "harness.cmd_data")


def _common(p: argparse.ArgumentParser, recipe: bool = True) -> None:
    if recipe:
        p.add_argument("recipe", nargs="?", default="smollm2-135m",
                       help="recipe name (see `harness ls`) or a YAML file (default: smollm2-135m)")
    p.add_argument("--run-dir", type=Path, help="run folder (default: runs/RECIPE)")
    p.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
                   help="override any recipe key, e.g. --set train.lr=1e-4 (repeatable)")
    p.add_argument("--limit", type=int, help="evaluate only the first N problems of each task")
    p.add_argument("--gpus", type=int, help="GPUs to use: generation shards the samples across them (eval.gpus) "
                   "and training runs data parallel through accelerate (train.gpus)")
    p.add_argument("--allow-code-execution", action="store_true",
                   help="allow running model-written code (sandboxed subprocesses); needed to score")
    p.add_argument("--no-progress", action="store_true", help="hide progress bars")
    p.add_argument("--verbose", action="store_true", help="show library warnings")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="harness", description=__doc__.splitlines()[0] + " "
                                     "Evaluate, QLoRA-fine-tune, merge and re-evaluate code LLMs.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("run", help="the whole pipeline: eval-base, train, eval-adapter, merge, eval-merged, "
                       "report")
    _common(p)
    p.add_argument("--stages", help=f"comma-separated subset of {','.join(RUN_STAGES)}")
    p = sub.add_parser("eval", help="evaluate one model (the recipe's, or --model) on the tasks")
    _common(p)
    p.add_argument("--model", help="hub id, local folder or .gguf file (overrides model.name_or_path)")
    p = sub.add_parser("train", help="QLoRA SFT of the recipe's model on its dataset")
    _common(p)
    p = sub.add_parser("merge", help="merge the trained adapter into a 16-bit base (trains first if needed)")
    _common(p)
    p = sub.add_parser("report", help="render report.html and summary.md from a run folder's results.json")
    p.add_argument("run_dir", type=Path, help="run folder (or its results.json)")
    sub.add_parser("ls", help="list recipes and tasks")
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name).add_command(sub)
    return parser


def _load_cfg(args):
    from harness.registry import load_recipe

    overrides = list(args.overrides)
    if args.limit is not None:
        overrides.append(f"eval.limit={args.limit}")
    if getattr(args, "gpus", None) is not None:
        overrides += [f"eval.gpus={args.gpus}", f"train.gpus={args.gpus}"]
    if getattr(args, "model", None):
        overrides.append(f"model.name_or_path={args.model}")
    return load_recipe(args.recipe, overrides)


def _run(args, stages: list[str]) -> int:
    from harness.pipeline import Run, run_pipeline

    cfg = _load_cfg(args)
    run_dir = args.run_dir or Path("runs") / cfg.recipe
    run = Run(cfg, run_dir, allow_code_execution=args.allow_code_execution, progress=not args.no_progress,
              command=shlex.join(["harness", *(args.argv or [])]))
    results = run_pipeline(run, stages)
    _print_summary(results, run_dir)
    return 0


def _print_summary(results: dict, run_dir: Path) -> None:
    for stage, data in results.get("stages", {}).items():
        for task, tr in data.get("tasks", {}).items():
            m = tr["metrics"].get("pass@1", {})
            lo, hi = m.get("ci95", [float("nan")] * 2)
            print(f"{stage:>8} {task}: pass@1 {m.get('value', float('nan')):.3f} [{lo:.3f}, {hi:.3f}] "
                  f"over {tr['n_problems']} problems")
    print(f"results: {run_dir / 'results.json'}")


def _report(args) -> int:
    from reports import render_report

    path = args.run_dir / "results.json" if args.run_dir.is_dir() else args.run_dir
    if not path.is_file():
        raise HarnessError(f"no results.json at {path}; run `harness run` first or pass a run folder")
    try:
        results = json.loads(path.read_text())
    except json.JSONDecodeError as e:
        raise HarnessError(f"{path} is not valid JSON ({e.msg}); re-run `harness run` to rewrite it") from None
    paths = render_report(results, path.parent)
    print(f"report: {paths['html']}\nsummary: {paths['md']}")
    return 0


def _ls() -> int:
    from harness.registry import list_recipes, recipe_description
    from tasks import get_task, list_tasks

    print("recipes:")
    for name in list_recipes():
        print(f"  {name:<18} {recipe_description(name)}")
    print("tasks:")
    for name in list_tasks():
        print(f"  {name:<18} version {get_task(name).version}")
    return 0


def _quiet_libraries(verbose: bool) -> None:
    if verbose:
        return
    import warnings

    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    warnings.filterwarnings("ignore")


def dispatch(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.argv = list(sys.argv[1:] if argv is None else argv)
    _quiet_libraries(getattr(args, "verbose", False))
    if getattr(args, "func", None) is not None:
        return args.func(args)
    if args.command == "ls":
        return _ls()
    if args.command == "report":
        return _report(args)
    if args.command == "run":
        stages = RUN_STAGES if not args.stages else [s.strip() for s in args.stages.split(",") if s.strip()]
        return _run(args, stages)
    if args.command == "eval":
        return _run(args, ["eval-base", "report"])
    if args.command == "train":
        return _run(args, ["train"])
    if args.command == "merge":
        return _run(args, ["train", "merge"])
    raise HarnessError(f"unknown command {args.command}")


def main(argv: list[str] | None = None) -> None:
    """Entry point: bad input is one line on stderr and exit code 2, never a traceback."""
    try:
        code = dispatch(argv)
    except HarnessError as e:
        print(f"harness: error: {e}", file=sys.stderr)
        code = e.exit_code
    except BrokenPipeError:  # e.g. `harness ls | head`
        code = 0
    except KeyboardInterrupt:
        print("harness: interrupted; finished work is kept in the run folder and reused next time",
              file=sys.stderr)
        code = 130
    except OSError as e:
        if e.errno != errno.ENOSPC:
            raise
        print(f"harness: error: no space left on the device ({e.filename or 'run folder'}); free space and "
              "run again (finished work is kept)", file=sys.stderr)
        code = 2
    sys.exit(code)


if __name__ == "__main__":
    main()
