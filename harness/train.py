"""QLoRA supervised fine-tuning with TRL's SFTTrainer and a PEFT LoRA on a 4-bit NF4 base.

Records the loss curve, eval loss on the held-out slice, trained tokens/s and peak memory;
checkpoints every `train.save_steps` so a killed run resumes from its last checkpoint (not under FSDP)."""

from __future__ import annotations

import inspect
import json
import os
import sys
import time
from pathlib import Path
from statistics import median_low

from harness import cpu_linear, cpu_matmul
from harness.config import LoraConfig, RunConfig, TrainConfig
from harness.cpu_memory import keep_freed_memory
from harness.errors import HarnessError
from harness.models import ModelSource, dtype_name, load_model, load_tokenizer, pick_device, resolve_dtype
from harness.train_parallel import (
    FSDP_NEEDS_CUDA,
    decoder_layer_units,
    metrics_gathered_at_logging,
    save_adapter,
    under_fsdp,
)

FENCE = "```"


def user_message(row: dict) -> str:
    """The instruction, then the input when there is one (never swapped with the output)."""
    return row["instruction"] + (f"\n\n{row['input']}" if row.get("input") else "")


def answer_text(row: dict) -> str:
    """The answer as the assistant should write it: code without a fence gets a python fence."""
    out = row["output"].strip("\n")
    # already fenced when it opens with a fence (backticks inside the code, e.g. in a string, do not count)
    return out if out.lstrip().startswith(FENCE) else f"{FENCE}python\n{out}\n{FENCE}"


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


def routes_experts(config) -> bool:
    """Whether the model routes each token to some of its experts (mixture of experts): a step can then leave an
    expert, and any LoRA weights on it, unused."""
    text = config.get_text_config() if hasattr(config, "get_text_config") else config
    return any(getattr(text, key, None) for key in ("num_local_experts", "num_experts", "n_routed_experts"))


def sft_args(tc: TrainConfig, out_dir: Path, device: str, compute_dtype, has_eval: bool, progress: bool = True,
             all_weights_train: bool = True):
    """SFTConfig across TRL/transformers versions (warmup_ratio and group_by_length moved in 5.x).
    `all_weights_train`: every trained weight takes part in every step (not so for a mixture of experts)."""
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
              gradient_checkpointing_kwargs={"use_reentrant": tc.checkpoint_reentrant},
              bf16=device == "cuda" and compute_dtype == torch.bfloat16,
              fp16=False, dataloader_num_workers=0, disable_tqdm=not progress, use_liger_kernel=tc.liger_kernel)
    if has_eval:
        kw.update(eval_strategy="steps", eval_steps=tc.eval_steps)
    # DDP: no buffer changes, and unless experts are routed every LoRA parameter takes part in every step. The
    # Trainer would have DDP search the autograd graph for unused parameters after each forward (it does for any
    # PEFT model) and broadcast the buffers from rank 0 before each one
    kw.update(ddp_find_unused_parameters=not all_weights_train, ddp_broadcast_buffers=False)
    if under_fsdp():  # the Trainer's FSDP checkpoints go through PEFT's key matching too (`save_adapter`): they
        kw["save_strategy"] = "no"  # would hold no adapter weights, and a resume would restart LoRA from its init
        # no autocast: accelerate's bf16 would upcast every flat parameter that trains to fp32 for FSDP to cast back
        # per step, and a decoder layer's (`decoder_layer_units`) also holds the NF4 bytes stored as bf16, whose
        # NaN bit patterns that round trip does not keep. The model is bf16 already and TRL keeps QLoRA's LoRA in
        # bf16 (as under DDP); transformers sets FSDP's mixed precision to the quant storage dtype.
        kw["bf16"] = False
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
    args = SFTConfig(**kw)
    if device == "cuda" and "LOCAL_RANK" not in os.environ:
        # one process on a machine with several GPUs trains on one (the model sits on cuda:0): without this the
        # Trainer would wrap it in nn.DataParallel, which SFTTrainer refuses; train.gpus N launches DDP instead
        _ = args.device
        args._n_gpu = 1
    return args


def _liger_ok(device: str) -> None:
    import importlib.util

    if device != "cuda":
        raise HarnessError("train.liger_kernel needs a CUDA GPU; set train.liger_kernel=false on this machine")
    if importlib.util.find_spec("liger_kernel") is None:
        raise HarnessError("train.liger_kernel needs the liger-kernel package: pip install 'harness[gpu]' "
                           "(or liger-kernel), or --set train.liger_kernel=false")


