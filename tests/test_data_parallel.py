"""Data parallelism on CPU processes (the same code runs one process per GPU): generation sharded
across workers gives the greedy samples of one process and resumes from its shard logs; training
through `accelerate launch` runs DDP in two processes and saves one adapter."""

from __future__ import annotations

import json

import pytest
import torch  # noqa: E402

from harness.cli import main
from harness.config import from_dict
from harness.models import ModelSource
from harness.shard import read_all, split
from harness.train import train
from harness.train_parallel import launch_data_parallel

two_workers = pytest.mark.skipif(0 < torch.cuda.device_count() < 2,
                                 reason="two workers need two GPUs on a CUDA machine (without CUDA, CPU processes)")

ROWS = [{"instruction": f"Write a function add{i}(a, b) returning a + b + {i}.", "input": "",
         "output": f"def add{i}(a, b):\n    return a + b + {i}\n"} for i in range(24)]


def _eval(model_dir, run_dir, gpus: int) -> dict:
    argv = ["eval", "--run-dir", str(run_dir), "--limit", "5", "--no-progress", "--allow-code-execution",
            "--model", str(model_dir), "--set", "generation.max_new_tokens=24", "--set", "eval.tasks=[humaneval]",
            "--gpus", str(gpus)]
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 0
    return json.loads((run_dir / "results.json").read_text())


def _samples(run_dir) -> dict:
    (stage,) = list(run_dir.glob("eval-base-*"))
    return {k: v["text"] for k, v in read_all(stage / "samples.jsonl").items()}


@two_workers
def test_sharded_generation_matches_one_process_and_resumes(tiny_model_dir, tmp_path):
    one = _eval(tiny_model_dir, tmp_path / "one", 1)
    two = _eval(tiny_model_dir, tmp_path / "two", 2)
    (stage,) = list((tmp_path / "two").glob("eval-base-*"))
    shard_logs = sorted(stage.glob("samples.shard*.jsonl"))
    assert len(shard_logs) == 2 and all(p.read_text().strip() for p in shard_logs), "both workers wrote samples"
    assert _samples(tmp_path / "two") == _samples(tmp_path / "one")
    strip = ("timing", "throughput")
    a, b = ({k: v for k, v in r["stages"]["base"].items() if k not in strip} for r in (one, two))
    assert a == b, "same samples, same scores"
    # the engine's counters are both workers' together (each worker's from its phases file)
    workers = [json.loads(p.read_text())["engine_stats"] for p in sorted(stage.glob("samples.shard*.phases.json"))]
    engine = two["stages"]["base"]["throughput"]["engine"]
    assert len(workers) == 2 and engine["steps"] == sum(w["steps"] for w in workers) > 0
    assert engine["prefills"] == sum(w["prefills"] for w in workers) >= 2
    # a killed worker: drop part of one shard log and the stage's manifest, then run again
    lines = shard_logs[0].read_text().splitlines()
    shard_logs[0].write_text("\n".join(lines[:1]) + "\n")
    (stage / "manifest.json").unlink()
    _eval(tiny_model_dir, tmp_path / "two", 2)
    assert _samples(tmp_path / "two") == _samples(tmp_path / "one")
    keys = [json.loads(line)["key"] for p in stage.glob("samples*.jsonl") for line in p.read_text().splitlines()]
    assert len(keys) == len(set(keys)) == 5, "no duplicate and no lost sample"


@two_workers
def test_forked_workers_give_the_same_samples(tiny_model_dir, tmp_path, monkeypatch):
    """GPU workers are forked from the evaluating process (`can_fork`); forced here on CPU processes, the samples
    are those of one process, and each worker finds torch and transformers imported already."""
    from harness import shard

    one = _eval(tiny_model_dir, tmp_path / "one", 1)
    monkeypatch.setattr(shard, "can_fork", lambda devices: True)
    two = _eval(tiny_model_dir, tmp_path / "two", 2)
    assert _samples(tmp_path / "two") == _samples(tmp_path / "one")
    assert two["stages"]["base"]["tasks"] == one["stages"]["base"]["tasks"]
    (stage,) = list((tmp_path / "two").glob("eval-base-*"))
    phases = [json.loads(p.read_text()) for p in sorted(stage.glob("samples.shard*.phases.json"))]
    assert len(phases) == 2 and all(ph["started_by"] == "fork" for ph in phases)
    assert all(ph["imports_s"] < 0.5 for ph in phases), phases


