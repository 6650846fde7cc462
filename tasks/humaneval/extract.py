"""Turn a HumanEval generation into a runnable program (fences, prose, stops, missing imports)."""

from __future__ import annotations

import ast
import re

from tasks.base import Problem, check_mode
from tasks.humaneval.prompts import COMPLETION_STOPS


def syntax_ok(code: str) -> bool:
    """Whether ``code`` parses as Python."""
    try:
        ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


def fenced_blocks(generation: str) -> list[str]:
    """Code blocks of a generation that starts *inside* an opened fence.

    Block 0 is the text up to the first fence line; later blocks are the bodies of fences the
    model opened itself (a fence with a language tag always opens one, so a model that repeats
    the opening fence loses nothing). An unterminated last block (a truncated generation) is kept.
    """
    blocks, current, inside = [], [], True
    for line in generation.splitlines():
        fence = line.strip()
        if fence.startswith("```"):
            if inside:
                blocks.append("\n".join(current))
            current, inside = [], fence != "```" or not inside  # "```python" always opens a block
        elif inside:
            current.append(line)
    if inside:
        blocks.append("\n".join(current))
    return [b for b in blocks if b.strip()]


def defines(code: str, name: str) -> bool:
    """Whether ``code`` has a ``def name(`` line."""
    return re.search(rf"^\s*(async\s+)?def\s+{re.escape(name)}\s*\(", code, re.MULTILINE) is not None


def _pick_block(blocks: list[str], entry_point: str) -> str:
    defining = [b for b in blocks if defines(b, entry_point)]
    if defining:
        return next((b for b in defining if syntax_ok(b)), defining[0])
    return max(blocks, key=len, default="")


def _prompt_preamble(problem: Problem, code: str) -> str:
    """The prompt's imports and helper functions that ``code`` lacks (e.g. ``from typing import List``)."""
    try:
        tree = ast.parse(problem.prompt)
    except SyntaxError:
        return ""
    have = {line.strip() for line in code.splitlines()}
    missing = []
    for node in tree.body:
        segment = ast.get_source_segment(problem.prompt, node) or ""
        if isinstance(node, (ast.Import, ast.ImportFrom)) and segment.strip() not in have:
            missing.append(segment)
        elif (
            isinstance(node, ast.FunctionDef)
            and node.name != problem.entry_point
            and not defines(code, node.name)
        ):
            missing.append(segment)
    return "\n\n".join(missing) + "\n\n\n" if missing else ""


def cut_at_stops(text: str, stops: list[str]) -> str:
    """``text`` up to the earliest stop sequence."""
    cut = min((i for i in (text.find(s) for s in stops) if i >= 0), default=len(text))
    return text[:cut]


def extract_code(problem: Problem, generation: str, mode: str) -> str:
    """The program to test: the best fenced block (chat) or prompt + completion cut at a stop."""
    if check_mode(mode) == "completion":
        return problem.prompt + cut_at_stops(generation, COMPLETION_STOPS)
    code = _pick_block(fenced_blocks(generation), problem.entry_point)
    if not defines(code, problem.entry_point):
        code = problem.prompt + code
    preamble = _prompt_preamble(problem, code)
    return preamble + code.strip("\n") + "\n"
