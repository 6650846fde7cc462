"""`harness bench scale`: QLoRA training and generation throughput at 1 GPU and at N GPUs, in one command.

Both run on one random-weights shape saved once to a temporary folder, so every process loads the same
weights. Training is DDP weak scaling: each GPU trains `train.batch_size` rows per step (the global batch
grows with N), on synthetic rows of nearly one length (`--row-lengths`), so that every step trains about
the same tokens at every count and the ratio measures the GPUs, not which batches fell in the timed
steps (with 60..700-token rows and length grouping, the 1- and 2-GPU runs time batches of different
lengths: a 1.42x "speedup" measured that way was mostly that); trained tokens/s is TRL's `num_tokens`, which
TRL gathers across processes, over rank 0's step times (each one listed, `step_s`, with the median step's
tokens/s). Generation is strong scaling: the same prompts split across N worker processes
(`harness.shard.generate_sharded`); tokens/s counts the whole call (worker start and model load
included), `decode_tokens_per_s` only the decode loops (from each worker's first decode step to its
last sample: prefill and CUDA-graph capture included, model load not); each worker's `phases` say where its
time went (start, imports, CUDA's start, load, generation). `--repeats R` measures every count R times,
interleaved, and keeps each count's median run. Without CUDA the "GPUs" are CPU processes (gloo for
training), for testing only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median_low

from harness.config import TrainConfig
from harness.env import environment
from harness.errors import HarnessError, last_error_line
from harness.models import SHAPES


def add_bench_command(sub) -> None:
    p = sub.add_parser("scale", help="training and generation tokens/s at 1 and N GPUs, and the speedups")
    p.add_argument("--shape", default="mistral-7b", help="random-weights shape: " + " | ".join(SHAPES))
    p.add_argument("--gpus", default="1,2", help="GPU counts to measure, comma-separated (default 1,2)")
    p.add_argument("--recipe", default="mistral-7b-code", help="training recipe (also the generation engine)")
    p.add_argument("--train-set", action="append", default=[], metavar="KEY=V",
                   help="override a recipe key for training, e.g. train.batch_size=8 (repeatable)")
    p.add_argument("--steps", type=int, default=12, help="optimizer steps per GPU count (default 12)")
    p.add_argument("--warmup", type=int, default=2, help="steps left out of the timing (default 2)")
    p.add_argument("--row-lengths", default="360,400", metavar="LO,HI",
                   help="token lengths of the synthetic training rows (default 360,400: every step trains about "
                        "the same tokens at every GPU count, so the ratio is not one of batch lengths)")
    p.add_argument("--samples", type=int, default=1,
                   help="samples per problem (default 1: each GPU gets limit/N prompts; more keeps each GPU's "
                        "batch full, as a pass@k evaluation does)")
    p.add_argument("--limit", type=int, default=164, help="HumanEval prompts to generate for (default 164)")
    p.add_argument("--max-new-tokens", type=int, default=256, help="new tokens per prompt (default 256)")
    p.add_argument("--batch-size", type=int, help="generation batch per GPU (default: --limit, one batch)")
    p.add_argument("--force-length", action=argparse.BooleanOptionalAction, default=True,
                   help="every sequence runs --max-new-tokens (default on: random weights never stop)")
    p.add_argument("--fsdp-at-one", action="store_true",
                   help="with train.parallel=fsdp, train at 1 GPU through FSDP as well (default: one plain process): "
                        "FSDP's own cost without communication, and its scaling apart from it")
    p.add_argument("--repeats", type=int, default=1,
                   help="measure every count this many times, interleaved (1, 2, 1, 2, ...); the figures are each "
                        "count's median run, every run's tokens/s listed beside (default 1)")
    p.add_argument("--skip-train", action="store_true", help="measure generation only")
    p.add_argument("--skip-generate", action="store_true", help="measure training only")
    p.add_argument("--out", type=Path, required=True, help="JSON file to write")
    p.set_defaults(func=run)


def parse_lengths(text: str) -> list[int]:
    """`360,400` -> [360, 400]; anything else is one clear error."""
    try:
        lo, hi = (int(x) for x in text.split(","))
    except ValueError:
        lo = hi = 0
    if not 8 <= lo < hi:
        raise HarnessError(f"--row-lengths {text!r}: expected LO,HI token lengths with 8 <= LO < HI, e.g. 360,400")
    return [lo, hi]


def parse_gpus(text: str) -> list[int]:
    """`1,2` -> [1, 2]: distinct positive counts, ascending; anything else is one clear error."""
    try:
        counts = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        counts = []
    if not counts or min(counts) < 1 or len(set(counts)) != len(counts):
        raise HarnessError(f"--gpus {text!r}: expected distinct positive GPU counts, e.g. --gpus 1,2")
    return sorted(counts)


def check_gpus(counts: list[int]) -> str:
    """The device; on a CUDA machine, every count must fit the visible GPUs."""
    from harness.models import visible_gpus

    visible = len(visible_gpus())
    if not visible:
        return "cpu"  # N CPU processes stand in for N GPUs
    if max(counts) > visible:
        raise HarnessError(f"bench scale --gpus {','.join(map(str, counts))} needs {max(counts)} GPUs but only "
                           f"{visible} are visible (CUDA_VISIBLE_DEVICES={os.environ.get('CUDA_VISIBLE_DEVICES')}); "
                           f"lower --gpus or use a machine with more GPUs")
    return "cuda"


# --- training ------------------------------------------------------------------------------------------

def _train_worker(spec_path: str) -> int:
    """One training process (plain, or one rank of `accelerate launch`): rank 0 writes the figures."""
    import torch

    from harness.bench_train import measure

    spec = json.loads(Path(spec_path).read_text())
    if torch.cuda.is_available():  # peak-memory counters and allocations on this rank's GPU
        torch.cuda.set_device(int(os.environ.get("LOCAL_RANK", "0")))
    result = measure(spec["setting"], Path(spec["model_dir"]), spec["steps"], spec["warmup"])
    if int(os.environ.get("RANK", "0")) == 0:
        Path(spec["out"]).write_text(json.dumps(result))
    return 0


def train_command(n: int, spec: Path, tc: TrainConfig, fsdp_at_one: bool = False) -> list[str]:
    """One plain process for one GPU; for several, `accelerate launch` as a real run (DDP or FSDP, `train.parallel`).
    `fsdp_at_one`: FSDP is launched at one GPU too (its own cost, without communication)."""
    from harness.train_parallel import accelerate_command

    if n == 1 and not (fsdp_at_one and tc.parallel == "fsdp"):
        return [sys.executable, "-m", "harness.bench_scale", str(spec)]
    return accelerate_command(tc, n, spec, module="harness.bench_scale")


def train_at(n: int, setting: dict, model_dir: Path, steps: int, warmup: int, tmp: Path,
             fsdp_at_one: bool = False) -> dict:
    """Training figures at `n` GPUs; a failure is recorded, not raised."""
    from harness.registry import load_recipe

    tc = load_recipe(setting["recipe"], setting["overrides"]).train
    tmp.mkdir(parents=True, exist_ok=True)
    spec, out = tmp / f"train{n}.spec.json", tmp / f"train{n}.json"
    spec.write_text(json.dumps({"setting": setting, "model_dir": str(model_dir), "steps": steps,
                                "warmup": warmup, "out": str(out)}))
    t0 = time.perf_counter()
    proc = subprocess.run(train_command(n, spec, tc, fsdp_at_one), capture_output=True, text=True,
                          env={**os.environ, "TRANSFORMERS_VERBOSITY": "error"})
    wall = round(time.perf_counter() - t0, 1)
    if proc.returncode != 0 or not out.is_file():
        return {"gpus": n, "error": last_error_line(proc.stderr or proc.stdout, 400), "wall_s": wall}
    fig = json.loads(out.read_text())
    per_gpu = round(fig["tokens_per_s"] / n, 1) if fig.get("tokens_per_s") else None
    return {"gpus": n, **fig, "grad_accum": tc.grad_accum, "global_batch": tc.batch_size * tc.grad_accum * n,
            "tokens_per_s_per_gpu": per_gpu, "wall_s": wall}


# --- generation ----------------------------------------------------------------------------------------

def generate_at(n: int, spec, requests: list, cfg, tmp: Path, force_length: bool) -> dict:
    """Generation figures at `n` GPUs (worker processes); a failure is recorded, not raised."""
    from harness.generate import read_log
    from harness.shard import generate_sharded, phases_path

    log = tmp / f"gen{n}" / "samples.jsonl"
    log.parent.mkdir(parents=True)
    t0 = time.perf_counter()
    try:
        generate_sharded(spec, requests, cfg, log, n, progress=False, desc=f"bench scale ×{n}",
                         force_length=force_length)
    except HarnessError as e:
        return {"gpus": n, "error": str(e)[:400], "wall_s": round(time.perf_counter() - t0, 1)}
    wall = time.perf_counter() - t0
    shards = []
    for path in sorted(log.parent.glob("samples.shard*.jsonl")):
        recs = list(read_log(path).values())
        # a sample's `seconds` runs from the start of its worker's decode loop (model already loaded)
        shards.append({"prompts": len(recs), "new_tokens": sum(r["new_tokens"] for r in recs),
                       "decode_s": round(max((r["seconds"] for r in recs), default=0.0), 3),
                       "phases": json.loads(ph.read_text()) if (ph := phases_path(path)).is_file() else None})
    tokens = sum(s["new_tokens"] for s in shards)
    decode = max((s["decode_s"] for s in shards), default=0.0)  # the workers decode side by side
    return {"gpus": n, "tokens_per_s": round(tokens / wall, 1),
            "decode_tokens_per_s": round(tokens / decode, 1) if decode else None,
            "new_tokens": tokens, "wall_s": round(wall, 2), "decode_s": decode,
            "start_and_load_s": round(wall - decode, 2), "shards": shards}


def generation_inputs(args, recipe, model_dir: Path, device: str) -> tuple:
    """(ModelSpec, requests, GenerationConfig) for the saved shape and the recipe's HumanEval prompts."""
    from harness import models
    from harness.bench_generate import _prompts
    from harness.config import GenerationConfig
    from harness.generate import Request

    vocab = json.loads((model_dir / "config.json").read_text())["vocab_size"]
    prompts = _prompts(recipe, models.word_tokenizer(vocab), args.limit, vocab)
    spec = models.ModelSpec(str(model_dir), "bfloat16" if device == "cuda" else "float32")
    requests = [Request(f"{k}/{i}", text, () if args.force_length else st, seed=i, prompt_ids=tuple(ids))
                for k, text, ids, st in prompts for i in range(args.samples)]
    cfg = GenerationConfig(max_new_tokens=args.max_new_tokens, batch_size=args.batch_size or args.limit,
                           do_sample=args.samples > 1, temperature=0.8, top_p=0.95, engine=recipe.generation.engine)
    return spec, requests, cfg