@two_workers
def test_a_failing_forked_worker_is_one_line_and_keeps_the_samples(tmp_path, monkeypatch):
    from harness.config import GenerationConfig
    from harness.errors import HarnessError
    from harness.generate import Request
    from harness.models import ModelSpec
    from harness.shard import generate_sharded

    monkeypatch.setattr("harness.shard.can_fork", lambda devices: True)
    log = tmp_path / "samples.jsonl"
    log.write_text(json.dumps({"key": "a/0", "text": "kept", "finish": "stop", "new_tokens": 1, "seconds": 0.1}) + "\n")
    reqs = [Request(f"{k}/0", "def f():") for k in "abc"]
    with pytest.raises(HarnessError) as e:
        generate_sharded(ModelSpec(str(tmp_path / "missing"), "float32"), reqs, GenerationConfig(max_new_tokens=4),
                         log, 2, progress=False)
    msg = str(e.value)
    assert msg.startswith("generation worker ") and "failed (exit 1)" in msg and "\n" not in msg
    assert "missing" in msg and "finished samples are kept" in msg
    assert read_all(log)["a/0"]["text"] == "kept"


def test_can_fork_only_gpu_workers_of_a_process_without_the_cuda_driver(monkeypatch):
    import torch

    from harness.shard import can_fork, cuda_driver_initialized

    assert not can_fork([None, None]), "CPU workers are started afresh"
    assert not can_fork([])
    assert can_fork(["0", "1"]) is (not cuda_driver_initialized())
    if not torch.cuda.is_available():
        assert can_fork(["0", "1"]), "no CUDA driver loaded here: GPU workers would be forked"
    monkeypatch.setenv("HARNESS_WORKER_START", "spawn")
    assert not can_fork(["0", "1"])


def test_split_balances_by_length():
    from harness.generate import Request

    reqs = [Request(f"k{i}", "x" * i) for i in range(10)]
    shards = split(reqs, 3)
    assert sorted(r.key for s in shards for r in s) == sorted(r.key for r in reqs)
    assert [len(s) for s in shards] == [4, 3, 3]
    assert shards[0][0].key == "k9" and shards[1][0].key == "k8"


def test_split_keeps_the_samples_of_a_prompt_together():
    from harness.generate import Request

    reqs = [Request(f"p{i}/{j}", "x" * (10 + i)) for i in range(6) for j in range(4)]
    shards = split(reqs, 2)
    assert sorted(r.key for s in shards for r in s) == sorted(r.key for r in reqs)
    assert [len(s) for s in shards] == [12, 12]
    for shard in shards:  # every prompt's 4 samples in one shard: the worker computes that prompt once
        assert all(sum(r.key.startswith(f"p{i}/") for r in shard) in (0, 4) for i in range(6))
    assert [r.key for r in shards[0][:4]] == [f"p5/{j}" for j in range(4)], "longest prompt first"
    one = split([Request(f"p/{j}", "same prompt") for j in range(5)], 2)  # one prompt, two workers: split it
    assert [len(s) for s in one] == [3, 2]



def test_split_gives_each_worker_batches_of_one_length():
    """More sequences than one batch per worker: each worker's batches hold neighbouring prompt lengths, as one
    worker's would (round-robin would give every batch the whole range, and a step costs its longest row)."""
    from harness.generate import Request

    reqs = [Request(f"p{i}/{j}", "x" * (100 + i)) for i in range(16) for j in range(4)]  # 64 sequences
    shards = split(reqs, 2, wave=8)  # 2 prompts x 4 samples per batch; runs of 16 sequences
    assert sorted(r.key for s in shards for r in s) == sorted(r.key for r in reqs)
    assert [len(s) for s in shards] == [32, 32]
    prompts = [[int(r.key[1:].split("/")[0]) for r in s[::4]] for s in shards]
    assert prompts == [[15, 14, 9, 8, 7, 6, 1, 0], [13, 12, 11, 10, 5, 4, 3, 2]], "contiguous pieces, in turn"
    for s in shards:  # each batch of 8 spans two neighbouring prompts
        lengths = [len(r.prompt) for r in s]
        assert all(max(lengths[i:i + 8]) - min(lengths[i:i + 8]) <= 1 for i in range(0, 32, 8))
    assert split(reqs, 2, wave=32) == split(reqs, 2), "one batch per worker: round-robin over the prompts"
    # problems with more samples than all workers' batches together (pass@100 draws 200): one per worker in turn,
    # the last sample to the worker with the shortest prompts
    big = [Request(f"b{i}/{j}", "x" * (50 - i)) for i in range(3) for j in range(10)] + [Request("s/0", "y")]
    parts = split(big, 3, wave=3)
    assert sorted(r.key for s in parts for r in s) == sorted(r.key for r in big)
    assert [sorted({r.key.split("/")[0] for r in s}) for s in parts] == [["b0"], ["b1"], ["b2", "s"]]

