"""The SFT dataset loader: shipped rows, malformed rows named by line, skip mode, duplicates, split."""

from __future__ import annotations

import json

import pytest

from harness.config import DataConfig
from harness.data import load_dataset, split_heldout
from harness.errors import HarnessError


def write_rows(path, rows):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


ROW = {"instruction": "Write f.", "input": "", "output": "def f():\n    return 1\n"}


def test_shipped_dataset_loads_and_splits():
    ds = load_dataset(DataConfig())
    assert len(ds.train) + len(ds.heldout) >= 200
    assert 0 < len(ds.heldout) < len(ds.train)
    assert not ds.skipped
    assert ds.sha256 == load_dataset(DataConfig()).sha256


def test_malformed_row_names_its_line(tmp_path):
    path = write_rows(tmp_path / "d.jsonl", [ROW, {**ROW, "instruction": "Write g."}, '{"instruction": "x",',
                                             {**ROW, "instruction": "Write h."}])
    with pytest.raises(HarnessError, match=r"d.jsonl:3: not valid JSON.*data.on_bad_row=skip"):
        load_dataset(DataConfig(path=str(path)))
    path = write_rows(tmp_path / "e.jsonl", [ROW, {"instruction": "Write g.", "output": ""}])
    with pytest.raises(HarnessError, match=r"e.jsonl:2: missing or empty 'output'"):
        load_dataset(DataConfig(path=str(path)))


def test_skip_mode_counts_bad_rows_and_duplicates(tmp_path):
    rows = [ROW, ROW, "not json", {"instruction": 3, "output": "x"}] + [
        {**ROW, "instruction": f"Write f{i}."} for i in range(10)]
    ds = load_dataset(DataConfig(path=str(write_rows(tmp_path / "d.jsonl", rows)), on_bad_row="skip",
                                 heldout_fraction=0.2))
    assert len(ds.skipped) == 2 and ds.duplicates == 1
    assert len(ds.train) + len(ds.heldout) == 11


def test_missing_file_is_one_clear_error(tmp_path):
    with pytest.raises(HarnessError, match="dataset file not found"):
        load_dataset(DataConfig(path=str(tmp_path / "nope.jsonl")))


def test_split_is_stable_when_rows_are_added():
    rows = [{"instruction": f"task {i}", "input": ""} for i in range(200)]
    _, held = split_heldout(rows, 0.1, 0)
    _, held_more = split_heldout(rows + [{"instruction": f"new {i}", "input": ""} for i in range(50)], 0.1, 0)
    assert all(r in held_more for r in held)
    assert 5 < len(held) < 40
