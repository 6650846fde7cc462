"""The heldout task: held-out rows of the run's dataset, prompts as in training, sandboxed scoring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harness.config import from_dict
from harness.data import load_dataset
from harness.errors import HarnessError
from harness.train import to_example, user_message
from tasks import Problem, Task, get_task, list_tasks

CFG = from_dict({})


def cfg_with(**data) -> object:
    return from_dict({"data": data})


@pytest.fixture(scope="module")
def task() -> Task:
    return get_task("heldout", CFG)


@pytest.fixture(scope="module")
def problems(task: Task) -> list[Problem]:
    return task.problems()


def test_registry_and_binding(task: Task) -> None:
    assert "heldout" in list_tasks() and isinstance(task, Task) and task.version == "1"
    assert get_task("heldout") is get_task("heldout")  # unbound singleton for `ls` and friends
    assert get_task("humaneval", CFG) is get_task("humaneval")  # no bind hook: unchanged


def test_problems_are_the_heldout_rows_only(problems: list[Problem]) -> None:
    ds = load_dataset(CFG.data)
    heldout = [r for r in ds.heldout if r.get("test")]
    assert problems and len(problems) == len(heldout)
    assert [p.task_id for p in problems] == [f"heldout/{r['id']}" for r in heldout]
    trained = {r["id"] for r in ds.train}
    assert not trained & {p.task_id.removeprefix("heldout/") for p in problems}
    for p, row in zip(problems, heldout, strict=True):
        assert p.prompt == user_message(row) and p.test == row["test"] and p.canonical_solution == row["output"]
    assert [p.task_id for p in get_task("heldout", CFG).problems(limit=2)] == [p.task_id for p in problems[:2]]


def test_canonical_passes_and_stub_fails(task: Task, problems: list[Problem]) -> None:
    gens = {p.task_id: [{"text": p.canonical_solution + "\n"}, {"text": f"def {p.entry_point}(*a, **k):\n    pass\n"}]
            for p in problems}
    records = task.score(problems, gens, "chat", workers=2)
    assert [r["task_id"] for r in records] == [p.task_id for p in problems]
    bad = {r["task_id"]: r["error"][0] for r in records if r["status"][0] != "passed"}
    assert not bad
    assert all(r["n"] == 2 and r["c"] == 1 for r in records)
    stub = [r["status"][1] for r in records]
    assert set(stub) <= {"failed", "runtime_error"} and stub.count("failed") > len(stub) / 2
    p = problems[0]
    assert task.test_program(p, "x = 1\n") == "x = 1\n\n\n" + p.test


def test_chat_prompt_is_the_training_turn(task: Task, problems: list[Problem], tiny_model_dir: Path) -> None:
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    row = load_dataset(CFG.data).heldout[0]
    messages = to_example(row, "chat")["prompt"]
    expected = tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True) + "```python\n"
    assert task.build_prompt(problems[0], tok, "chat") == expected
    assert task.stop_sequences("chat") == ["\n```"]
    completion = task.build_prompt(problems[0], tok, "completion")
    assert completion.startswith("# Task:\n# ") and completion.endswith("# Solution in Python:\n")
    assert all(line.startswith("#") for line in completion.splitlines())
    templates = {task.prompt_template(m) for m in ("chat", "completion")}
    assert len(templates) == 2 and task.prompt_template("chat") == task.prompt_template("chat")
    tok.chat_template = None
    with pytest.raises(HarnessError, match="no chat template"):
        task.build_prompt(problems[0], tok, "chat")


def test_extraction(task: Task, problems: list[Problem]) -> None:
    p = next(p for p in problems if p.entry_point)
    code = f"def {p.entry_point}(x):\n    return x\n"
    # the generation starts inside the prompt's open fence and stops at the closing one
    assert task.extract_code(p, code, "chat") == code
    # a model that ignored the prefix: prose, then its own fence; trailing prose and examples dropped
    answer = f"Here you go:\n```python\n{code}```\nUsage:\n```python\nprint({p.entry_point}(1))\n```\n"
    assert task.extract_code(p, answer, "chat") == code
    assert task.extract_code(p, f"```python\n{code}```\n", "chat") == code
    # the prompt is never prepended; completion mode cuts at the next script statement
    assert p.prompt not in task.extract_code(p, "x = 1", "chat")
    assert task.extract_code(p, code + "\nprint(1)\n", "completion") == code


def test_dataset_without_tests(tmp_path: Path) -> None:
    path = tmp_path / "no_tests.jsonl"
    rows = [{"instruction": f"Write f{i}.", "input": "", "output": f"def f{i}():\n    return {i}\n"}
            for i in range(20)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    cfg = cfg_with(path=str(path), heldout_fraction=0.5)
    msg = (f"the heldout task needs held-out rows with a `test` field; dataset {path} has none "
           "(drop heldout from eval.tasks)")
    with pytest.raises(HarnessError) as err:
        get_task("heldout", cfg).problems()
    assert str(err.value) == msg and "\n" not in msg


def test_identity_follows_the_data() -> None:
    from harness.pipeline import _task_identity

    a = get_task("heldout", CFG).identity()
    assert a == get_task("heldout", from_dict({})).identity()
    b = get_task("heldout", cfg_with(heldout_fraction=0.2)).identity()
    assert a != b and b["n_problems"] > a["n_problems"]
    ids = _task_identity(from_dict({"eval": {"tasks": ["humaneval", "heldout"]}}))
    assert "identity" not in ids["humaneval"] and ids["heldout"]["identity"] == a
