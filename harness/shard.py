"""Data-parallel generation: the samples still missing are split across N worker processes (one per
GPU, `eval.gpus`), each loading the model on its own device and appending to its own log
(`samples.shard<i>.jsonl`). The logs are read back together, so a killed run resumes as with one
process. Code execution afterwards stays parallel across CPU cores (`eval.workers`).

Greedy samples are the same as with one process (each sequence is decoded on its own; only the
batch it shares a step with differs). Sampled ones are reproducible for the same number of shards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

from harness.config import GenerationConfig
from harness.errors import HarnessError, last_error_line
from harness.generate import Request, generate, read_log
from harness.models import ModelSpec, visible_gpus


def shard_logs(log: Path) -> list[Path]:
    """The main log and every shard log beside it."""
    return [log, *sorted(log.parent.glob(f"{log.stem}.shard*.jsonl"))]


def read_all(log: Path) -> dict[str, dict]:
    """Samples in the main log and its shard logs."""
    done: dict[str, dict] = {}
    for path in shard_logs(log):
        done.update(read_log(path))
    return done


def split(requests: list[Request], n: int) -> list[list[Request]]:
    """Round-robin over the requests sorted by prompt length: shards of equal size and equal work."""
    order = sorted(requests, key=lambda r: len(r.prompt_ids or r.prompt), reverse=True)
    return [order[i::n] for i in range(n) if order[i::n]]


def _devices(n: int) -> list[str | None]:
    ids = visible_gpus()
    if not ids:
        return [None] * n  # CPU: n processes share the cores
    if n > len(ids):
        raise HarnessError(f"eval.gpus={n} but only {len(ids)} GPU(s) are visible; lower --gpus")
    return ids[:n]


def generate_sharded(spec: ModelSpec, requests: list[Request], cfg: GenerationConfig, log: Path, n: int,
                     progress: bool = True, desc: str = "generate", force_length: bool = False) -> dict[str, dict]:
    """Generate every request missing from `log` (and its shard logs) in `n` worker processes
    (`force_length`: as in `harness.generate.generate`, benchmarks only)."""
    from tqdm.auto import tqdm

    done = read_all(log)
    todo = [r for r in requests if r.key not in done]
    if not todo:
        return done
    shards = split(todo, n)
    bar = tqdm(total=len(requests), initial=len(requests) - len(todo), desc=f"{desc} ×{len(shards)}",
               disable=not progress, unit="sample")
    cpus = max(1, (os.cpu_count() or 1) // len(shards))
    procs = []
    for i, (shard, device) in enumerate(zip(shards, _devices(len(shards)), strict=True)):
        spec_path = log.parent / f"{log.stem}.shard{i}.spec.json"
        spec_path.write_text(json.dumps({"model": asdict(spec), "generation": asdict(cfg),
                                         "log": str(log.parent / f"{log.stem}.shard{i}.jsonl"),
                                         "force_length": force_length,
                                         "requests": [asdict(r) for r in shard]}))
        env = {**os.environ, "OMP_NUM_THREADS": str(cpus), "TRANSFORMERS_VERBOSITY": "error"}
        if device is not None:
            env["CUDA_VISIBLE_DEVICES"] = device
        err = open(log.parent / f"{log.stem}.shard{i}.stderr", "w")  # noqa: SIM115 - closed below
        procs.append((subprocess.Popen([sys.executable, "-m", "harness.shard", str(spec_path)], env=env,
                                       stdout=subprocess.DEVNULL, stderr=err), err, i))
    def written() -> int:  # progress: finished samples in all logs (counted, not parsed)
        return sum(path.read_bytes().count(b"\n") for path in shard_logs(log) if path.exists())

    try:
        while any(p.poll() is None for p, _, _ in procs):
            time.sleep(1.0)
            bar.update(min(written(), len(requests)) - bar.n)
    finally:
        for p, err, _ in procs:
            if p.poll() is None:
                p.kill()
            p.wait()
            err.close()
    done = read_all(log)
    bar.update(len(done) - bar.n)
    bar.close()
    for p, _, i in procs:
        if p.returncode != 0:
            stderr = (log.parent / f"{log.stem}.shard{i}.stderr").read_text()
            raise HarnessError(f"generation worker {i} failed (exit {p.returncode}): "
                               f"{last_error_line(stderr)} (finished samples are kept)")
    return done


def _worker(spec_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text())
    import torch

    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    model, tok = ModelSpec(**spec["model"]).load()
    requests = [Request(r["key"], r["prompt"], tuple(r["stops"]), r["seed"],
                        tuple(r["prompt_ids"]) if r["prompt_ids"] is not None else None) for r in spec["requests"]]
    generate(model, tok, requests, GenerationConfig(**spec["generation"]), Path(spec["log"]), progress=False,
             force_length=spec.get("force_length", False))
    return 0


if __name__ == "__main__":
    sys.exit(_worker(sys.argv[1]))
