"""Training on several GPUs: `accelerate launch` of the training in N processes, DDP or FSDP FULL_SHARD
(`train.parallel`), and saving the LoRA adapter from a sharded model."""

from __future__ import annotations

import copy
import json
import os
import sys
from pathlib import Path

from harness.config import RunConfig, TrainConfig
from harness.errors import HarnessError, last_error_line
from harness.models import ModelSource, visible_gpus

FSDP_NEEDS_CUDA = ("train.parallel=fsdp needs CUDA GPUs: accelerate shards with FSDP on GPUs only (CPU processes "
                   "would run DDP); use --set train.parallel=ddp")
# FSDP1 FULL_SHARD, as in the Hugging Face FSDP-QLoRA guide except for use_orig_params (see `accelerate_command`)
FSDP_FLAGS = {"--fsdp_version": "1", "--fsdp_sharding_strategy": "FULL_SHARD",
              "--fsdp_auto_wrap_policy": "TRANSFORMER_BASED_WRAP", "--fsdp_state_dict_type": "SHARDED_STATE_DICT",
              "--fsdp_use_orig_params": "true", "--fsdp_offload_params": "false",
              "--fsdp_cpu_ram_efficient_loading": "false", "--fsdp_sync_module_states": "true",
              "--fsdp_activation_checkpointing": "false"}


def accelerate_command(tc: TrainConfig, n: int, spec: Path, module: str = "harness.train") -> list[str]:
    """`accelerate launch` of `python -m module spec` in `n` processes: DDP (`--multi_gpu`), or for
    `train.parallel=fsdp` FSDP FULL_SHARD with one unit per decoder layer, its LoRA matrices inside it
    (`decoder_layer_units`; frozen and trained weights share a flat parameter, hence `use_orig_params`). Gradient
    checkpointing stays the Trainer's (with the selective variants); no mid-run checkpoints (`sft_args`), the final
    adapter is gathered (`save_adapter`); every process loads the base on its GPU (the load comes before the process
    group, where rank-0-only loading would apply) and FSDP broadcasts rank 0's weights, LoRA's random init included."""
    where = ["--use_fsdp", *[x for flag in FSDP_FLAGS.items() for x in flag]] if tc.parallel == "fsdp" else \
        ["--multi_gpu"]  # torchrun-style processes; without CUDA they train on CPU with gloo
    return [sys.executable, "-m", "accelerate.commands.launch", *where, "--num_processes", str(n),
            "--num_machines", "1", "--main_process_port", str(free_port()), "--mixed_precision", "no",
            "--dynamo_backend", "no", "-m", module, str(spec)]


def free_port() -> int:
    """A TCP port free on this machine for the processes' rendezvous: accelerate's default, 29500, is taken while
    another data-parallel run (another user's, or a second run of ours) is on the machine."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def under_fsdp() -> bool:
    """Whether this process was started by `accelerate launch --use_fsdp`."""
    return os.environ.get("ACCELERATE_USE_FSDP", "false").lower() == "true"


def decoder_layer_policy(layer_classes):
    """FSDP's auto-wrap policy of one unit per decoder layer (`layer_classes`), whatever the layer holds."""
    import functools

    from torch.distributed.fsdp.wrap import transformer_auto_wrap_policy

    return functools.partial(transformer_auto_wrap_policy, transformer_layer_cls=set(layer_classes))


def decoder_layer_units(accelerator, layer_classes) -> None:
    """Make `accelerator` wrap the model in one FSDP unit per decoder layer. transformers sets PEFT's policy just
    before wrapping a PEFT model, which adds a unit per LoRA matrix: 15 units a layer on Mistral, each with its own
    all-gathers (forward, recomputation, backward) and reduce-scatter, a rendezvous of the GPUs every few small
    kernels: on 2 H200s (8-layer cut of the 7B shape, QLoRA, batch 16 per GPU) 0.91 s/step against 0.45 with one
    unit a layer (that one measured with accelerate's bf16 autocast still on, `sft_args`). Checked on one H200 (a
    4-layer cut, 8 steps: all 28 LoRA B matrices trained and saved); on two GPUs not yet measured."""
    prepare = accelerator.prepare_model

    def prepare_model(model, *args, **kwargs):
        accelerator.state.fsdp_plugin.auto_wrap_policy = decoder_layer_policy(layer_classes)
        return prepare(model, *args, **kwargs)

    accelerator.prepare_model = prepare_model


def metrics_gathered_at_logging(trainer) -> None:
    """Have `trainer` (TRL's SFTTrainer) gather its metrics across processes once per logged step, not in every
    micro-batch. TRL's `compute_loss` gathers the trained tokens, entropy and token accuracy (four collectives)
    between the forward and the backward, so the GPUs wait for each other mid-step. On 2 H200s (7B shape,
    mistral-7b-code, 16 rows a GPU) a DDP step's median took 0.99-1.0 s with them and 0.87 s without them; one GPU
    takes 0.85 s. Here each process keeps its own during the step, and every process's `log` (the Trainer calls it
    in all of them at once, after gathering the loss) combines them: tokens summed, entropy and accuracy the mean of
    the processes' means (TRL weighs them by tokens). Nothing changes in one process."""
    accelerator = trainer.accelerator
    if accelerator.num_processes == 1:
        return
    compute_loss, log = trainer.compute_loss, trainer.log
    kept_local = []  # whether compute_loss gathered anything (a TRL that no longer does keeps its own metrics)

    def local(data, **kw):
        kept_local[:] = [True]
        return data

    def local_compute_loss(*args, **kwargs):
        accelerator.gather_for_metrics = local  # shadows the method for this call only
        try:
            return compute_loss(*args, **kwargs)
        finally:
            del accelerator.gather_for_metrics

    def gathered_log(logs, *args, **kwargs):
        if kept_local:
            combine_metrics(trainer._metrics["train" if trainer.model.training else "eval"],
                            lambda t: accelerator.reduce(t, reduction="sum"), accelerator.num_processes,
                            accelerator.device)
        return log(logs, *args, **kwargs)

    trainer.compute_loss, trainer.log = local_compute_loss, gathered_log