def build_shape_apart(shape: str, folder: Path, device: str) -> int:
    """`bench_train.build_shape` in a process of its own on a GPU machine: this one then never loads the CUDA
    driver, and its generation workers can be forked (`harness.shard.can_fork`), as in `harness eval`."""
    from harness.bench_train import build_shape

    if device != "cuda":
        return build_shape(shape, folder, device)
    code = ("import json, sys; from pathlib import Path; from harness.bench_train import build_shape; "
            "print(json.dumps(build_shape(sys.argv[1], Path(sys.argv[2]), 'cuda')))")
    proc = subprocess.run([sys.executable, "-c", code, shape, str(folder)], capture_output=True, text=True)
    if proc.returncode != 0:
        raise HarnessError(f"building the {shape} shape failed: {last_error_line(proc.stderr or proc.stdout)}")
    return int(proc.stdout.strip().splitlines()[-1])


# --- the command ---------------------------------------------------------------------------------------

FIGURES = (("train", "tokens_per_s", "train_speedup", "training, trained tokens/s"),
           ("train", "tokens_per_s_median_step", "train_median_step_speedup", "training, median step"),
           ("generate", "decode_tokens_per_s", "generate_decode_speedup", "generation, decode loops"),
           ("generate", "tokens_per_s", "generate_speedup", "generation, whole call"))
