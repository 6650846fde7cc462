"""The heldout task: execution-based pass@k on the held-out rows of the run's SFT dataset.

Each held-out row (never trained on, see ``harness.data.split_heldout``) with a ``test`` program
is a problem: the model answers the row's user message, and ``code + "\\n\\n" + test`` must exit 0.

Prompts:

- chat: the tokenizer's chat template over the user message exactly as training builds it
  (``harness.train.user_message``), a generation prompt, then the opening ```` ```python ```` fence
  that every trained answer starts with (``harness.train.answer_text``); generation stops at the
  closing fence (or EOS).
- completion (base models): the user message as a Python comment block under ``# Task:``, then
  ``# Solution in Python:``; generation stops at the next top-level script statement or task.
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from harness.errors import HarnessError
from tasks.base import Problem, check_mode
from tasks.humaneval.extract import cut_at_stops, fenced_blocks, syntax_ok
from tasks.scoring import ScoredByExecution

if TYPE_CHECKING:
    from harness.config import DataConfig, RunConfig
    from harness.data import Dataset

RESPONSE_PREFIX = "```python\n"
CHAT_STOPS = ["\n```"]
COMPLETION_HEAD = "# Task:\n"
COMPLETION_TAIL = "# Solution in Python:\n"
COMPLETION_STOPS = ["\n```", "\n# Task:", "\nif __name__", "\nprint(", "\nassert "]

_CACHE: dict[str, tuple[Dataset, list[dict]]] = {}


class HeldOut(ScoredByExecution):
    """Held-out rows of ``data`` (the default data config when unbound) that carry a ``test``."""

    name = "heldout"
    version = "1"

    def __init__(self, data: DataConfig | None = None) -> None:
        self._data = data

    def bind(self, cfg: RunConfig) -> HeldOut:
        """This task over ``cfg.data``'s held-out split."""
        return HeldOut(cfg.data)

    @property
    def data(self) -> DataConfig:
        from harness.config import DataConfig

        return self._data if self._data is not None else DataConfig()

    def identity(self) -> dict:
        """Dataset hash, problem count and a hash of the problems: changes whenever the rows do."""
        ds, _ = _heldout(self.data)
        problems = self.problems()
        digest = hashlib.sha256(
            json.dumps([[p.task_id, p.prompt, p.test] for p in problems]).encode()
        ).hexdigest()
        return {"dataset_sha": ds.sha256, "n_problems": len(problems), "problems_sha": digest[:16]}

    def problems(self, limit: int | None = None) -> list[Problem]:
        """One problem per held-out row with a test, in dataset order; the first ``limit`` if given."""
        from harness.train import user_message

        _, rows = _heldout(self.data)
        seen: set[str] = set()
        out = []
        for i, row in rows[:limit]:
            task_id = f"heldout/{row.get('id', i)}"
            if task_id in seen:  # ids are not guaranteed unique in user datasets
                task_id = f"{task_id}#{i}"
            seen.add(task_id)
            out.append(
                Problem(
                    task_id,
                    user_message(row),
                    _entry_point(row["output"], row["test"]),
                    row["test"],
                    row["output"],
                    {"index": i},
                )
            )
        return out

    def build_prompt(self, problem: Problem, tokenizer: Any, mode: str) -> str:
        """The chat turn as in training plus the opening fence (chat), or the comment block (completion)."""
        if check_mode(mode) == "completion":
            return COMPLETION_HEAD + _comment(problem.prompt) + COMPLETION_TAIL
        if not getattr(tokenizer, "chat_template", None):
            name = getattr(tokenizer, "name_or_path", "") or type(tokenizer).__name__
            raise HarnessError(
                f"tokenizer {name!r} has no chat template; use prompt mode 'completion' for base models "
                "or set a chat template on the tokenizer"
            )
        messages = [{"role": "user", "content": problem.prompt}]
        rendered = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        return rendered + RESPONSE_PREFIX

    def prompt_template(self, mode: str) -> str:
        """Canonical text of the template (its hash goes into the results)."""
        if check_mode(mode) == "completion":
            return f"{COMPLETION_HEAD}# {{user_message}}\n{COMPLETION_TAIL}"
        return f"[user]\n{{user_message}}\n[assistant]\n{RESPONSE_PREFIX}"

    def stop_sequences(self, mode: str) -> list[str]:
        """The closing fence (chat) or the start of a script / another task (completion)."""
        return list(CHAT_STOPS if check_mode(mode) == "chat" else COMPLETION_STOPS)

    def extract_code(self, problem: Problem, generation: str, mode: str) -> str:
        """The model's code, never the prompt: the block that defines the expected name, else the
        first block that parses, else the first block (a generation starts inside an open fence)."""
        if check_mode(mode) == "completion":
            generation = cut_at_stops(generation, COMPLETION_STOPS)
        blocks = fenced_blocks(generation)
        name = problem.entry_point
        defining = [b for b in blocks if name and _defines(b, name)]
        parsing = [b for b in defining or blocks if syntax_ok(b)]
        code = (parsing or defining or blocks or [""])[0]
        return code.strip("\n") + "\n"

    def syntax_ok(self, code: str) -> bool:
        return syntax_ok(code)

    def test_program(self, problem: Problem, code: str) -> str:
        """The program the sandbox runs: the candidate code, then the row's test."""
        return code + "\n\n" + problem.test


def _heldout(data: DataConfig) -> tuple[Dataset, list[tuple[int, dict]]]:
    """The dataset and its (index, row) held-out rows that have a test; cached per config and file."""
    from harness.data import load_dataset

    key = json.dumps([asdict(data), _stamp(data.path)], sort_keys=True, default=str)
    if key not in _CACHE:
        ds = load_dataset(data)
        rows = [
            (i, r) for i, r in enumerate(ds.heldout) if isinstance(r.get("test"), str) and r["test"].strip()
        ]
        if not rows:
            why = (
                f"holds out no rows at data.heldout_fraction={data.heldout_fraction}"
                if not ds.heldout
                else "has none"
            )
            raise HarnessError(
                f"the heldout task needs held-out rows with a `test` field; dataset {data.path} "
                f"{why} (drop heldout from eval.tasks)"
            )
        if len(_CACHE) >= 8:
            _CACHE.clear()
        _CACHE[key] = (ds, rows)
    ds, rows = _CACHE[key]
    return ds, rows


def _stamp(path: str) -> list[int] | None:
    """Modification time and size of a local dataset file, so that an edited file is reloaded."""
    from harness.data import shipped_path

    try:
        p = shipped_path(path.split(":", 1)[1]) if path.startswith("shipped:") else Path(path)
        st = p.stat()
    except (HarnessError, OSError):
        return None
    return [st.st_mtime_ns, st.st_size]


def _entry_point(output: str, test: str) -> str:
    """The reference answer's top-level function or class that the test uses ("" if none)."""
    try:
        body = ast.parse(output).body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return ""
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    names = [node.name for node in body if isinstance(node, kinds)]
    used = [n for n in names if re.search(rf"\b{re.escape(n)}\b", test)]
    return (used or names or [""])[0]


def _defines(code: str, name: str) -> bool:
    """Whether ``code`` has a ``def name(`` or ``class name`` line."""
    return re.search(rf"^\s*(async\s+def|def|class)\s+{re.escape(name)}\b", code, re.MULTILINE) is not None


def _comment(text: str) -> str:
    """``text`` as Python comment lines."""
    return "".join(f"# {line}".rstrip() + "\n" for line in text.splitlines())
