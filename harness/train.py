"""QLoRA supervised fine-tuning with TRL's SFTTrainer and a PEFT LoRA on a 4-bit NF4 base.

Records the loss curve, eval loss on the held-out slice, trained tokens/s and peak memory;
checkpoints every `train.save_steps` so a killed run resumes from its last checkpoint."""

from __future__ import annotations

import inspect
import json
import time
from pathlib import Path

from harness.config import LoraConfig, RunConfig, TrainConfig
from harness.errors import HarnessError
from harness.models import ModelSource, load_model, load_tokenizer, pick_device, resolve_dtype

FENCE = "```"


def user_message(row: dict) -> str:
    """The instruction, then the input when there is one (never swapped with the output)."""
    return row["instruction"] + (f"\n\n{row['input']}" if row.get("input") else "")


def answer_text(row: dict) -> str:
    """The answer as the assistant should write it: code without a fence gets a python fence."""
    out = row["output"].strip("\n")
    return out if FENCE in out else f"{FENCE}python\n{out}\n{FENCE}"


def to_example(row: dict, prompt_format: str) -> dict:
    """A TRL prompt-completion example (conversational for `chat`, plain text for `seed`)."""
    if prompt_format == "chat":
        return {"prompt": [{"role": "user", "content": user_message(row)}],
                "completion": [{"role": "assistant", "content": answer_text(row)}]}
    # the tutorial's format; BOS comes from the tokenizer and EOS from TRL, not literal <s> / </s>
    return {"prompt": f"[INST] {row['instruction']} here are the inputs {row.get('input', '')} [/INST] \n",
            "completion": row["output"]}


def peft_config(cfg: LoraConfig):
    from peft import LoraConfig as PeftLoraConfig

    return PeftLoraConfig(r=cfg.r, lora_alpha=cfg.alpha, lora_dropout=cfg.dropout, bias="none",
                          task_type="CAUSAL_LM", target_modules=list(cfg.target_modules))


def sft_args(tc: TrainConfig, out_dir: Path, device: str, compute_dtype, has_eval: bool, progress: bool = True):
    """SFTConfig across TRL/transformers versions (warmup_ratio and group_by_length moved in 5.x)."""
    import torch
    from trl import SFTConfig

    sig = inspect.signature(SFTConfig.__init__).parameters
    kw = dict(output_dir=str(out_dir / "checkpoints"), per_device_train_batch_size=tc.batch_size,
              per_device_eval_batch_size=tc.batch_size, gradient_accumulation_steps=tc.grad_accum,
              learning_rate=tc.lr, lr_scheduler_type=tc.lr_scheduler, weight_decay=tc.weight_decay,
              max_grad_norm=tc.max_grad_norm, optim=tc.optim, max_steps=tc.max_steps,
              logging_steps=tc.logging_steps, save_strategy="steps", save_steps=tc.save_steps,
              save_total_limit=2, seed=tc.seed, max_length=tc.max_seq_len, packing=tc.packing,
              completion_only_loss=tc.completion_only_loss,
              gradient_checkpointing=tc.gradient_checkpointing, report_to=["tensorboard"],
              bf16=device == "cuda" and compute_dtype == torch.bfloat16,
              fp16=False, dataloader_num_workers=0, disable_tqdm=not progress)
    if has_eval:
        kw.update(eval_strategy="steps", eval_steps=tc.eval_steps)
    if "use_cpu" in sig:
        kw["use_cpu"] = device == "cpu"
    if "warmup_ratio" in sig:
        kw["warmup_ratio"] = tc.warmup_ratio
    else:
        kw["warmup_steps"] = tc.warmup_ratio  # transformers 5: a float < 1 is a ratio
    if tc.group_by_length:
        if "group_by_length" in sig:
            kw["group_by_length"] = True
        else:
            kw["train_sampling_strategy"] = "group_by_length"
    return SFTConfig(**kw)


def last_checkpoint(out_dir: Path) -> str | None:
    ckpts = sorted((out_dir / "checkpoints").glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[-1]))
    return str(ckpts[-1]) if ckpts else None


