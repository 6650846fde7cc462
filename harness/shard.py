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

from harness import cpu_matmul
from harness.config import GenerationConfig
from harness.cuda_state import cuda_driver_initialized
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


def split(requests: list[Request], n: int, wave: int = 0) -> list[list[Request]]:
    """Shards of equal size and equal work, each prompt's samples kept together (a worker computes a prompt once
    for all its samples). The prompts are sorted by length; with more sequences than `n` waves of `wave` (a
    worker's batch), each run of `n * wave` sequences is cut into `n` contiguous pieces, and the largest piece
    (the longest prompts among equals) goes to the worker with the fewest sequences so far (the shortest prompts
    among equals): every worker's batch then holds prompts of about one length, as one worker's would (a step
    costs what its longest row costs). Otherwise round-robin over the prompts; with fewer distinct prompts than
    shards, over the samples themselves."""
    def size(r: Request) -> int:
        return len(r.prompt_ids or r.prompt)

    order = sorted(requests, key=size, reverse=True)
    groups: dict = {}
    for r in order:
        groups.setdefault(r.prompt_ids or r.prompt, []).append(r)
    if len(groups) < n:
        return [order[i::n] for i in range(n) if order[i::n]]
    shards: list[list[Request]] = [[] for _ in range(n)]
    if not wave or len(requests) <= n * wave:
        for i, group in enumerate(groups.values()):
            shards[i % n].extend(group)
        return shards
    runs: list[list[list[Request]]] = []
    filled = n * wave
    for group in groups.values():  # runs of n * wave sequences, longest prompts first
        if filled >= n * wave:
            runs.append([])
            filled = 0
        runs[-1].append(group)
        filled += len(group)
    held = [(0, 0)] * n  # per worker: sequences and prompt length so far
    for run in runs:
        pieces: list[list[Request]] = [[] for _ in range(n)]
        width, before = sum(map(len, run)) / n, 0
        for group in run:  # a group goes to the piece its middle falls in
            pieces[min(n - 1, int((before + len(group) / 2) / width))].extend(group)
            before += len(group)
        pieces.sort(key=len, reverse=True)  # stable: among equal pieces the longest prompts first
        for w, piece in zip(sorted(range(n), key=lambda w: (*held[w], w)), pieces, strict=True):
            shards[w].extend(piece)
            held[w] = (held[w][0] + len(piece), held[w][1] + sum(map(size, piece)))
    return [shard for shard in shards if shard]  # a problem with most of the samples can leave a worker none


def _devices(n: int) -> list[str | None]:
    ids = visible_gpus()
    if not ids:
        return [None] * n  # CPU: n processes share the cores
    if n > len(ids):
        raise HarnessError(f"eval.gpus={n} but only {len(ids)} GPU(s) are visible; lower --gpus")
    return ids[:n]


def can_fork(devices: list[str | None]) -> bool:
    """Whether GPU workers can be forked from this process rather than started afresh: a forked worker has
    torch and transformers imported already (a fresh one spent 12.9-14.6 s importing them on the H200 machine).
    Only on Linux, for GPU workers (CPU workers would inherit this process's OpenMP threads), and only while
    this process has not initialized the CUDA driver (a forked child could not use it then; harness asks NVML
    what it needs to know before, `harness.cuda_state`). HARNESS_WORKER_START=spawn turns it off."""
    if os.environ.get("HARNESS_WORKER_START", "fork") != "fork" or not sys.platform.startswith("linux"):
        return False
    if not devices or None in devices or "torch" not in sys.modules:
        return False
    return not cuda_driver_initialized()


class _Forked:
    """A forked worker process with the `subprocess.Popen` calls `generate_sharded` uses."""

    def __init__(self, spec_path: Path, env: dict[str, str], err: Path):
        import multiprocessing

        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # else the fork prints a warning per worker
        # not a daemon: a worker may start processes of its own; `generate_sharded` kills and reaps its workers
        self.process = multiprocessing.get_context("fork").Process(target=_forked_main, args=(spec_path, env, err))
        self.process.start()

    @property
    def returncode(self) -> int | None:
        return self.process.exitcode

    def poll(self) -> int | None:
        return self.process.exitcode

    def kill(self) -> None:
        self.process.kill()

    def wait(self) -> int | None:
        self.process.join()
        return self.process.exitcode


def _forked_main(spec_path: Path, env: dict[str, str], err: Path) -> None:
    """The forked child: its own environment, stderr to its file, then the worker."""
    os.environ.update(env)
    fd = os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(fd, 2)
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    # the parent's sys.stderr need not be descriptor 2 (a test runner's capture): write to the file itself
    sys.stderr = os.fdopen(fd, "w", buffering=1)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the child ends with os._exit
    try:
        code = _worker(str(spec_path))
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 1
    sys.stderr.flush()
    os._exit(code)


def start_worker(spec_path: Path, env: dict[str, str], err: Path, fork: bool):
    """One generation worker for `spec_path`, forked or started afresh (`python -m harness.shard`)."""
    if fork:  # one CPU thread: OpenMP's thread pool does not survive a fork, and a GPU worker needs none
        return _Forked(spec_path, {**env, "OMP_NUM_THREADS": "1"}, err)
    with open(err, "w") as stderr:  # the child keeps its own copy of the descriptor
        return subprocess.Popen([sys.executable, "-m", "harness.shard", str(spec_path)], env={**os.environ, **env},
                                stdout=subprocess.DEVNULL, stderr=stderr)


