"""`harness bench loss`: does a recipe learn as much as the seed's, token for token, on real data?

Each setting (a recipe, or a `LABEL:RECIPE:KEY=V[,KEY=V]` variant) trains a LoRA on the same model and
the same training rows through `harness.train.build_trainer`, with the recipe's own hyperparameters and
prompt format, until it has trained on the same number of tokens (TRL's `num_tokens`: non-padding tokens,
prompt included). Then the base model and every trained one are scored on the same held-out rows, the
same way: mean negative log-likelihood per answer token given the prompt, each row tokenized as TRL
tokenizes a prompt-completion example (prompt ids, then completion ids; EOS appended to plain text), in
each prompt format (a setting's own format, and the chat format common to all)."""

from __future__ import annotations

import json
import math
import tempfile
import time
from pathlib import Path

from harness.env import environment
from harness.errors import HarnessError

FORMATS = ("chat", "seed")
TOLERANCE = 0.01
"""nats per answer token a setting may lose to the reference and still count as equal"""
STEP_MARGIN = 1.05
"""max_steps = estimated steps for the budget x this: the budget is reached before the schedule ends"""
PAGED = {"paged_adamw_32bit": "adamw_torch", "paged_adamw_8bit": "adamw_bnb_8bit",
         "paged_adamw": "adamw_torch", "paged_lion_32bit": "lion_32bit", "paged_lion_8bit": "lion_8bit"}
MICRO_BATCH = 4
"""on CPU a larger batch runs as micro-batches of this size with gradient accumulation (memory)"""
NO_NF4 = ("plain LoRA on an fp32 base: bitsandbytes NF4 on CPU is about 10x slower there, and the comparison "
          "is about the recipes' hyperparameters and formats, not the quantizer (pass --quantization nf4)")


def add_bench_command(sub) -> None:
    p = sub.add_parser("loss", help="held-out answer loss of recipes after the same number of trained tokens")
    p.add_argument("--recipe", action="append", dest="recipes", metavar="NAME",
                   help="recipe to train (repeatable; default: mistral-7b-seed mistral-7b-code); "
                        "the first is the reference of the verdicts")
    p.add_argument("--variant", action="append", default=[], metavar="LABEL:RECIPE:KEY=V[,KEY=V]",
                   help="an extra setting, e.g. fastest:mistral-7b-code:train.batch_size=32 (repeatable)")
    p.add_argument("--model", default="embedded:smollm2-135m", help="model.name_or_path for every setting")
    p.add_argument("--data", default="shipped:code_instructions", help="data.path for every setting")
    p.add_argument("--tokens", type=int, default=30000,
                   help="trained-token budget per setting (default 30000)")
    p.add_argument("--quantization", choices=["none", "nf4"], default="none",
                   help="train.quantization for every setting (default none: fp32 LoRA)")
    p.add_argument("--set", action="append", default=[], dest="sets", metavar="KEY=VALUE",
                   help="override for every setting, e.g. train.max_seq_len=256 (repeatable)")
    p.add_argument("--eval-rows", type=int, help="first N held-out rows to score (default: all)")
    p.add_argument("--out", type=Path, required=True, help="JSON file to write")
    p.set_defaults(func=run)


def encode(row: dict, tok, fmt: str, max_len: int) -> tuple[list[int], int]:
    """(input ids, prompt length) of a row as TRL's SFTTrainer tokenizes its prompt-completion example."""
    from trl.data_utils import common_prefix_length

    from harness.train import to_example

    ex = to_example(row, fmt)
    if fmt == "chat":
        prompt = tok.apply_chat_template(ex["prompt"], tokenize=True, return_dict=True,
                                         add_generation_prompt=True)["input_ids"]
        full = tok.apply_chat_template(ex["prompt"] + ex["completion"], tokenize=True,
                                       return_dict=True)["input_ids"]
    else:  # TRL appends EOS to a plain-text completion that lacks it
        completion = ex["completion"]
        completion += "" if completion.endswith(tok.eos_token) else tok.eos_token
        prompt = tok(ex["prompt"])["input_ids"]
        full = tok(ex["prompt"] + completion)["input_ids"]
    return list(full[:max_len]), common_prefix_length(list(prompt), list(full))


