"""The humaneval task: registry, prompts, code extraction, and scoring through the sandbox."""

from __future__ import annotations

import time

import pytest

from harness.errors import HarnessError
from tasks import Problem, Task, get_task, list_tasks

TASK = get_task("humaneval")


@pytest.fixture(scope="module")
def problems() -> list[Problem]:
    return TASK.problems()


@pytest.fixture(scope="module")
def tokenizer():
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.WordLevel({"[UNK]": 0, "hello": 1}, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    hf = PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]")
    hf.chat_template = (
        "{% for m in messages %}<|{{ m['role'] }}|>\n{{ m['content'] }}<|end|>\n{% endfor %}"
        "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
    )
    return hf


def by_id(problems: list[Problem], task_id: str) -> Problem:
    return next(p for p in problems if p.task_id == task_id)


# --- registry and problems ------------------------------------------------------------------


def test_registry() -> None:
    assert "humaneval" in list_tasks()
    assert isinstance(TASK, Task) and TASK.name == "humaneval" and TASK.version
    with pytest.raises(HarnessError, match=r"unknown task 'nope'; available: .*humaneval"):
        get_task("nope")


def test_problems_in_natural_order(problems: list[Problem]) -> None:
    assert len(problems) == 164
    assert [p.task_id for p in problems] == [f"HumanEval/{i}" for i in range(164)]
    assert [p.task_id for p in TASK.problems(limit=3)] == ["HumanEval/0", "HumanEval/1", "HumanEval/2"]
    p = problems[0]
    assert p.entry_point == "has_close_elements" and "def check(candidate)" in p.test and p.canonical_solution


# --- prompts --------------------------------------------------------------------------------


def test_chat_prompt(problems: list[Problem], tokenizer) -> None:
    p = problems[0]
    text = TASK.build_prompt(p, tokenizer, "chat")
    assert text.startswith("<|user|>\nPlease provide a self-contained Python script")
    assert f"```\n{p.prompt.strip()}\n```<|end|>\n<|assistant|>\n" in text
    assert text.endswith("passes corresponding tests:\n```python\n")


def test_completion_prompt_is_raw(problems: list[Problem], tokenizer) -> None:
    assert TASK.build_prompt(problems[3], tokenizer, "completion") == problems[3].prompt
    assert TASK.build_prompt(problems[3], None, "completion") == problems[3].prompt


def test_chat_needs_a_chat_template(problems: list[Problem], tokenizer) -> None:
    tokenizer = type(tokenizer)(tokenizer_object=tokenizer.backend_tokenizer, unk_token="[UNK]")
    with pytest.raises(HarnessError, match="no chat template"):
        TASK.build_prompt(problems[0], tokenizer, "chat")
    with pytest.raises(HarnessError, match="unknown prompt mode"):
        TASK.build_prompt(problems[0], tokenizer, "instruct")


def test_prompt_template_and_stops() -> None:
    chat, completion = TASK.prompt_template("chat"), TASK.prompt_template("completion")
    assert "{prompt}" in chat and "```python" in chat and chat != completion
    assert TASK.prompt_template("chat") == chat  # stable, so its hash is too
    assert TASK.stop_sequences("chat") == ["\n```"]
    assert "\ndef " in TASK.stop_sequences("completion") and "\n#" in TASK.stop_sequences("completion")


# --- extraction -----------------------------------------------------------------------------


def test_extract_chat_prose_after_fence(problems: list[Problem]) -> None:
    p = problems[2]  # truncate_number
    gen = (
        "def truncate_number(number: float) -> float:\n    return number % 1.0\n```\n\nThis works because..."
    )
    code = TASK.extract_code(p, gen, "chat")
    assert code == "def truncate_number(number: float) -> float:\n    return number % 1.0\n"
    assert TASK.syntax_ok(code)


def test_extract_chat_picks_block_defining_entry_point(problems: list[Problem]) -> None:
    p = problems[2]
    gen = (
        "import math\n```\nHere is the function:\n```python\n"
        "def truncate_number(number: float) -> float:\n    return number - math.floor(number)\n```\n"
        "And an example:\n```python\nprint(truncate_number(3.5) * 1000000)\n```\n"
    )
    code = TASK.extract_code(p, gen, "chat")
    assert "def truncate_number" in code and "print(" not in code


def test_extract_chat_prefers_a_parsable_repeat(problems: list[Problem]) -> None:
    p = problems[2]
    gen = (
        "def truncate_number(number: float) -> float:\n    return (number\n```\nOops, again:\n```\n"
        "def truncate_number(number: float) -> float:\n    return number % 1.0\n```"
    )
    assert TASK.extract_code(p, gen, "chat").endswith("return number % 1.0\n")


def test_extract_chat_longest_block_without_entry_point(problems: list[Problem]) -> None:
    p = problems[2]
    gen = "x = 1\n```\ntext\n```python\n    return number % 1.0  # body only, longest\n```\n"
    code = TASK.extract_code(p, gen, "chat")
    assert code.startswith(p.prompt.strip()) and code.endswith("return number % 1.0  # body only, longest\n")
    assert TASK.syntax_ok(code)