"""(part, figure, its speedup's name, its label in the summary) for every figure a speedup is taken of"""
KEYS = tuple(dict.fromkeys(key for _, key, _, _ in FIGURES))


def median_of(runs: list[dict]) -> dict:
    """One count's figures over its repeated runs: the median run (the lower of two middle ones) by tokens/s,
    with every run's tokens/s listed (`<key>_runs`) and each key's median; a failed run is kept only if all
    failed."""
    ok = [r for r in runs if r.get("tokens_per_s")]
    if not ok:
        return runs[-1]
    if len(runs) == 1:
        return ok[0]
    middle = median_low(r["tokens_per_s"] for r in ok)
    out = {**next(r for r in ok if r["tokens_per_s"] == middle), "repeats": len(runs)}
    for key in KEYS:
        if values := [r[key] for r in runs if r.get(key)]:
            out[f"{key}_runs"], out[key] = values, median_low(values)
    return out


def speedups(result: dict, counts: list[int]) -> dict[str, dict]:
    """{N: {train_speedup, train_median_step_speedup, generate_decode_speedup, generate_speedup}}: figure at N /
    figure at the smallest count (1 by default), for every larger count; None where a figure is missing. The
    median-step one compares each count's median step (tokens/s), which a step slowed by something else on a
    shared machine does not move."""
    def ratio(part: str, key: str, n: int) -> float | None:
        runs = result.get(part, {}).get("by_gpus", {})
        top, base = runs.get(str(n), {}).get(key), runs.get(str(counts[0]), {}).get(key)
        return round(top / base, 3) if top and base else None

    return {str(n): {**{name: ratio(part, key, n) for part, key, name, _ in FIGURES}, "ideal": round(n / counts[0], 3)}
            for n in counts[1:]}


