"""`harness bench generate`: our generation engine against the tutorial's loop (one prompt at a
time through `model.generate`), on the same model, problems and settings, in the same run."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from harness import cpu_matmul
from harness.config import GenerationConfig
from harness.env import environment
from harness.errors import HarnessError
from harness.generate import Request, generate
from harness.models import SHAPES


def add_bench_command(sub) -> None:
    p = sub.add_parser("generate", help="generation tokens/s: ours vs one prompt at a time")
    p.add_argument("--recipe", default="smollm2-135m", help="recipe whose model and prompts to use")
    p.add_argument("--model", help="override model.name_or_path")
    p.add_argument("--shape", choices=SHAPES, help="random weights of this shape instead (no download)")
    p.add_argument("--limit", type=int, default=164, help="HumanEval problems for our engine (default 164)")
    p.add_argument("--baseline-limit", type=int, default=8,
                   help="problems for the one-at-a-time baseline (it is slow; tokens/s is per token; 0: none)")
    p.add_argument("--dtype", choices=["auto", "float32", "bfloat16", "float16"],
                   help="model.dtype (default: the recipe's; auto is bf16 on a GPU, fp32 on CPU)")
    p.add_argument("--max-new-tokens", type=int, help="default: the recipe's")
    p.add_argument("--batch-size", type=int,
                   help="default: the recipe's; with --shape, --limit (every prompt at once, as `bench scale` runs)")
    p.add_argument("--force-length", action="store_true",
                   help="ignore EOS and stop strings: every sequence runs max-new-tokens (as with random weights)")
    p.add_argument("--engine", choices=["auto", "slots", "dynamic"], help="generation.engine (default: the recipe's)")
    p.add_argument("--prompt-lookup", type=int, metavar="N",
                   help="generation.prompt_lookup: draft tokens per step on CPU, greedy (default: the recipe's)")
    p.add_argument("--n-samples", type=int, default=1, metavar="N",
                   help="samples per problem for our engine, drawn at --temperature (a pass@k run; the baseline "
                        "stays greedy, one sample)")
    p.add_argument("--temperature", type=float, default=0.8, help="with --n-samples > 1 (default 0.8; top-p: the "
                                                                     "recipe's)")
    p.add_argument("--cpu-matmul", choices=cpu_matmul.CHOICES,
                   help="model.cpu_matmul: precision of fp32 matmuls on CPU, for the engine and the loop alike "
                        "(default: the recipe's; auto is bfloat16 where the CPU has AMX-BF16)")
    p.add_argument("--samples", type=Path, metavar="FILE",
                   help="keep our engine's samples in this JSONL file (replaced), to compare runs item by item")
    p.add_argument("--out", type=Path, required=True, help="JSON file to write")
    p.set_defaults(func=run)


def _prompts(recipe, tok, limit: int, vocab: int | None):
    """(key, prompt text, token ids, stops) of the first `limit` HumanEval prompts in the recipe's mode.

    With `vocab` (a random-weights shape) the ids are random, of the lengths the recipe's tokenizer
    gives the real prompts (or about 3.6 characters per token where that tokenizer is unavailable)."""
    import torch

    from harness import models
    from tasks import get_task

    task = get_task("humaneval")
    ptok = tok
    if vocab is not None:
        try:
            ptok = models.load_tokenizer(models.materialize(models.resolve(recipe.model)))
        except HarnessError:
            ptok = None
    out = []
    g = torch.Generator().manual_seed(0)
    for p in task.problems(limit):
        text = task.build_prompt(p, ptok, recipe.eval.prompt_mode) if ptok else p.prompt
        ids = ptok(text, add_special_tokens=False)["input_ids"] if ptok else [0] * int(len(text) / 3.6 + 40)
        if vocab is not None:
            ids = torch.randint(3, vocab, (len(ids),), generator=g).tolist()
        out.append((p.task_id, text, ids, tuple(task.stop_sequences(recipe.eval.prompt_mode))))
    return out


def _load(args, recipe):

    from harness import models

    device = models.pick_device()
    if args.shape:
        model = models.random_model(args.shape, device=device, dtype=models.resolve_dtype(recipe.model.dtype, device))
        return model.eval(), models.word_tokenizer(model.config.vocab_size), device
    src = models.materialize(models.resolve(recipe.model))
    dtype = models.resolve_dtype(recipe.model.dtype, device)
    return models.load_model(src, dtype, device), models.load_tokenizer(src), device


def _sync(device: str) -> None:
    import torch

    if device == "cuda":
        torch.cuda.synchronize()


def baseline_loop(model, tok, prompts, max_new: int, force: bool, device: str) -> tuple[dict, float, int]:
    """The tutorial's evaluation: one prompt at a time, greedy `model.generate`."""
    import torch

    texts, tokens = {}, 0
    _sync(device)
    t0 = time.perf_counter()
    for key, _, ids, _ in prompts:
        x = torch.tensor([ids], device=device)
        with torch.no_grad():
            out = model.generate(x, attention_mask=torch.ones_like(x), max_new_tokens=max_new, do_sample=False,
                                 min_new_tokens=max_new if force else None, pad_token_id=tok.pad_token_id)
        new = out[0, x.shape[1]:]
        tokens += len(new)
        texts[key] = tok.decode(new, skip_special_tokens=True)
    _sync(device)
    return texts, time.perf_counter() - t0, tokens