def answer_nll(model, tok, rows: list[dict], fmt: str, max_len: int, batch_size: int = 4) -> dict:
    """Mean negative log-likelihood (nats) per answer token of `rows` given their prompts, in format `fmt`."""
    import torch

    enc = sorted((encode(r, tok, fmt, max_len) for r in rows), key=lambda e: len(e[0]))
    device = next(model.parameters()).device
    total, count, was_training = 0.0, 0, model.training
    model.eval()
    with torch.no_grad():
        for i in range(0, len(enc), batch_size):
            chunk = enc[i:i + batch_size]
            width = max(len(ids) for ids, _ in chunk)
            ids = torch.full((len(chunk), width), tok.pad_token_id, dtype=torch.long)
            mask = torch.zeros_like(ids)
            labels = torch.full_like(ids, -100)
            for j, (seq, n_prompt) in enumerate(chunk):
                ids[j, :len(seq)] = torch.tensor(seq)
                mask[j, :len(seq)] = 1
                labels[j, n_prompt:len(seq)] = ids[j, n_prompt:len(seq)]
            logits = model(input_ids=ids.to(device), attention_mask=mask.to(device)).logits.float()
            target = labels[:, 1:].to(device)
            nll = torch.nn.functional.cross_entropy(logits[:, :-1].transpose(1, 2), target, reduction="sum")
            total += nll.item()
            count += int((target != -100).sum())
    model.train(was_training)
    if not count:
        raise HarnessError(f"bench loss: no answer tokens to score in format {fmt} "
                           "(prompts longer than max_seq_len?)")
    return {"nll": round(total / count, 5), "answer_tokens": count, "rows": len(enc)}


def token_budget(budget: int):
    """A TrainerCallback that stops training at the first logged step whose cumulative `num_tokens` >= budget,
    and counts the rows and loss tokens the model was trained on (a forward pre-hook, training mode only)."""
    from transformers import TrainerCallback

    class Budget(TrainerCallback):
        def __init__(self):
            self.seen, self.rows, self.loss_tokens, self.hooked = 0, 0, 0, False

        def on_train_begin(self, args, state, control, model=None, **kw):
            if model is not None and not self.hooked:
                model.register_forward_pre_hook(self._count, with_kwargs=True)
                self.hooked = True

        def _count(self, module, args, kwargs):
            ids, labels = kwargs.get("input_ids"), kwargs.get("labels")
            if module.training and ids is not None:
                self.rows += ids.shape[0]
                self.loss_tokens += int((labels[:, 1:] != -100).sum()) if labels is not None else 0

        def on_log(self, args, state, control, logs=None, **kw):
            if logs and "num_tokens" in logs:
                self.seen = int(logs["num_tokens"])
                if self.seen >= budget:
                    control.should_training_stop = True

    return Budget()


def cpu_overrides(cfg, device: str) -> tuple[list[str], list[str]]:
    """(overrides, why) that let a GPU recipe train on this device without changing what it learns."""
    if device != "cpu":
        return [], []
    sets = ["train.compute_dtype=float32", "train.gradient_checkpointing=false", "train.liger_kernel=false"]
    why = ["compute_dtype float32: CPU (no fp16/bf16 autocast in this Trainer on CPU)",
           "gradient_checkpointing off: recomputes the same activations; only memory and speed change"]
    bs, ga = cfg.train.batch_size, cfg.train.grad_accum
    if bs > MICRO_BATCH and bs % MICRO_BATCH == 0:
        sets += [f"train.batch_size={MICRO_BATCH}", f"train.grad_accum={ga * bs // MICRO_BATCH}"]
        micro = f"{MICRO_BATCH} x {ga * bs // MICRO_BATCH}"
        why.append(f"batch {bs} x accumulation {ga} -> {micro}: the same rows per step in the same order "
                   "(the length-grouped sampler groups by the effective batch) and the same loss (divided by "
                   "the effective batch's loss tokens); one batch of 16 long rows exceeded 23 GB of RAM")
    if cfg.train.optim in PAGED:
        sets.append(f"train.optim={PAGED[cfg.train.optim]}")
        why.append(f"optim {cfg.train.optim} -> {PAGED[cfg.train.optim]}: paging needs CUDA unified memory "
                   "(bitsandbytes falls back to the non-paged update on CPU, the same AdamW)")
    return sets, why