def combine_metrics(metrics: dict[str, list[float]], reduce_sum, processes: int, device) -> None:
    """Replace each process's own metric lists (`{name: [value per micro-batch]}`) by one value for all processes:
    `num_tokens` (a running total) summed, every other metric the mean over processes of each one's mean.
    `reduce_sum` sums a tensor across processes (a collective: every process calls it with the same names)."""
    import torch

    names = sorted(metrics)
    if not names:
        return
    local = torch.tensor([sum(v) / len(v) if v else 0.0 for v in (metrics[k] for k in names)], dtype=torch.float64,
                         device=device)
    for name, total in zip(names, reduce_sum(local).tolist(), strict=True):
        metrics[name] = [int(total) if name == "num_tokens" else total / processes]


def launch_data_parallel(cfg: RunConfig, src: ModelSource, train_rows: list[dict], eval_rows: list[dict],
                         out_dir: Path, progress: bool = True) -> dict:
    """`train` in `train.gpus` processes started by `accelerate launch`: DDP (each process holds the 4-bit base
    on its own GPU) or FSDP (`train.parallel`); each sees its own slice of every batch. Returns process 0's record."""
    import subprocess

    from harness.config import to_dict

    n, visible = cfg.train.gpus, len(visible_gpus())
    if cfg.train.parallel == "fsdp" and not visible:
        raise HarnessError(FSDP_NEEDS_CUDA)
    if visible and visible < n:
        raise HarnessError(f"train.gpus={n} but only {visible} GPU(s) are visible; lower --gpus")
    out_dir.mkdir(parents=True, exist_ok=True)
    spec = out_dir / "launch.json"
    spec.write_text(json.dumps({"cfg": to_dict(cfg), "src": src.path, "revision": src.revision, "train": train_rows,
                                "eval": eval_rows, "out": str(out_dir), "progress": progress}))
    proc = subprocess.run(accelerate_command(cfg.train, n, spec), env={**os.environ, "TRANSFORMERS_VERBOSITY": "error"},
                          stderr=subprocess.PIPE, text=True)
    record = out_dir / "record.json"
    if proc.returncode != 0 or not record.is_file():
        resume = "checkpoints are kept; run again to resume" if cfg.train.parallel == "ddp" else "no checkpoints under FSDP"
        raise HarnessError(f"data-parallel training ({n} processes, {cfg.train.parallel}) failed: {last_error_line(proc.stderr)} "
                           f"({resume})")
    return json.loads(record.read_text())


def trained_state_dict(model) -> dict | None:
    """The trained parameters (the adapter's) of an FSDP-wrapped model, gathered whole on process 0 in CPU memory
    (the others get {}) and named as without FSDP's wrappers; None for a model FSDP does not wrap. A collective
    under FSDP: every process must call it. The parameters are gathered (`summon_full_params`), not FSDP's full
    state dict: with one unit per decoder layer (`decoder_layer_units`, `use_orig_params`) its hook failed on an
    H200 ("FSDP assumes base_model.model.model.embed_tokens.weight is in the state_dict")."""
    import torch.distributed as dist
    from torch.distributed.fsdp import FullyShardedDataParallel as FSDP

    if not isinstance(model, FSDP):
        return None
    # offloaded unit by unit on GPUs; not tensors already on CPU (torch frees them) nor in one process (NO_SHARD:
    # torch refuses it, and the parameters are whole already)
    offload = model.compute_device.type != "cpu" and dist.get_world_size() > 1
    with FSDP.summon_full_params(model, writeback=False, rank0_only=True, offload_to_cpu=offload):
        if dist.get_rank() != 0:
            return {}
        return {name: p.detach().cpu().clone() for name, p in model.named_parameters() if p.requires_grad}


def without_fsdp(module):
    """A copy of `module`'s tree without FSDP's wrappers: each module copied shallowly (tensors and hooks shared, the
    original left as it is), so that module names match the keys of FSDP's state dicts again."""
    from torch.distributed.fsdp import FullyShardedDataParallel as FSDP

    if isinstance(module, FSDP):
        return without_fsdp(module.module)
    twin = copy.copy(module)
    twin.__dict__["_modules"] = {name: None if child is None else without_fsdp(child)
                                 for name, child in module._modules.items()}
    return twin


def save_adapter(model, tok, adapter_dir: Path, main: bool) -> None:
    """Process `main` writes the LoRA adapter (PEFT's files) and the tokenizer; under FSDP every process first joins
    in gathering the trained weights, and PEFT picks the adapter's out of them on a copy of the model without FSDP's
    nested wrappers (PEFT 0.21 matches keys to module names, `layers.0._fsdp_wrapped_module.self_attn...`, and
    would find none: what transformers' own save_model under FSDP writes, an empty adapter)."""
    state = trained_state_dict(model)
    if main:
        peft_model = without_fsdp(model) if state is not None else model
        peft_model.save_pretrained(adapter_dir, state_dict=state)
        tok.save_pretrained(adapter_dir)
