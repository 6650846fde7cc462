"""`harness bench scale` on CPU processes standing in for GPUs (tiny shape, tiny settings): figures at 1
and 2 "GPUs", the speedups computed from them, forced lengths, and one-line errors for bad `--gpus`."""

from __future__ import annotations

import json

import pytest

from harness import cli
from harness.bench_scale import parse_gpus, parse_lengths
from harness.errors import HarnessError

TINY_TRAIN = ["train.quantization=none", "merge.base=16bit", "train.compute_dtype=float32", "train.batch_size=2",
              "train.max_seq_len=128", "train.gradient_checkpointing=false", "train.optim=adamw_torch",
              "train.liger_kernel=false"]


def harness(monkeypatch, capsys, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("harness.bench",))
    with pytest.raises(SystemExit) as exit_:
        cli.main(list(argv))
    out, err = capsys.readouterr()
    return exit_.value.code, out, err


def test_parse_lengths():
    assert parse_lengths("360,400") == [360, 400]
    for bad in ("", "400,360", "5,10", "1,2,3", "a,b"):
        with pytest.raises(HarnessError, match="--row-lengths"):
            parse_lengths(bad)


def test_parse_gpus():
    assert parse_gpus("1,2") == [1, 2] and parse_gpus(" 4, 1 ") == [1, 4] and parse_gpus("2") == [2]
    for bad in ("", "1,x", "0,2", "1,1", "-1", "1.5"):
        with pytest.raises(HarnessError, match="--gpus"):
            parse_gpus(bad)


def test_bad_gpus_and_too_many_gpus_are_one_line(monkeypatch, capsys, tmp_path):
    import torch

    out = str(tmp_path / "s.json")
    code, _, err = harness(monkeypatch, capsys, "bench", "scale", "--gpus", "1,two", "--out", out)
    assert code == 2 and err.strip().count("\n") == 0 and "--gpus" in err
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 1)
    code, _, err = harness(monkeypatch, capsys, "bench", "scale", "--gpus", "1,2", "--out", out)
    assert code == 2 and err.strip().count("\n") == 0
    assert "needs 2 GPUs but only 1 are visible" in err and "lower --gpus" in err
    assert not (tmp_path / "s.json").exists()


@pytest.mark.skipif(__import__("torch").cuda.is_available(), reason="CPU processes stand in for GPUs only without CUDA")
def test_scale_on_cpu_processes(monkeypatch, capsys, tmp_path):
    import huggingface_hub.constants

    # the recipe's prompt lengths come from its hub tokenizer when reachable: fail fast here instead
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    out = tmp_path / "scale.json"
    sets = [a for kv in TINY_TRAIN for a in ("--train-set", kv)]
    code, printed, err = harness(monkeypatch, capsys, "bench", "scale", "--shape", "tiny-llama", "--gpus", "1,2",
                           "--limit", "4", "--samples", "2", "--max-new-tokens", "8", "--steps", "4", "--warmup", "1",
                           "--row-lengths", "20,30", *sets, "--out", str(out))
    assert code == 0, err
    r = json.loads(out.read_text())
    assert r["device"] == "cpu" and r["gpus"] == [1, 2] and r["speedup_base_gpus"] == 1
    assert r["train"]["row_lengths"] == [20, 30] and r["generate"]["sequences"] == 8
    train, gen = r["train"]["by_gpus"], r["generate"]["by_gpus"]
    assert set(train) == set(gen) == {"1", "2"}
    for n in (1, 2):
        t, g = train[str(n)], gen[str(n)]
        assert t["tokens_per_s"] > 0 and t["global_batch"] == 2 * n and t["batch_size"] == 2
        assert len(t["step_s"]) == t["steps_timed"] == 3 and all(x > 0 for x in t["step_s"])
        assert t["s_per_step"] == pytest.approx(sum(t["step_s"]) / 3, abs=1e-3)
        assert t["tokens_per_s_median_step"] > 0
        assert g["tokens_per_s"] > 0 and g["decode_tokens_per_s"] > 0
        assert g["new_tokens"] == 4 * 2 * 8, "forced length: every sample runs max-new-tokens"
        assert len(g["shards"]) == n and sum(s["prompts"] for s in g["shards"]) == 4 * 2
        for shard in g["shards"]:  # where each worker's time went, inside the whole call
            ph = shard["phases"]
            assert ph["load_s"] > 0 and ph["generate_s"] > 0 and ph["start_s"] >= 0
            assert ph["start_s"] + ph["imports_s"] + ph["cuda_s"] + ph["load_s"] + ph["generate_s"] <= g["wall_s"] + 0.01
            es = ph["engine_stats"]
            assert es["prefills"] >= 1 and es["steps"] >= 1 and 0 < es["prefill_first_s"] <= es["prefill_s"]
    s = r["speedup"]["2"]
    assert s["train_speedup"] == pytest.approx(train["2"]["tokens_per_s"] / train["1"]["tokens_per_s"], abs=1e-3)
    assert s["generate_speedup"] == pytest.approx(gen["2"]["tokens_per_s"] / gen["1"]["tokens_per_s"], abs=1e-3)
    assert s["generate_decode_speedup"] == pytest.approx(
        gen["2"]["decode_tokens_per_s"] / gen["1"]["decode_tokens_per_s"], abs=1e-3)
    assert s["train_median_step_speedup"] == pytest.approx(
        train["2"]["tokens_per_s_median_step"] / train["1"]["tokens_per_s_median_step"], abs=1e-3)
    assert s["ideal"] == 2
    lines = printed.splitlines()  # the summary at the end: a row per figure, the speedup last
    table = lines[next(i for i, line in enumerate(lines) if line.split() == ["1", "GPU", "2", "GPUs", "2", "vs", "1"]):]
    assert len(table) >= 5 and table[-1].startswith("[bench scale] figures:")
    row = next(line for line in table if line.startswith("generation, decode loops"))
    assert row.split()[-1] == f"{s['generate_decode_speedup']:.2f}x"
    assert row.split()[-3] == f"{gen['1']['decode_tokens_per_s']:,.0f}"