def generate_sharded(spec: ModelSpec, requests: list[Request], cfg: GenerationConfig, log: Path, n: int,
                     progress: bool = True, desc: str = "generate", force_length: bool = False) -> dict[str, dict]:
    """Generate every request missing from `log` (and its shard logs) in `n` worker processes
    (`force_length`: as in `harness.generate.generate`, benchmarks only)."""
    from tqdm.auto import tqdm

    done = read_all(log)
    todo = [r for r in requests if r.key not in done]
    if not todo:
        return done
    shards = split(todo, n, cfg.batch_size)
    cpus = max(1, (os.cpu_count() or 1) // len(shards))
    devices = _devices(len(shards))
    fork = can_fork(devices)
    procs = []
    for i, (shard, device) in enumerate(zip(shards, devices, strict=True)):
        spec_path = log.parent / f"{log.stem}.shard{i}.spec.json"
        spec_path.write_text(json.dumps({"model": asdict(spec), "generation": asdict(cfg),
                                         "log": str(log.parent / f"{log.stem}.shard{i}.jsonl"),
                                         "force_length": force_length, "spawned": time.time(),
                                         "started_by": "fork" if fork else "spawn",
                                         "requests": [asdict(r) for r in shard]}))
        env = {"OMP_NUM_THREADS": str(cpus), "TRANSFORMERS_VERBOSITY": "error"}
        if device is not None:
            env["CUDA_VISIBLE_DEVICES"] = device
        err = log.parent / f"{log.stem}.shard{i}.stderr"
        procs.append((start_worker(spec_path, env, err, fork), i))
    bar = tqdm(total=len(requests), initial=len(requests) - len(todo), desc=f"{desc} ×{len(shards)}",
               disable=not progress, unit="sample")

    def written() -> int:  # progress: finished samples in all logs (counted, not parsed)
        return sum(path.read_bytes().count(b"\n") for path in shard_logs(log) if path.exists())

    try:
        counted = time.monotonic()
        while any(p.poll() is None for p, _ in procs):
            time.sleep(0.05)  # a worker's exit is seen within 50 ms: the benchmarks time the whole call
            if time.monotonic() - counted >= 1.0:
                counted = time.monotonic()
                bar.update(min(written(), len(requests)) - bar.n)
    finally:
        for p, _ in procs:
            if p.poll() is None:
                p.kill()
            p.wait()
    done = read_all(log)
    bar.update(len(done) - bar.n)
    bar.close()
    for p, i in procs:
        if p.returncode != 0:
            stderr = (log.parent / f"{log.stem}.shard{i}.stderr").read_text()
            raise HarnessError(f"generation worker {i} failed (exit {p.returncode}): "
                               f"{last_error_line(stderr)} (finished samples are kept)")
    return done


def engine_counters(log: Path, since: float) -> dict:
    """The slot engine's counters (`static_decode.counters`) summed over the workers that wrote `log`'s shards
    after `since` (a `time.time()`), from their phases files."""
    from harness import static_decode

    phases = [phases_path(shard) for shard in shard_logs(log)[1:]]
    stats = [json.loads(path.read_text()).get("engine_stats") or {}
             for path in phases if path.is_file() and path.stat().st_mtime >= since]
    return static_decode.counters(*stats)


def phases_path(log: Path) -> Path:
    """Where a shard worker writes where its time went (beside its sample log)."""
    return log.with_suffix(".phases.json")


def _worker(spec_path: str) -> int:
    begun = time.time()
    spec = json.loads(Path(spec_path).read_text())
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer  # noqa: F401 - so that load_s is the load alone

    from harness import static_decode

    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    imported = time.time()
    if torch.cuda.is_available():  # the driver and this process's context, apart from the load
        torch.empty(1, device="cuda")
    started = time.time()
    model_spec = ModelSpec(**spec["model"])
    model, tok = model_spec.load()
    loaded = time.time()
    requests = [Request(r["key"], r["prompt"], tuple(r["stops"]), r["seed"],
                        tuple(r["prompt_ids"]) if r["prompt_ids"] is not None else None) for r in spec["requests"]]
    log = Path(spec["log"])
    with cpu_matmul.scope(model_spec.cpu_matmul):  # a CPU worker's matmuls as in one process
        generate(model, tok, requests, GenerationConfig(**spec["generation"]), log, progress=False,
                 force_length=spec.get("force_length", False))
    done = time.time()
    # seconds from the parent's spawn to the worker's first line (interpreter and harness imports), torch's and
    # transformers' imports, CUDA's start, the model load, and the generation call (prefill and CUDA-graph capture
    # inside, per engine_stats)
    phases = {"start_s": begun - spec["spawned"], "imports_s": imported - begun, "cuda_s": started - imported,
              "load_s": loaded - started, "generate_s": done - loaded}
    phases = {k: round(v, 3) for k, v in phases.items()} | {"started_by": spec["started_by"]}
    kept = ("prefill_s", "prefill_first_s", "capture_s", "capture_first_s", "graphs", *static_decode.COUNTERS)
    stats = {k: v for k, v in static_decode.LAST_STATS.items() if k in kept}
    phases_path(log).write_text(json.dumps({**phases, "engine_stats": stats}))
    return 0


if __name__ == "__main__":
    sys.exit(_worker(sys.argv[1]))
