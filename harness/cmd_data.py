"""`harness data check [DATASET]`: is the training set contaminated with HumanEval?

Exit codes: 0 clean, 1 at least one hit, 2 usage error (missing file, bad option, no rows).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from harness.errors import HarnessError

DEFAULT_DATASET = "shipped:code_instructions"


def add_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("data", help="training-data checks (contamination with HumanEval)")
    dsub = p.add_subparsers(dest="data_command", required=True)
    c = dsub.add_parser(
        "check", help="13-gram overlap and near-duplicates between a training set and HumanEval",
        description="List every row of DATASET that shares an n-gram with a HumanEval prompt or canonical "
        "solution, or is a near-duplicate of one (Jaccard of 5-word shingles). Text is lowercased, "
        "non-alphanumerics become spaces. Exit codes: 0 clean, 1 contaminated, 2 usage error.")
    c.add_argument("dataset", nargs="?", default=DEFAULT_DATASET,
                   help=f"shipped:NAME, a local .jsonl/.json file, or a hub dataset id (default: {DEFAULT_DATASET})")
    c.add_argument("--split", default="train", help="split of a hub dataset (default: train)")
    c.add_argument("--ngram", type=int, default=13, metavar="N", help="n-gram size in words (default: 13)")
    c.add_argument("--jaccard", type=float, default=0.5, metavar="X",
                   help="near-duplicate threshold on shingle-set Jaccard similarity (default: 0.5)")
    c.add_argument("--json", type=Path, metavar="FILE", help="write the full report as JSON to FILE")
    c.set_defaults(func=run_check)


def read_rows(source: str, split: str = "train") -> tuple[list[dict], list[str], list[str]]:
    """Every record of a dataset named as `data.path` names it: (rows, labels, unreadable records).

    Unlike training, nothing is deduplicated or split off; a row is named by its `id`, else by its
    place (file:line, or hub[index])."""
    from harness.data import _read_hub, _read_local, shipped_path

    if source.startswith("shipped:"):
        records = _read_local(shipped_path(source.split(":", 1)[1]))
    elif Path(source).suffix in (".jsonl", ".json") or Path(source).exists():
        if not Path(source).is_file():
            raise HarnessError(f"dataset file not found: {source}")
        try:
            records = _read_local(Path(source))
        except (OSError, UnicodeDecodeError) as e:
            raise HarnessError(f"cannot read {source}: {getattr(e, 'strerror', None) or e}") from None
    else:
        records = _read_hub(source, split)
    rows, labels, skipped = [], [], []
    for where, row in records:
        if not isinstance(row, dict):
            skipped.append(f"{where}: {row if isinstance(row, Exception) else 'not a JSON object'}")
            continue
        rows.append(row)
        labels.append(str(row["id"]) if row.get("id") not in (None, "") else where)
    return rows, labels, skipped


def run_check(args: argparse.Namespace) -> int:
    from harness.decontam import check_rows, describe

    start = time.perf_counter()
    rows, labels, skipped = read_rows(args.dataset, args.split)
    if not rows:
        raise HarnessError(f"dataset {args.dataset} has no rows to check")
    report = check_rows(rows, ngram=args.ngram, jaccard=args.jaccard, labels=labels)
    report = {"dataset": args.dataset, **report, "skipped": skipped,
              "seconds": round(time.perf_counter() - start, 3)}
    for line in skipped:
        print(f"warning: unreadable row {line}")
    for hit in report["hits"]:
        print(describe(hit))
    if args.json:
        try:
            args.json.write_text(json.dumps(report, indent=2) + "\n")
        except OSError as e:
            raise HarnessError(f"cannot write {args.json}: {e.strerror}") from None
    n = report["rows_checked"]
    if report["clean"]:
        print(f"{n} rows checked: clean")
        return 0
    print(f"{n} rows checked: {report['contaminated_rows']} contaminated rows ({len(report['hits'])} hits)")
    return 1