def test_fsdp_at_one_gpu_is_an_accelerate_launch(tmp_path):
    """`--fsdp-at-one`: the one-GPU training setting goes through `accelerate launch --use_fsdp` too; without it, or
    under DDP, one GPU is one plain process."""
    from harness.bench_scale import train_command
    from harness.registry import load_recipe

    spec = tmp_path / "spec.json"
    fsdp = load_recipe("mistral-7b-code", ["train.parallel=fsdp"]).train
    ddp = load_recipe("mistral-7b-code", ["train.parallel=ddp"]).train
    launched = train_command(1, spec, fsdp, fsdp_at_one=True)
    assert "--use_fsdp" in launched and launched[launched.index("--num_processes") + 1] == "1"
    assert launched[-2:] == ["harness.bench_scale", str(spec)]
    for plain in (train_command(1, spec, fsdp), train_command(1, spec, ddp, fsdp_at_one=True)):
        assert "accelerate.commands.launch" not in plain and plain[-2:] == ["harness.bench_scale", str(spec)]


def test_repeats_are_interleaved_and_each_count_takes_its_median_run(capsys):
    from harness.bench_scale import measure_counts, speedups

    calls = []
    figures = {(1, 0): 100.0, (2, 0): 150.0, (1, 1): 60.0, (2, 1): 190.0, (1, 2): 110.0, (2, 2): 180.0}

    def at(n, rep):
        calls.append((n, rep))
        return {"gpus": n, "tokens_per_s": figures[n, rep], "decode_tokens_per_s": 2 * figures[n, rep] + rep}

    runs = measure_counts("generate", [1, 2], 3, at)
    assert calls == [(1, 0), (2, 0), (1, 1), (2, 1), (1, 2), (2, 2)], "1, 2, 1, 2, ...: drift hits both counts"
    assert runs["1"]["tokens_per_s"] == 100.0 and runs["2"]["tokens_per_s"] == 180.0
    assert runs["1"]["tokens_per_s_runs"] == [100.0, 60.0, 110.0] and runs["2"]["repeats"] == 3
    assert runs["1"]["decode_tokens_per_s"] == 200.0 and runs["2"]["decode_tokens_per_s"] == 362.0
    assert speedups({"generate": {"by_gpus": runs}}, [1, 2])["2"]["generate_speedup"] == 1.8
    assert "run 3/3" in capsys.readouterr().out
    failed = measure_counts("train", [1], 2, lambda n, rep: {"gpus": n, "error": f"boom {rep}"})
    assert failed["1"]["error"] == "boom 1", "every run failed: the failure is the figure"
    one = measure_counts("train", [1], 1, lambda n, rep: {"gpus": n, "tokens_per_s": 5.0})
    assert one == {"1": {"gpus": 1, "tokens_per_s": 5.0}}, "one run: its figures as they are"


def test_summary_marks_a_failed_count():
    from harness.bench_scale import summary

    result = {"train": {"by_gpus": {"1": {"tokens_per_s": 1234.5}, "2": {"gpus": 2, "error": "OOM"}}}}
    lines = summary(result, [1, 2]).splitlines()
    assert lines[1].split()[-3:] == ["1,234", "failed", "-"] and len(lines) == 2, "only the measured figures"
