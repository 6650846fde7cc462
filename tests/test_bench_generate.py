"""`harness bench generate` on a tiny local model: our engine against the one-prompt-at-a-time loop."""

from __future__ import annotations

import json

import pytest

from harness.cli import main


@pytest.mark.parametrize("force", [False, True])
def test_bench_generate_writes_the_ratio(tiny_model_dir, tmp_path, force):
    out = tmp_path / "bench.json"
    argv = ["bench", "generate", "--model", str(tiny_model_dir), "--limit", "6", "--baseline-limit", "3",
            "--max-new-tokens", "10", "--batch-size", "4", "--dtype", "float32", "--out", str(out)] + (["--force-length"] if force else [])
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 0
    r = json.loads(out.read_text())
    assert r["problems"] == 6 and r["baseline_problems"] == 3
    assert r["tokens_per_s"] > 0 and r["baseline_tokens_per_s"] > 0
    assert r["speedup"] == pytest.approx(r["tokens_per_s"] / r["baseline_tokens_per_s"], rel=0.02)
    # fp32 (on a GPU too): in bf16, batch shapes move a random model's near-ties
    assert r["greedy_agreement_on_baseline_problems"] == "3/3", "batched greedy must match the one-at-a-time loop"
    if force:
        assert r["new_tokens"] == 6 * 10 and r["baseline_new_tokens"] == 3 * 10