def common_overrides(args) -> list[str]:
    """The overrides every setting gets: model, data, quantization, then the user's `--set`s."""
    sets = [f"model.name_or_path={args.model}", f"data.path={args.data}", "data.heldout_fraction=0.1",
            f"train.quantization={args.quantization}"]
    if args.quantization == "none":
        sets.append("merge.base=16bit")  # unused here; a 16-bit base is what `none` trains on
    return sets + list(args.sets)


def train_setting(setting: dict, args, data, src, device: str, score_len: int, tmp: Path) -> dict:
    """Train one setting to the token budget and score it on the held-out rows in every format."""
    from harness import models, train
    from harness.registry import load_recipe

    common = common_overrides(args) + ["train.logging_steps=1", "train.save_steps=100000"]
    cfg = load_recipe(setting["recipe"], common + setting["overrides"])
    extra, why = cpu_overrides(cfg, device)
    tc = cfg.train
    tok = models.load_tokenizer(src)
    lengths = [len(encode(r, tok, tc.prompt_format, tc.max_seq_len)[0]) for r in data.train]
    mean_len = sum(lengths) / len(lengths)
    per_step = tc.batch_size * tc.grad_accum * mean_len
    max_steps = math.ceil(args.tokens / per_step * STEP_MARGIN)
    overrides = common + setting["overrides"] + extra + [f"train.max_steps={max_steps}"]
    cfg = load_recipe(setting["recipe"], overrides)
    tc = cfg.train
    stop, clock = token_budget(args.tokens), train.step_clock(device)
    trainer = train.build_trainer(cfg, src, data.train, [], tmp / setting["label"], callbacks=[stop, clock],
                                  progress=False)
    t0 = time.perf_counter()
    trainer.train()
    train_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    rows = data.heldout[: args.eval_rows] if args.eval_rows else data.heldout
    heldout = {f: answer_nll(trainer.model, tok, rows, f, score_len) for f in FORMATS}
    hist = trainer.state.log_history
    return {
        "recipe": setting["recipe"], "overrides": overrides, "substitutions": why,
        "prompt_format": tc.prompt_format, "completion_only_loss": tc.completion_only_loss,
        "effective_batch": tc.batch_size * tc.grad_accum, "batch_size": tc.batch_size,
        "grad_accum": tc.grad_accum,
        "accumulated_loss_token_weighted": bool(trainer.model_accepts_loss_kwargs),
        "lr": tc.lr, "lr_scheduler": tc.lr_scheduler, "warmup_ratio": tc.warmup_ratio,
        "weight_decay": tc.weight_decay, "max_grad_norm": tc.max_grad_norm,
        "optim": tc.optim, "max_seq_len": tc.max_seq_len, "group_by_length": tc.group_by_length,
        "lora": {"r": cfg.lora.r, "alpha": cfg.lora.alpha, "dropout": cfg.lora.dropout},
        "quantization": tc.quantization, "compute_dtype": tc.compute_dtype,
        "mean_row_tokens": round(mean_len, 1), "max_steps": max_steps,
        "max_steps_rule": f"ceil(tokens / (batch_size * grad_accum * mean_row_tokens) * {STEP_MARGIN})",
        "steps": trainer.state.global_step, "trained_tokens": stop.seen,
        "budget_reached": stop.seen >= args.tokens,
        "rows_seen": stop.rows, "loss_tokens_seen": stop.loss_tokens,
        "schedule_done": round(trainer.state.global_step / max_steps, 3),
        "train_s": round(train_s, 1), **train.steady_throughput(hist, clock.times),
        "loss": [[h["step"], round(h["loss"], 4), int(h["num_tokens"])] for h in hist if "loss" in h],
        "heldout": heldout, "heldout_own": heldout[tc.prompt_format]["nll"],
        "score_s": round(time.perf_counter() - t0, 1),
    }