def test_extract_chat_adds_missing_imports_and_helpers(problems: list[Problem]) -> None:
    p = problems[0]  # from typing import List
    gen = "def has_close_elements(numbers: List[float], threshold: float) -> bool:\n    return False\n```"
    code = TASK.extract_code(p, gen, "chat")
    assert code.startswith("from typing import List\n") and code.count("import List") == 1
    again = TASK.extract_code(p, "from typing import List\n\n" + gen, "chat")
    assert again.count("from typing import List") == 1
    p10 = by_id(problems, "HumanEval/10")  # make_palindrome uses the prompt's is_palindrome helper
    code = TASK.extract_code(p10, "def make_palindrome(string: str) -> str:\n    return string\n```", "chat")
    assert "def is_palindrome" in code and TASK.syntax_ok(code)


def test_extract_chat_repeated_opening_fence(problems: list[Problem]) -> None:
    p = problems[2]
    gen = "```python\ndef truncate_number(number: float) -> float:\n    return number % 1.0\n```\nDone."
    assert (
        TASK.extract_code(p, gen, "chat")
        == "def truncate_number(number: float) -> float:\n    return number % 1.0\n"
    )


def test_extract_chat_unterminated_fence(problems: list[Problem]) -> None:
    p = problems[2]
    gen = "def truncate_number(number: float) -> float:\n    return number % 1.0\n\n\ndef other(x"
    code = TASK.extract_code(p, gen, "chat")
    assert "def other(x" in code and not TASK.syntax_ok(code)


def test_extract_completion_cuts_at_stops(problems: list[Problem]) -> None:
    p = problems[2]
    for stop in (
        "\ndef helper():\n    pass\n",
        "\n# a comment\n",
        "\nif __name__ == '__main__':\n",
        "\nprint(1)\n",
    ):
        code = TASK.extract_code(p, "    return number % 1.0\n" + stop, "completion")
        assert code == p.prompt + "    return number % 1.0\n"
    assert TASK.extract_code(p, "    return 0.5", "completion") == p.prompt + "    return 0.5"


def test_test_program(problems: list[Problem]) -> None:
    p = problems[0]
    assert TASK.test_program(p, "CODE") == "CODE\n\n" + p.test + "\n\ncheck(has_close_elements)\n"


# --- scoring --------------------------------------------------------------------------------


def test_canonical_solutions_pass_and_stubs_fail(problems: list[Problem]) -> None:
    gens = {
        p.task_id: [
            {"text": p.canonical_solution, "finish": "stop"},
            {"text": "    pass\n", "finish": "stop"},
        ]
        for p in problems
    }
    start = time.monotonic()
    records = TASK.score(problems, gens, "completion")
    assert time.monotonic() - start < 90
    assert [r["task_id"] for r in records] == [p.task_id for p in problems]
    assert [r["task_id"] for r in records if r["status"][0] != "passed"] == []
    assert [r["task_id"] for r in records if r["status"][1] == "passed"] == []
    assert all(r["n"] == 2 and r["c"] == 1 and r["syntax_ok"] == [True, True] for r in records)


def test_score_statuses(problems: list[Problem]) -> None:
    p0, p2 = problems[0], problems[2]
    good = "def truncate_number(number: float) -> float:\n    return number % 1.0\n```"
    gens = {
        p2.task_id: [
            {"text": good, "finish": "stop"},
            {"text": good, "finish": "length"},  # hit the cap but passed: still passed
            {"text": "def truncate_number(number: float) -> float:\n    return (", "finish": "length"},
            {"text": "def truncate_number(number: float) -> float:\n    return (\n```", "finish": "stop"},
            {"text": "def truncate_number(number):\n    return 0.0\n```", "finish": "stop"},
            {"text": "def truncate_number(number):\n    return 1 / 0\n```", "finish": "stop"},
        ],
        p0.task_id: [{"text": "def has_close_elements(n, t):\n    while True: pass\n```", "finish": "stop"}],
    }
    from harness.sandbox import Limits

    r2, r0 = TASK.score([p2, p0], gens, "chat", limits=Limits(timeout_s=2), workers=2)
    assert r2["status"] == ["passed", "passed", "truncated", "syntax_error", "failed", "runtime_error"]
    assert r2["n"] == 6 and r2["c"] == 2 and r2["syntax_ok"] == [True, True, False, False, True, True]
    assert r2["finish"][2] == "length" and r2["prompt"] == p2.prompt and len(r2["code"]) == 6
    assert r2["error"][3].startswith("SyntaxError") and r2["error"][5].startswith("ZeroDivisionError")
    assert r0["status"] == ["timeout"]
    assert set(r2) == {"task_id", "n", "c", "status", "syntax_ok", "finish", "code", "error", "prompt"}


def test_score_needs_generations(problems: list[Problem]) -> None:
    with pytest.raises(HarnessError, match="no generations"):
        TASK.score(problems[:2], {problems[0].task_id: [{"text": "", "finish": "stop"}]}, "completion")