@two_workers
def test_training_in_two_processes(tiny_model_dir, tmp_path):
    # gradient checkpointing as in the GPU recipes: DDP runs without its unused-parameter search (`sft_args`). Six
    # steps of 2 rows in each of 2 processes are one epoch of the 24 rows, as six steps of 4 rows in one process
    cfg = from_dict({"train": {"max_steps": 6, "batch_size": 2, "quantization": "none", "save_steps": 4,
                               "eval_steps": 3, "gpus": 2, "lr": 1e-2, "warmup_ratio": 0.0,
                               "gradient_checkpointing": True},
                     "lora": {"r": 4, "alpha": 8, "dropout": 0.0}})
    rec = launch_data_parallel(cfg, ModelSource(str(tiny_model_dir)), ROWS, ROWS[:4], tmp_path, progress=False)
    assert rec["processes"] == 2 and rec["steps"] == 6 and len(rec["loss"]) == 6 and len(rec["eval_loss"]) == 2
    one = from_dict({"train": {**cfg.train.__dict__, "gpus": 1, "batch_size": 4}, "lora": cfg.lora.__dict__})
    single = train(one, ModelSource(str(tiny_model_dir)), ROWS, [], tmp_path / "single", progress=False)
    # the processes keep their token counts during the steps and sum them when they log (`metrics_gathered_at_logging`)
    assert rec["trained_tokens"] == single["trained_tokens"]
    logged = json.loads((tmp_path / "train_log.json").read_text())
    train_logs = [h for h in logged if "loss" in h]
    assert [h["num_tokens"] for h in train_logs] == sorted({h["num_tokens"] for h in train_logs}), "a running total"
    assert all(0 <= h["mean_token_accuracy"] <= 1 and h["entropy"] > 0 for h in train_logs)
    assert all("eval_entropy" in h for h in logged if "eval_loss" in h)
    assert (tmp_path / "adapter" / "adapter_model.safetensors").is_file()
    assert (tmp_path / "checkpoints").is_dir()


def test_combine_metrics_sums_tokens_and_averages_the_rest():
    from harness.train_parallel import combine_metrics

    ranks = [{"num_tokens": [120], "entropy": [2.0, 4.0], "mean_token_accuracy": [0.5]},
             {"num_tokens": [80], "entropy": [1.0], "mean_token_accuracy": [0.25, 0.75]}]
    calls = []

    def reduce_sum(t):  # what every process gets back from the collective: the sum of all processes' tensors
        calls.append(t.tolist())
        return t if len(calls) < 2 else torch.tensor(calls[0]) + torch.tensor(calls[1])

    combine_metrics(ranks[0], reduce_sum, 2, "cpu")
    combine_metrics(ranks[1], reduce_sum, 2, "cpu")
    assert ranks[1] == {"entropy": [2.0], "mean_token_accuracy": [0.5], "num_tokens": [200]}
    assert calls[0] == [3.0, 0.5, 120.0], "each process sends its own means, by sorted name"
    empty: dict = {}
    combine_metrics(empty, lambda t: pytest.fail("no collective for no metrics"), 2, "cpu")
    assert empty == {}


class _Accelerator:
    """Two processes' worth of an accelerate Accelerator for `metrics_gathered_at_logging`: both hold the same."""
    num_processes, device = 2, "cpu"

    def gather_for_metrics(self, data, **kw):
        return torch.stack([data, data])

    def reduce(self, tensor, reduction="sum"):
        return tensor * 2


class _Trainer:
    def __init__(self, gathers: bool):
        self.accelerator, self.gathers, self.logged = _Accelerator(), gathers, []
        self.model = torch.nn.Linear(1, 1)
        self._metrics = {"train": {}, "eval": {}}

    def compute_loss(self, model, inputs):  # TRL's way: gather, then keep the gathered value
        tokens = torch.tensor(inputs)
        if self.gathers:
            tokens = self.accelerator.gather_for_metrics(tokens).sum()
        self._metrics["train"]["num_tokens"] = [int(tokens)]
        self._metrics["train"].setdefault("entropy", []).append(0.5)
        return tokens

    def log(self, logs):
        self.logged.append({**logs, **{k: v[0] for k, v in self._metrics["train"].items()}})


@pytest.mark.parametrize("gathers", [True, False])
def test_metrics_are_kept_per_process_and_combined_when_logged(gathers):
    """Inside compute_loss the metric gathers are per process (the method restored after); `log` combines what they
    kept. A TRL whose compute_loss gathers nothing keeps its own metrics as they are."""
    from harness.train_parallel import metrics_gathered_at_logging

    trainer = _Trainer(gathers)
    metrics_gathered_at_logging(trainer)
    assert int(trainer.compute_loss(trainer.model, 7)) == 7, "no collective inside the step"
    assert "gather_for_metrics" not in vars(trainer.accelerator), "the method is back after the call"
    trainer.log({"loss": 1.0})
    assert trainer.logged == [{"loss": 1.0, "num_tokens": 14 if gathers else 7, "entropy": 0.5}]


def test_too_many_gpus_is_one_line(tiny_model_dir, tmp_path, monkeypatch, capsys):
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 1)
    monkeypatch.delenv("CUDA_VISIBLE_DEVICES", raising=False)
    from harness.errors import HarnessError
    from harness.shard import _devices

    with pytest.raises(HarnessError, match="only 1 GPU"):
        _devices(2)
