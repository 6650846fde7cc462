"""Scoring shared by execution-based tasks: extract, parse, run every sample in one sandbox batch."""

from __future__ import annotations

import ast
from collections.abc import Sequence

from harness import sandbox
from harness.errors import HarnessError
from harness.sandbox import Limits
from tasks.base import Problem, Task, check_mode

FIELDS = ("status", "syntax_ok", "finish", "code", "error")


def score_samples(
    task: Task,
    problems: Sequence[Problem],
    generations: dict[str, list[dict]],
    mode: str,
    limits: Limits = Limits(),  # noqa: B008
    workers: int | None = None,
) -> list[dict]:
    """Per-problem records (see ``harness.metrics.summarize``), all samples run in one batch.

    Uses the task's ``extract_code``, ``syntax_ok`` and ``test_program``. A sample that does not
    parse is "syntax_error" without running; a sample that hit the length cap (finish == "length")
    and did not pass is "truncated"; otherwise the status is the sandbox's. Identical programs run
    once.
    """
    check_mode(mode)
    missing = [p.task_id for p in problems if not generations.get(p.task_id)]
    if missing:
        raise HarnessError(f"no generations for {len(missing)} problem(s), e.g. {missing[0]}")
    samples = [
        (p, task.extract_code(p, g["text"], mode), g.get("finish", "stop"))
        for p in problems
        for g in generations[p.task_id]
    ]
    parses = [task.syntax_ok(code) for _, code, _ in samples]
    programs = list(
        dict.fromkeys(task.test_program(p, c) for (p, c, _), ok in zip(samples, parses, strict=True) if ok)
    )
    outcomes = sandbox.run_many(programs, limits, workers, desc=f"execute {task.name}")
    results = dict(zip(programs, outcomes, strict=True))
    records: dict[str, dict] = {}
    for (p, code, finish), ok in zip(samples, parses, strict=True):
        if ok:
            res = results[task.test_program(p, code)]
            status, error = res.status, res.error
        else:
            status, error = "syntax_error", syntax_error(code)
        if finish == "length" and status != "passed":
            status = "truncated"
        rec = records.setdefault(p.task_id, _new_record(p))
        for key, value in zip(FIELDS, (status, ok, finish, code, error), strict=True):
            rec[key].append(value)
        rec["n"] += 1
        rec["c"] += status == "passed"
    return list(records.values())


def _new_record(p: Problem) -> dict:
    return {"task_id": p.task_id, "n": 0, "c": 0, **{k: [] for k in FIELDS}, "prompt": p.prompt}


def syntax_error(code: str) -> str:
    """The parser's one-line complaint about ``code`` ("" when it parses)."""
    try:
        ast.parse(code)
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} (line {e.lineno})"
    except (ValueError, RecursionError, MemoryError) as e:
        return f"{type(e).__name__}: {e}"
    return ""


class ScoredByExecution:
    """Mixin: a task's ``score`` is ``score_samples`` over its own extract/parse/test-program methods."""

    def score(
        self,
        problems: Sequence[Problem],
        generations: dict[str, list[dict]],
        mode: str,
        limits: Limits = Limits(),  # noqa: B008
        workers: int | None = None,
    ) -> list[dict]:
        """Per-problem records, all samples run in one sandbox batch (see ``score_samples``)."""
        return score_samples(self, problems, generations, mode, limits, workers)