def _engine_stats(wall_s: float) -> dict | None:
    """Where the slot engine's time went: prefill, CUDA-graph capture, and the decode steps."""
    from harness import static_decode

    stats = dict(static_decode.LAST_STATS)
    if not stats:
        return None
    stats["decode_s"] = wall_s - stats["prefill_s"] - stats["capture_s"]
    stats["ms_per_step"] = round(1000 * stats["decode_s"] / max(stats["steps"], 1), 2)
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in stats.items()}


def run(args) -> int:
    from harness.registry import load_recipe

    if args.n_samples < 1:
        raise HarnessError(f"--n-samples {args.n_samples}: give 1 or more samples per problem")
    overrides = [f"model.name_or_path={args.model}"] if args.model else []
    overrides += [f"model.dtype={args.dtype}"] if args.dtype else []
    overrides += [f"model.cpu_matmul={args.cpu_matmul}"] if args.cpu_matmul else []
    recipe = load_recipe(args.recipe, overrides)
    gen = recipe.generation
    cfg = GenerationConfig(max_new_tokens=args.max_new_tokens or gen.max_new_tokens,
                           batch_size=args.batch_size or (args.limit if args.shape else gen.batch_size),
                           do_sample=args.n_samples > 1,
                           temperature=args.temperature, top_p=gen.top_p, seed=gen.seed,
                           engine=args.engine or gen.engine,
                           prompt_lookup=gen.prompt_lookup if args.prompt_lookup is None else args.prompt_lookup)
    model, tok, device = _load(args, recipe)
    matmul = cpu_matmul.resolve(recipe.model.cpu_matmul, device)
    vocab = model.config.vocab_size if args.shape else None
    prompts = _prompts(recipe, tok, args.limit, vocab)
    stops = (lambda s: ()) if args.force_length else (lambda s: s)
    many = args.n_samples > 1
    requests = [Request(f"{k}/{j}" if many else k, text, stops(st), prompt_ids=tuple(ids))
                for k, text, ids, st in prompts for j in range(args.n_samples)]
    with cpu_matmul.scope(matmul):  # the loop's matmuls at the engine's precision too
        base_texts, base_s, base_tokens = baseline_loop(model, tok, prompts[: args.baseline_limit],
                                                        cfg.max_new_tokens, args.force_length, device)
    with tempfile.TemporaryDirectory() as tmp, cpu_matmul.scope(matmul):
        log = args.samples or Path(tmp) / "log.jsonl"
        log.unlink(missing_ok=True)  # a benchmark generates everything: no resume from an earlier run
        _sync(device)
        t0 = time.perf_counter()
        ours = generate(model, tok, requests, cfg, log, desc="bench generate", force_length=args.force_length)
        _sync(device)
        ours_s = time.perf_counter() - t0
    ours_tokens = sum(r["new_tokens"] for r in ours.values())
    same = sum(v.startswith(ours[k]["text"]) for k, v in base_texts.items()) if not many else None
    result = {
        "device": device, "model": args.shape or recipe.model.name_or_path, "problems": len(prompts),
        "max_new_tokens": cfg.max_new_tokens, "batch_size": cfg.batch_size, "force_length": args.force_length,
        "cpu_matmul": matmul, "engine": cfg.engine, "prompt_lookup": cfg.prompt_lookup, "n_samples": args.n_samples,
        "temperature": cfg.temperature if many else None,
        "tokens_per_s": round(ours_tokens / ours_s, 1), "new_tokens": ours_tokens, "wall_s": round(ours_s, 2),
        "baseline_tokens_per_s": round(base_tokens / base_s, 1) if base_tokens else None,
        "baseline_problems": len(base_texts), "baseline_new_tokens": base_tokens, "baseline_wall_s": round(base_s, 2),
        "speedup": round((ours_tokens / ours_s) / (base_tokens / base_s), 3) if base_tokens else None,
        # random weights give near-uniform logits: batched vs single-prompt numerics flip argmaxes, so
        # agreement is only a correctness check on trained weights
        "greedy_agreement_on_baseline_problems": None if args.shape or many else f"{same}/{len(base_texts)}",
        "engine_stats": _engine_stats(ours_s),
        "env": environment(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1))
    print(json.dumps({k: v for k, v in result.items() if k != "env"}, indent=1))
    return 0