def summary(result: dict, counts: list[int]) -> str:
    """The figures as a table: a row per measured figure (a failed count says so), a column per GPU count, then
    the speedup at the largest count against the smallest (`speedups`)."""
    top = result.get("speedup", {}).get(str(counts[-1]), {})
    rows = [["", *(f"{n} GPU" + ("s" if n > 1 else "") for n in counts), f"{counts[-1]} vs {counts[0]}"]]
    for part, key, name, label in FIGURES:
        runs = [result.get(part, {}).get("by_gpus", {}).get(str(n)) for n in counts]
        values = [run.get(key) if run else None for run in runs]
        if not any(runs) or (not any(values) and key != "tokens_per_s"):
            continue  # a part not measured, or a figure this run has none of
        cells = [f"{v:,.0f}" if v else "failed" if run and "error" in run else "-"
                 for run, v in zip(runs, values, strict=True)]
        rows.append([label, *cells, f"{top[name]:.2f}x" if top.get(name) else "-"])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]

    def line(row: list[str]) -> str:
        return "  ".join([row[0].ljust(widths[0]), *(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True))])

    return "\n".join(line(row) for row in rows)


def measure_counts(part: str, counts: list[int], repeats: int, at) -> dict[str, dict]:
    """`at(n, repeat)` for every count, `repeats` times interleaved; each count's median run."""
    runs: dict[int, list[dict]] = {n: [] for n in counts}
    for rep in range(repeats):
        for n in counts:
            print(f"[bench scale] {part} at {n} GPU(s)" + (f", run {rep + 1}/{repeats}" if repeats > 1 else ""),
                  flush=True)
            runs[n].append(at(n, rep))
            print(f"[bench scale] {part} at {n}: {json.dumps(runs[n][-1])}", flush=True)
    return {str(n): median_of(runs[n]) for n in counts}


def run(args) -> int:
    from harness.registry import load_recipe

    counts = parse_gpus(args.gpus)
    if args.repeats < 1:
        raise HarnessError(f"--repeats {args.repeats}: expected a positive number of runs per GPU count")
    if args.samples < 1:
        raise HarnessError(f"--samples {args.samples}: expected a positive number of samples per problem")
    if args.skip_train and args.skip_generate:
        raise HarnessError("--skip-train and --skip-generate together leave nothing to measure; drop one")
    if not args.skip_train and args.steps <= args.warmup + 1:
        raise HarnessError(f"--steps {args.steps} leaves nothing to time after --warmup {args.warmup}; raise it")
    device = check_gpus(counts)
    recipe = load_recipe(args.recipe, list(args.train_set))
    result: dict = {"device": device, "shape": args.shape, "gpus": counts, "recipe": args.recipe,
                    "repeats": args.repeats}
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp_name:
        tmp, t0 = Path(tmp_name), time.perf_counter()
        result["n_params"] = build_shape_apart(args.shape, tmp / "model", device)
        result["build_s"] = round(time.perf_counter() - t0, 1)
        if not args.skip_train:
            setting = {"label": "scale", "recipe": args.recipe, "overrides": list(args.train_set),
                       "row_lengths": parse_lengths(args.row_lengths)}
            runs = measure_counts("train", counts, args.repeats, lambda n, rep: train_at(
                n, setting, tmp / "model", args.steps, args.warmup, tmp / f"train-{rep}", args.fsdp_at_one))
            result["train"] = {"overrides": setting["overrides"], "steps": args.steps, "warmup": args.warmup,
                               "row_lengths": setting["row_lengths"],
                               "parallel": recipe.train.parallel, "fsdp_at_one": args.fsdp_at_one,
                               "scaling": "weak: each GPU trains batch_size rows per step", "by_gpus": runs}
        if not args.skip_generate:
            spec, requests, cfg = generation_inputs(args, recipe, tmp / "model", device)
            runs = measure_counts("generate", counts, args.repeats, lambda n, rep: generate_at(
                n, spec, requests, cfg, tmp / f"generate-{rep}", args.force_length))
            result["generate"] = {"problems": args.limit, "samples_per_problem": args.samples,
                                  "sequences": len(requests), "max_new_tokens": cfg.max_new_tokens,
                                  "batch_size_per_gpu": cfg.batch_size, "force_length": args.force_length,
                                  "engine": cfg.engine, "scaling": "strong: the same sequences split across GPUs",
                                  "by_gpus": runs}
    result["speedup_base_gpus"], result["speedup"] = counts[0], speedups(result, counts)
    result["env"] = environment()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1))
    print(summary(result, counts))
    print(f"[bench scale] figures: {args.out}")
    failed = [f"{part} at {n}" for part in ("train", "generate") for n, v in
              result.get(part, {}).get("by_gpus", {}).items() if "error" in v]
    if failed:
        print(f"[bench scale] failed: {', '.join(failed)} (see {args.out})", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(_train_worker(sys.argv[1]))