def _table(result: dict) -> str:
    base = result["base"]
    lines = [f"{'setting':<22}{'steps':>6}{'tokens':>8}{'rows':>6}{'train_s':>9}{'own':>6}"
             f"{'nll_own':>9}{'nll_chat':>9}{'nll_seed':>9}  verdict",
             f"{'base (no training)':<22}{'':>6}{'':>8}{'':>6}{'':>9}{'':>6}{'':>9}"
             f"{base['chat']['nll']:>9.4f}{base['seed']['nll']:>9.4f}"]
    for label, s in result["settings"].items():
        if "error" in s:
            lines.append(f"{label:<22}error: {s['error']}")
            continue
        verdict = {True: "equal_or_lower", False: "HIGHER", None: "reference"}
        lines.append(f"{label:<22}{s['steps']:>6}{s['trained_tokens']:>8}{s['rows_seen']:>6}"
                     f"{s['train_s']:>9.1f}{s['prompt_format']:>6}{s['heldout_own']:>9.4f}"
                     f"{s['heldout']['chat']['nll']:>9.4f}"
                     f"{s['heldout']['seed']['nll']:>9.4f}  {verdict[s.get('equal_or_lower_than_seed')]}")
    return "\n".join(lines)


def run(args) -> int:
    from harness import models
    from harness.bench_train import parse_settings
    from harness.data import load_dataset
    from harness.registry import load_recipe

    if args.tokens <= 0:
        raise HarnessError("--tokens must be > 0")
    settings = parse_settings(args.recipes, args.variant)
    device = models.pick_device()
    t_all = time.perf_counter()
    first = load_recipe(settings[0]["recipe"], common_overrides(args) + settings[0]["overrides"])
    src = models.materialize(models.resolve(first.model))
    data = load_dataset(first.data)
    rows = data.heldout[: args.eval_rows] if args.eval_rows else data.heldout
    if not rows:
        raise HarnessError("bench loss: no held-out rows to score")
    score_len = min(load_recipe(s["recipe"], common_overrides(args) + s["overrides"]).train.max_seq_len
                    for s in settings)
    tok = models.load_tokenizer(src)
    base_model = models.load_model(src, models.resolve_dtype("float32", device), device)
    base = {f: answer_nll(base_model, tok, rows, f, score_len) for f in FORMATS}
    del base_model
    ref = settings[0]["label"]
    result: dict = {
        "device": device, "model": args.model, "dataset": data.summary(), "token_budget": args.tokens,
        "token_count": "TRL num_tokens: non-padding tokens of the trained batches, prompt included",
        "quantization": args.quantization,
        "quantization_why": NO_NF4 if args.quantization == "none" else None,
        "measure": "mean NLL (nats) per answer token given the prompt, on the same held-out rows, each "
                   "row tokenized as TRL does (prompt ids + completion ids, EOS appended to plain text) and "
                   "cut at score_max_len; 'own' = the format the setting trained in. Chat answers are fenced "
                   "and end in the template's end-of-turn, seed answers are the raw output + EOS: the 'chat' "
                   "figures compare every setting on the same answer tokens",
        "score_max_len": score_len, "eval_rows": len(rows), "tolerance": TOLERANCE, "reference": ref,
        "verdict_rule": f"equal_or_lower_than_seed: heldout_own <= reference's heldout_own + {TOLERANCE}",
        "base": base, "settings": {},
    }
    with tempfile.TemporaryDirectory(prefix="bench-loss-") as tmp:
        for setting in settings:
            print(f"[bench loss] {setting['label']}: {setting['recipe']} {' '.join(setting['overrides'])}",
                  flush=True)
            try:
                fig = train_setting(setting, args, data, src, device, score_len, Path(tmp))
            except (HarnessError, RuntimeError, ValueError) as e:
                fig = {"error": str(e).strip().splitlines()[0][:400] if str(e).strip() else type(e).__name__}
            result["settings"][setting["label"]] = fig
    ref_fig = result["settings"][ref]
    for label, fig in result["settings"].items():
        if "error" in fig:
            continue
        fig["delta_vs_base_own"] = round(fig["heldout_own"] - base[fig["prompt_format"]]["nll"], 5)
        if label != ref and "error" not in ref_fig:
            fig["equal_or_lower_than_seed"] = fig["heldout_own"] <= ref_fig["heldout_own"] + TOLERANCE
            fig["equal_or_lower_than_seed_in_chat_format"] = (
                fig["heldout"]["chat"]["nll"] <= ref_fig["heldout"]["chat"]["nll"] + TOLERANCE)
    result["seconds"] = round(time.perf_counter() - t_all, 1)
    result["env"] = environment()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1))
    print(_table(result))
    print(f"[bench loss] {result['seconds']} s; wrote {args.out}")
    return 1 if any("error" in f for f in result["settings"].values()) else 0
