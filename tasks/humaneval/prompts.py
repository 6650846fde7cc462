"""HumanEval prompts: evalplus-style chat instruction, or the raw completion prompt."""

from __future__ import annotations

from typing import Any

from harness.errors import HarnessError
from tasks.base import Problem, check_mode

INSTRUCTION = (
    "Please provide a self-contained Python script that solves the following problem "
    "in a markdown code block:\n```\n{prompt}\n```"
)
RESPONSE_PREFIX = (
    "Below is a Python script with a self-contained function that solves the problem "
    "and passes corresponding tests:\n```python\n"
)
CHAT_STOPS = ["\n```"]
COMPLETION_STOPS = ["\ndef ", "\nclass ", "\nif __name__", "\nprint(", "\n#"]


def build_prompt(problem: Problem, tokenizer: Any, mode: str) -> str:
    """The text to generate from: a rendered chat turn plus the response prefix, or the raw prompt."""
    if check_mode(mode) == "completion":
        return problem.prompt
    if not getattr(tokenizer, "chat_template", None):
        name = getattr(tokenizer, "name_or_path", "") or type(tokenizer).__name__
        raise HarnessError(
            f"tokenizer {name!r} has no chat template; use prompt mode 'completion' for base models "
            "or set a chat template on the tokenizer"
        )
    messages = [{"role": "user", "content": INSTRUCTION.format(prompt=problem.prompt.strip())}]
    rendered = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    return rendered + RESPONSE_PREFIX


def prompt_template(mode: str) -> str:
    """Canonical text of the template (its hash goes into the results)."""
    if check_mode(mode) == "completion":
        return "{prompt}"
    return f"[user]\n{INSTRUCTION}\n[assistant]\n{RESPONSE_PREFIX}"


def stop_sequences(mode: str) -> list[str]:
    """Strings that end a generation: the closing fence (chat) or the next top-level statement."""
    return list(CHAT_STOPS if check_mode(mode) == "chat" else COMPLETION_STOPS)