def build_trainer(cfg: RunConfig, src: ModelSource, train_rows: list[dict], eval_rows: list[dict],
                  out_dir: Path, callbacks=(), progress: bool = True):
    """The SFTTrainer for a recipe: NF4 (or plain) base, LoRA adapter, prompt-completion examples."""
    from datasets import Dataset
    from trl import SFTTrainer

    tc = cfg.train
    device = pick_device()
    compute_dtype = resolve_dtype(tc.compute_dtype, device)
    tok = load_tokenizer(src)
    tok.padding_side = "right"
    if tc.prompt_format == "chat" and not tok.chat_template:
        raise HarnessError(f"model {src.label} has no chat template; use --set train.prompt_format=seed")
    model = load_model(src, compute_dtype, device, quant_4bit=tc.quantization == "nf4",
                       double_quant=tc.double_quant)
    model.config.use_cache = False
    train_ds = Dataset.from_list([to_example(r, tc.prompt_format) for r in train_rows])
    eval_ds = Dataset.from_list([to_example(r, tc.prompt_format) for r in eval_rows]) if eval_rows else None
    if not progress:
        import datasets

        datasets.disable_progress_bars()
    args = sft_args(tc, out_dir, device, compute_dtype, eval_ds is not None, progress)
    return SFTTrainer(model=model, args=args, train_dataset=train_ds, eval_dataset=eval_ds,
                      processing_class=tok, peft_config=peft_config(cfg.lora), callbacks=list(callbacks))


def train(cfg: RunConfig, src: ModelSource, train_rows: list[dict], eval_rows: list[dict], out_dir: Path,
          progress: bool = True) -> dict:
    """Train a LoRA adapter into `out_dir/adapter`; returns the training record for results.json."""
    import torch
    from transformers import TrainerCallback

    device = pick_device()
    times: list[float] = []

    class Clock(TrainerCallback):
        def on_step_end(self, args, state, control, **kw):
            if device == "cuda":
                torch.cuda.synchronize()
            times.append(time.perf_counter())

    if device == "cuda":
        torch.cuda.reset_peak_memory_stats()
    trainer = build_trainer(cfg, src, train_rows, eval_rows, out_dir, callbacks=[Clock()], progress=progress)
    tok = trainer.processing_class
    resume = last_checkpoint(out_dir)
    t0 = time.perf_counter()
    trainer.train(resume_from_checkpoint=resume)
    train_s = time.perf_counter() - t0
    adapter_dir = out_dir / "adapter"
    trainer.model.save_pretrained(adapter_dir)
    tok.save_pretrained(adapter_dir)
    hist = trainer.state.log_history
    tokens = [h["num_tokens"] for h in hist if "num_tokens" in h]
    record = {
        "loss": [[h["step"], round(h["loss"], 5)] for h in hist if "loss" in h],
        "eval_loss": [[h["step"], round(h["eval_loss"], 5)] for h in hist if "eval_loss" in h],
        "steps": trainer.state.global_step, "trained_tokens": int(tokens[-1]) if tokens else None,
        "train_s": round(train_s, 2), "resumed_from": resume, "quantization": cfg.train.quantization,
        "compute_dtype": str(resolve_dtype(cfg.train.compute_dtype, device)).replace("torch.", ""),
        "device": device, "train_rows": len(train_rows), "eval_rows": len(eval_rows),
        "peak_mem_gib": round(torch.cuda.max_memory_allocated() / 2**30, 3) if device == "cuda" else None,
    }
    if len(tokens) > 1 and len(times) > 1:  # steady state: from the end of the first step to the last
        record["tokens_per_s"] = round((tokens[-1] - tokens[0]) / max(times[-1] - times[0], 1e-9), 1)
        record["s_per_step"] = round((times[-1] - times[0]) / (len(times) - 1), 3)
    (out_dir / "train_log.json").write_text(json.dumps(hist, indent=1))
    return record
