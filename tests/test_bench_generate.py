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


def test_bench_generate_samples_several_per_problem_and_computes_each_prompt_once(tiny_model_dir, tmp_path):
    out, samples = tmp_path / "bench.json", tmp_path / "samples.jsonl"
    argv = ["bench", "generate", "--model", str(tiny_model_dir), "--limit", "4", "--baseline-limit", "0",
            "--max-new-tokens", "8", "--batch-size", "16", "--dtype", "float32", "--force-length", "--engine", "slots",
            "--n-samples", "3", "--temperature", "1.0", "--samples", str(samples), "--out", str(out)]
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 0
    r = json.loads(out.read_text())
    assert r["n_samples"] == 3 and r["temperature"] == 1.0 and r["new_tokens"] == 4 * 3 * 8
    assert r["engine_stats"]["prompt_copies"] == 4 * 2, "each prompt computed once, copied to its other samples"
    texts = {}
    for line in samples.read_text().splitlines():
        rec = json.loads(line)
        texts.setdefault(rec["key"].rsplit("/", 1)[0], []).append(rec["text"])
    assert len(texts) == 4 and all(len(t) == 3 for t in texts.values())
    assert any(len(set(t)) > 1 for t in texts.values()), "the samples of a problem were drawn, not copied"


def test_bench_generate_refuses_zero_samples(tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        main(["bench", "generate", "--n-samples", "0", "--out", str(tmp_path / "b.json")])
    assert e.value.code == 2
    assert "--n-samples 0" in capsys.readouterr().err


def test_bench_generate_on_a_shape_runs_every_prompt_at_once(tmp_path):
    out = tmp_path / "bench.json"
    with pytest.raises(SystemExit) as e:
        main(["bench", "generate", "--shape", "tiny-llama", "--limit", "5", "--baseline-limit", "1",
              "--max-new-tokens", "4", "--force-length", "--engine", "slots", "--out", str(out)])
    assert e.value.code == 0
    r = json.loads(out.read_text())
    assert r["model"] == "tiny-llama" and r["batch_size"] == 5 and r["engine_stats"]["slots"] == 5
    assert r["new_tokens"] == 5 * 4 and r["greedy_agreement_on_baseline_problems"] is None