def decoder_layers(model) -> list:
    """The model's checkpointable decoder layers, in order."""
    from transformers.modeling_layers import GradientCheckpointingLayer

    return [m for m in model.modules() if isinstance(m, GradientCheckpointingLayer)]


def step_clock(device: str):
    """A TrainerCallback that records the wall time at the end of each optimizer step (GPU synced)."""
    import torch
    from transformers import TrainerCallback

    class StepClock(TrainerCallback):
        def __init__(self):
            self.times: list[float] = []

        def on_step_end(self, args, state, control, **kw):
            if device == "cuda":
                torch.cuda.synchronize()
            self.times.append(time.perf_counter())

    return StepClock()


def selective_checkpointing(fraction: float):
    """A TrainerCallback that, once the Trainer has turned on gradient checkpointing, keeps it on the
    first `fraction` of the decoder layers only: the others keep their activations (faster, more memory)."""
    from transformers import TrainerCallback

    class Selective(TrainerCallback):
        def on_train_begin(self, args, state, control, model=None, **kw):
            layers = decoder_layers(model)
            keep = round(fraction * len(layers))
            for i, layer in enumerate(layers):
                layer.gradient_checkpointing = layer.gradient_checkpointing and i < keep

    return Selective()


def matmul_in_out(op, args) -> tuple[int, int] | None:
    """(input width, output width) of a matmul-like dispatcher op, else None."""
    import torch

    aten = torch.ops.aten
    if op in (aten.mm.default, aten.addmm.default):  # (bias,) a [tokens, in] @ b [in, out]
        return args[-2].shape[-1], args[-1].shape[-1]
    if op is aten.linear.default:  # x [..., in], weight [out, in]
        return args[0].shape[-1], args[1].shape[0]
    if "gemm_4bit" in str(op):  # bitsandbytes' 4-bit matmul (A, B, shapeB = the weight's [out, in], ...)
        a, shape = args[0], list(args[2])
        return a.shape[-1], shape[1] if a.shape[-1] == shape[0] else shape[0]
    return None


def save_matmuls_policy(model, which: str):
    """A selective-checkpointing policy: keep the outputs of the base model's large projections (the
    expensive part of a recompute) and recompute everything else (norms, activations, RoPE, attention).

    `mlp` keeps the gate/up projections (outputs as wide as the MLP); `projections` also q/k/v/o. LoRA's
    own small matmuls (width r) are recomputed."""
    from torch.utils.checkpoint import CheckpointPolicy

    cfg = model.config
    hidden, wide = cfg.hidden_size, cfg.intermediate_size
    head_dim = getattr(cfg, "head_dim", None) or hidden // cfg.num_attention_heads
    widths = {wide} if which == "mlp" else {wide, cfg.num_attention_heads * head_dim,
                                            cfg.num_key_value_heads * head_dim}
    def policy(ctx, op, *args, **kwargs):
        dims = matmul_in_out(op, args)
        if dims is not None and dims[0] == hidden and dims[1] in widths:
            return CheckpointPolicy.MUST_SAVE
        return CheckpointPolicy.PREFER_RECOMPUTE

    return policy


def keep_matmuls_when_checkpointing(model, which: str) -> None:
    """Make the model's gradient checkpointing selective (see `save_matmuls_policy`), however it is
    turned on later (the Trainer turns it on); non-reentrant checkpointing, which this needs."""
    from functools import partial

    from torch.utils.checkpoint import create_selective_checkpoint_contexts

    context_fn = partial(create_selective_checkpoint_contexts, save_matmuls_policy(model, which))
    enable = model.gradient_checkpointing_enable

    def selective_enable(gradient_checkpointing_kwargs=None, **kw):
        kwargs = {**(gradient_checkpointing_kwargs or {}), "use_reentrant": False, "context_fn": context_fn}
        return enable(gradient_checkpointing_kwargs=kwargs, **kw)

    model.gradient_checkpointing_enable = selective_enable


def steady_throughput(log_history: list[dict], times: list[float], warmup: int = 1, each: bool = False) -> dict:
    """Trained tokens/s and s/step after the first `warmup` steps of this process; `each`: every timed step's
    seconds too (`step_s`, for benchmarks: a slow one stands out) and the median step's tokens/s.

    TRL logs the cumulative `num_tokens` with each training loss; `times[i]` is the end of step i + 1."""
    by_step = {h["step"]: h["num_tokens"] for h in log_history if "num_tokens" in h and "loss" in h}
    steps = [s for s in sorted(by_step) if warmup <= s <= len(times)]
    if len(steps) < 2:
        return {}
    first, last = steps[0], steps[-1]
    span = max(times[last - 1] - times[first - 1], 1e-9)
    figures = {"tokens_per_s": round((by_step[last] - by_step[first]) / span, 1),
               "s_per_step": round(span / (last - first), 4), "steps_timed": last - first}
    if each:
        timed = range(first + 1, last + 1)
        seconds = {s: times[s - 1] - times[s - 2] for s in timed}
        figures["step_s"] = [round(seconds[s], 4) for s in timed]
        if all(s - 1 in by_step for s in timed):  # robust to a step slowed by something else on the machine
            rates = [(by_step[s] - by_step[s - 1]) / max(seconds[s], 1e-9) for s in timed]
            figures["tokens_per_s_median_step"] = round(median_low(rates), 1)
    return figures


