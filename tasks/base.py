"""What a task is: a list of problems, how to prompt for them, and how to score generations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from harness.errors import HarnessError
from harness.sandbox import Limits

MODES = ("chat", "completion")


@dataclass(frozen=True)
class Problem:
    """One problem: the prompt shown to the model and the hidden test that judges it."""

    task_id: str
    prompt: str
    entry_point: str
    test: str
    canonical_solution: str = ""
    meta: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Task(Protocol):
    """A benchmark registered by name (see ``tasks.get_task``); bump ``version`` on any prompt or
    scoring change, so that results of different versions are never compared.

    Optional hooks (not part of the protocol check):

    - ``bind(cfg: RunConfig) -> Task``: the task as a given run sees it (e.g. over the run's
      dataset); ``tasks.get_task(name, cfg)`` calls it when present.
    - ``identity() -> dict``: JSON-able facts beyond ``version`` that change what the task
      measures (e.g. a dataset hash); evaluation stage keys include it, so a change re-evaluates.
    """

    name: str
    version: str

    def problems(self, limit: int | None = None) -> list[Problem]: ...

    def build_prompt(self, problem: Problem, tokenizer: Any, mode: str) -> str: ...

    def prompt_template(self, mode: str) -> str: ...

    def stop_sequences(self, mode: str) -> list[str]: ...

    def extract_code(self, problem: Problem, generation: str, mode: str) -> str: ...

    def syntax_ok(self, code: str) -> bool: ...

    def test_program(self, problem: Problem, code: str) -> str: ...

    def score(
        self,
        problems: Sequence[Problem],
        generations: dict[str, list[dict]],
        mode: str,
        limits: Limits = ...,
        workers: int | None = None,
    ) -> list[dict]: ...


def check_mode(mode: str) -> str:
    """Return ``mode`` if it is a known prompting mode, else raise a HarnessError."""
    if mode not in MODES:
        raise HarnessError(f"unknown prompt mode {mode!r}; use one of: {', '.join(MODES)}")
    return mode
