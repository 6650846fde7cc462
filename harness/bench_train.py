"""`harness bench train`: QLoRA SFT throughput of recipes on a random-weights shape (no download).

Each setting (a recipe, optionally with `--set`-style overrides) trains for a few steps in its own
subprocess, through the same `harness.train.build_trainer` as a real run, on synthetic rows whose
token lengths follow the seed probe's (60..700 tokens). It reports trained (non-padding) tokens/s,
seconds per step, peak memory and MFU: 4·N FLOPs per trained token (N = base parameters; forward
2N plus the backward pass into activations 2N, no weight gradients for the frozen base) against
the bf16 matmul rate measured in the same command.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness.env import environment
from harness.errors import HarnessError, last_error_line
from harness.models import SHAPES

DEFAULT_RECIPES = ("mistral-7b-seed", "mistral-7b-code")
CHAT_TEMPLATE = ("{{ bos_token }}{% for m in messages %}{% if m['role'] == 'user' %}[INST] {{ m['content'] }} "
                 "[/INST]{% else %} {{ m['content'] }}{{ eos_token }}{% endif %}{% endfor %}")


def add_bench_command(sub) -> None:
    p = sub.add_parser("train", help="QLoRA SFT trained tokens/s, s/step, peak memory and MFU per recipe")
    p.add_argument("--shape", default="mistral-7b", help="random-weights shape: " + " | ".join(SHAPES))
    p.add_argument("--recipe", action="append", dest="recipes", metavar="NAME",
                   help=f"recipe to measure (repeatable; default: {' '.join(DEFAULT_RECIPES)})")
    p.add_argument("--variant", action="append", default=[], metavar="LABEL:RECIPE:KEY=V[,KEY=V]",
                   help="an extra setting, e.g. fastest:mistral-7b-code:train.batch_size=32,"
                        "train.gradient_checkpointing=false (repeatable)")
    p.add_argument("--steps", type=int, default=12, help="optimizer steps per setting (default 12)")
    p.add_argument("--warmup", type=int, default=2, help="steps left out of the timing (default 2)")
    p.add_argument("--out", type=Path, required=True, help="JSON file to write")
    p.set_defaults(func=run)


def parse_settings(recipes: list[str] | None, variants: list[str]) -> list[dict]:
    """[{label, recipe, overrides}] for the plain recipes and each `LABEL:RECIPE:KEY=V,...` variant."""
    settings = [{"label": r, "recipe": r, "overrides": []} for r in (recipes or DEFAULT_RECIPES)]
    for v in variants:
        parts = v.split(":", 2)
        if len(parts) != 3 or not parts[0] or not parts[1]:
            raise HarnessError(f"--variant {v!r}: expected LABEL:RECIPE:KEY=V[,KEY=V], "
                               "e.g. fast:mistral-7b-code:train.batch_size=32")
        settings.append({"label": parts[0], "recipe": parts[1],
                         "overrides": [o for o in parts[2].split(",") if o.strip()]})
    labels = [s["label"] for s in settings]
    if len(set(labels)) != len(labels):
        raise HarnessError(f"bench train: duplicate setting label in {labels}; give each variant its own label")
    return settings


def synthetic_rows(vocab: int, n: int = 2000, seed: int = 0, lengths: tuple[int, int] = (60, 700)) -> list[dict]:
    """Alpaca-style rows of random word tokens, `lengths` tokens long (a quarter prompt, the rest answer)."""
    import torch

    g = torch.Generator().manual_seed(seed)
    rows = []
    for length in torch.randint(lengths[0], lengths[1], (n,), generator=g).tolist():
        words = [f"t{i}" for i in torch.randint(3, vocab, (length,), generator=g).tolist()]
        cut = max(8, length // 4)
        rows.append({"instruction": " ".join(words[:cut]), "input": "", "output": " ".join(words[cut:])})
    return rows


def build_shape(shape: str, folder: Path, device: str) -> int:
    """Save a random-weights model of `shape` (bf16 on GPU) with a word tokenizer; returns its parameter count."""
    import torch

    from harness import models

    dtype = torch.bfloat16 if device == "cuda" else torch.float32
    model = models.random_model(shape, device=device, dtype=dtype)
    n_params = sum(p.numel() for p in model.parameters())
    model.save_pretrained(folder)
    tok = models.word_tokenizer(model.config.vocab_size)
    tok.chat_template = CHAT_TEMPLATE
    tok.save_pretrained(folder)
    del model
    if device == "cuda":
        torch.cuda.empty_cache()
    # flush the ~15 GB just written: otherwise the kernel writes it back while the first setting trains,
    # and that setting's host-side work (a QLoRA step dispatches thousands of small ops) runs slower
    os.sync()
    return n_params


def matmul_tflops(device: str, size: int = 8192, iters: int = 20) -> float | None:
    """Measured dense bf16 matmul rate (TFLOP/s) of this GPU; None on CPU."""
    import torch

    if device != "cuda":
        return None
    a = torch.randn(size, size, device="cuda", dtype=torch.bfloat16)
    b = torch.randn(size, size, device="cuda", dtype=torch.bfloat16)
    for _ in range(3):
        a @ b
    torch.cuda.synchronize()
    t0 = time.perf_counter()
    for _ in range(iters):
        a @ b
    torch.cuda.synchronize()
    return round(2 * size**3 * iters / (time.perf_counter() - t0) / 1e12, 1)


def measure(setting: dict, model_dir: Path, steps: int, warmup: int) -> dict:
    """Train one setting for `steps` steps (in this process) and return its figures."""
    import torch

    from harness import models, train
    from harness.registry import load_recipe

    device = models.pick_device()
    overrides = [f"train.max_steps={steps}", f"train.save_steps={steps + 1000}", "train.logging_steps=1",
                 f"model.name_or_path={model_dir}", *setting["overrides"]]
    cfg = load_recipe(setting["recipe"], overrides)
    src = models.ModelSource(str(model_dir))
    vocab = json.loads((model_dir / "config.json").read_text())["vocab_size"]
    rows = synthetic_rows(vocab, lengths=tuple(setting.get("row_lengths", (60, 700))))
    clock = train.step_clock(device)
    with tempfile.TemporaryDirectory() as tmp:
        if device == "cuda":
            torch.cuda.reset_peak_memory_stats()
        trainer = train.build_trainer(cfg, src, rows, [], Path(tmp), callbacks=[clock], progress=False)
        trainer.train()
        figures = train.steady_throughput(trainer.state.log_history, clock.times, warmup, each=True)
        # same rows and seed in every setting of a recipe: equal first losses say the kernels compute the same thing
        losses = [round(h["loss"], 4) for h in trainer.state.log_history if "loss" in h]
        figures["loss_first_last"] = [losses[0], losses[-1]] if losses else None
        checkpointed = sum(bool(layer.gradient_checkpointing) for layer in train.decoder_layers(trainer.model))
    tc = cfg.train
    return {
        **figures, "recipe": setting["recipe"], "overrides": setting["overrides"],
        "batch_size": tc.batch_size, "quantization": tc.quantization, "compute_dtype": tc.compute_dtype,
        "gradient_checkpointing": tc.gradient_checkpointing, "checkpointed_layers": checkpointed,
        "liger_kernel": tc.liger_kernel, "lora_r": cfg.lora.r, "lora_dropout": cfg.lora.dropout,
        "optim": tc.optim, "max_seq_len": tc.max_seq_len,
        "peak_mem_gib": round(torch.cuda.max_memory_allocated() / 2**30, 2) if device == "cuda" else None,
        "peak_reserved_gib": round(torch.cuda.max_memory_reserved() / 2**30, 2) if device == "cuda" else None,
    }


def _worker(spec_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text())
    result = measure(spec["setting"], Path(spec["model_dir"]), spec["steps"], spec["warmup"])
    Path(spec["out"]).write_text(json.dumps(result))
    return 0


def _run_setting(setting: dict, model_dir: Path, steps: int, warmup: int, tmp: Path) -> dict:
    """One setting in a fresh process (clean GPU memory, its own peak); a failure is recorded, not raised."""
    spec, out = tmp / f"{setting['label']}.spec.json", tmp / f"{setting['label']}.json"
    spec.write_text(json.dumps({"setting": setting, "model_dir": str(model_dir), "steps": steps,
                                "warmup": warmup, "out": str(out)}))
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "harness.bench_train", str(spec)], capture_output=True, text=True,
                          env={**os.environ, "TRANSFORMERS_VERBOSITY": "error"})
    if proc.returncode != 0 or not out.is_file():
        return {"error": last_error_line(proc.stderr or proc.stdout, 400), "wall_s": round(time.perf_counter() - t0, 1)}
    return {**json.loads(out.read_text()), "wall_s": round(time.perf_counter() - t0, 1)}


def run(args) -> int:
    from harness import models

    settings = parse_settings(args.recipes, args.variant)
    if args.steps <= args.warmup + 1:
        raise HarnessError(f"--steps {args.steps} leaves nothing to time after --warmup {args.warmup}; raise it")
    device = models.pick_device()
    results: dict = {"device": device, "shape": args.shape, "steps": args.steps, "warmup": args.warmup,
                     "settings": {}}
    with tempfile.TemporaryDirectory(prefix="bench-train-") as tmp_name:
        tmp = Path(tmp_name)
        t0 = time.perf_counter()
        n_params = build_shape(args.shape, tmp / "model", device)
        results.update(n_params=n_params, build_s=round(time.perf_counter() - t0, 1),
                       matmul_bf16_tflops=matmul_tflops(device))
        for setting in settings:
            print(f"[bench train] {setting['label']}: {setting['recipe']} {' '.join(setting['overrides'])}",
                  flush=True)
            fig = _run_setting(setting, tmp / "model", args.steps, args.warmup, tmp)
            if fig.get("tokens_per_s") and results["matmul_bf16_tflops"]:
                fig["model_tflops"] = round(4 * n_params * fig["tokens_per_s"] / 1e12, 1)
                fig["mfu"] = round(fig["model_tflops"] / results["matmul_bf16_tflops"], 3)
            results["settings"][setting["label"]] = fig
            print(f"[bench train] {setting['label']}: {json.dumps(fig)}", flush=True)
    first = next(iter(results["settings"].values()), {})
    for fig in results["settings"].values():
        if fig.get("tokens_per_s") and first.get("tokens_per_s"):
            fig["speedup_vs_first"] = round(fig["tokens_per_s"] / first["tokens_per_s"], 2)
    results["env"] = environment()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1))
    failed = [k for k, v in results["settings"].items() if "error" in v]
    if failed:
        print(f"[bench train] failed settings: {', '.join(failed)} (see {args.out})", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(_worker(sys.argv[1]))