def _launched(spec_path: str) -> int:
    """Entry point of each `accelerate launch`ed training process."""
    from harness.config import from_dict

    spec = json.loads(Path(spec_path).read_text())
    cfg = from_dict(spec["cfg"])
    record = train(cfg, ModelSource(spec["src"], revision=spec["revision"]), spec["train"], spec["eval"],
                   Path(spec["out"]), progress=spec["progress"])
    if int(os.environ.get("RANK", "0")) == 0:
        (Path(spec["out"]) / "record.json").write_text(json.dumps(record))
    return 0


def last_checkpoint(out_dir: Path) -> str | None:
    ckpts = sorted((out_dir / "checkpoints").glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[-1]))
    return str(ckpts[-1]) if ckpts else None


def lm_head_on_loss_rows_only() -> None:
    """On CPU, TRL's fused LM head scores only the positions that carry a label (a completion's tokens), as it
    does on GPUs with Triton: elsewhere it scores every position (prompt tokens too), so that compiled tile
    shapes stay fixed, which eager CPU code does not need. The embedded recipe's batches hold 57% loss tokens:
    a training step 8.6-9.8% faster, the same losses. TRL's own switch stays as the wrapper's `original`."""
    import trl.trainer.utils as trl_utils

    use_triton = getattr(trl_utils, "_use_triton", None)
    if use_triton is None or hasattr(use_triton, "original"):  # not in this TRL, or wrapped already
        return

    def compact(device) -> bool:
        return device.type == "cpu" or use_triton(device)

    compact.original = use_triton
    trl_utils._use_triton = compact


def lm_head_scores_loss_rows_only() -> bool:
    """Whether `lm_head_on_loss_rows_only` is in place in this process (for the training record)."""
    import trl.trainer.utils as trl_utils

    return hasattr(getattr(trl_utils, "_use_triton", None), "original")


def keep_trained_weights_in(model, dtype) -> None:
    """Cast the trained (LoRA) weights to `dtype`. TRL stores a quantized model's LoRA weights in bf16 (QLoRA's
    choice on GPUs); on a CPU without bf16 matmuls their rank-16 products then ran 15-50x slower than in fp32, about
    40% of a training step of the embedded recipe on 2 cores (a [1276, 16] x [16, 576] product: 14 ms, against
    0.3-1 ms in fp32)."""
    for param in model.parameters():
        if param.requires_grad and param.dtype != dtype:
            param.data = param.data.to(dtype)


def build_trainer(cfg: RunConfig, src: ModelSource, train_rows: list[dict], eval_rows: list[dict],
                  out_dir: Path, callbacks=(), progress: bool = True):
    """The SFTTrainer for a recipe: NF4 (or plain) base, LoRA adapter, prompt-completion examples."""
    import torch
    from datasets import Dataset
    from trl import SFTTrainer

    tc = cfg.train
    device = pick_device()
    compute_dtype = resolve_dtype(tc.compute_dtype, device)
    tok = load_tokenizer(src)
    tok.padding_side = "right"
    if tc.prompt_format == "chat" and not tok.chat_template:
        raise HarnessError(f"model {src.label} has no chat template; use --set train.prompt_format=seed")
    if tc.liger_kernel:
        _liger_ok(device)
    fsdp = under_fsdp()
    if fsdp and device != "cuda":
        raise HarnessError(FSDP_NEEDS_CUDA)
    # FSDP flattens each layer's tensors into one: the 4-bit weights must be stored in the dtype of the norms
    model = load_model(src, compute_dtype, device, quant_4bit=tc.quantization == "nf4",
                       double_quant=tc.double_quant, quant_storage=compute_dtype if fsdp else None)
    model.config.use_cache = False
    if tc.gradient_checkpointing and tc.checkpoint_save != "none":
        keep_matmuls_when_checkpointing(model, tc.checkpoint_save)
    train_ds = Dataset.from_list([to_example(r, tc.prompt_format) for r in train_rows])
    # eval batches of rows of like length, longest first: the embedded recipe's 46 held-out rows (11,291 tokens) padded
    # to 11,922 tokens sorted, against 14,588 in transformers' random groups of 8 rows (16,058 in the shipped order).
    # eval_loss stays the mean over rows of each batch's mean
    eval_rows = sorted(eval_rows, key=lambda r: len(user_message(r)) + len(answer_text(r)), reverse=True)
    eval_ds = Dataset.from_list([to_example(r, tc.prompt_format) for r in eval_rows]) if eval_rows else None
    if not progress:
        import datasets

        datasets.disable_progress_bars()
    args = sft_args(tc, out_dir, device, compute_dtype, eval_ds is not None, progress,
                    all_weights_train=not routes_experts(model.config))
    callbacks = list(callbacks)
    if tc.gradient_checkpointing and tc.checkpoint_layers < 1:
        callbacks.append(selective_checkpointing(tc.checkpoint_layers))
    trainer = SFTTrainer(model=model, args=args, train_dataset=train_ds, eval_dataset=eval_ds,
                         processing_class=tok, peft_config=peft_config(cfg.lora), callbacks=callbacks)
    metrics_gathered_at_logging(trainer)
    if eval_ds is not None and trainer.args.world_size == 1:  # batches in that order, not in random groups of 8
        trainer._get_eval_sampler = lambda dataset: torch.utils.data.SequentialSampler(dataset)
    if device == "cpu":
        from harness import cpu_dropout

        keep_trained_weights_in(trainer.model, compute_dtype)
        cpu_linear.dequantize_4bit_once(trainer.model.modules())
        cpu_dropout.replace_lora_dropout(trainer.model)
        lm_head_on_loss_rows_only()
    if fsdp:
        decoder_layer_units(trainer.accelerator, {type(layer) for layer in decoder_layers(model)})
    return trainer


def train(cfg: RunConfig, src: ModelSource, train_rows: list[dict], eval_rows: list[dict], out_dir: Path,
          progress: bool = True) -> dict:
    """Train a LoRA adapter into `out_dir/adapter`; returns the training record for results.json."""
    import torch

    device = pick_device()
    clock = step_clock(device)
    if device == "cpu":
        keep_freed_memory()
    if device == "cuda":
        torch.cuda.reset_peak_memory_stats()
    trainer = build_trainer(cfg, src, train_rows, eval_rows, out_dir, callbacks=[clock], progress=progress)
    tok = trainer.processing_class
    resume = last_checkpoint(out_dir)
    matmul = cpu_matmul.resolve(cfg.model.cpu_matmul, device)
    t0 = time.perf_counter()
    with cpu_matmul.scope(matmul):
        trainer.train(resume_from_checkpoint=resume)
    train_s = time.perf_counter() - t0
    main = trainer.accelerator.is_main_process  # data parallel: one process writes
    save_adapter(trainer.model, tok, out_dir / "adapter", main)
    hist = trainer.state.log_history
    tokens = [h["num_tokens"] for h in hist if "num_tokens" in h]
    record = {
        "loss": [[h["step"], round(h["loss"], 5)] for h in hist if "loss" in h],
        "eval_loss": [[h["step"], round(h["eval_loss"], 5)] for h in hist if "eval_loss" in h],
        "steps": trainer.state.global_step, "trained_tokens": int(tokens[-1]) if tokens else None,
        "train_s": round(train_s, 2), "resumed_from": resume, "quantization": cfg.train.quantization,
        "compute_dtype": dtype_name(cfg.train.compute_dtype, device), "cpu_matmul": matmul,
        "device": device, "train_rows": len(train_rows), "eval_rows": len(eval_rows),
        "peak_mem_gib": round(torch.cuda.max_memory_allocated() / 2**30, 3) if device == "cuda" else None,
    }
    if not resume:  # steady state: from the end of the first step to the last
        record.update(steady_throughput(hist, clock.times))
    record["processes"] = trainer.accelerator.num_processes
    if device == "cpu":  # which LoRA dropout ran (see `cpu_dropout`)
        from harness.cpu_dropout import HashDropout

        hashed = any(isinstance(m, HashDropout) for m in trainer.model.modules())
        record["cpu_kernels"] = {"lora_dropout": "hash kernel" if hashed else "torch",
                                 "lm_head": "loss positions" if lm_head_scores_loss_rows_only() else "every position"}
    if record["processes"] > 1:
        record["parallel"] = "fsdp" if trainer.is_fsdp_enabled else "ddp"
    if main:
        (out_dir / "train_log.json").write_text(json.dumps(hist, indent=1))
    return record


if __name__ == "__main__":
    sys.exit(_launched(sys.argv[1]))
