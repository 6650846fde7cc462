"""QLoRA SFT on a tiny random model: examples built right, loss on completions only, EOS learned,
the loss goes down, the adapter is saved, a killed run resumes from its checkpoint."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.config import RunConfig, TrainConfig, from_dict
from harness.errors import HarnessError
from harness.models import ModelSource
from harness.train import answer_text, build_trainer, last_checkpoint, to_example, train, user_message
from harness.train_parallel import FSDP_NEEDS_CUDA, accelerate_command, launch_data_parallel

ROWS = [{"instruction": f"Write a function add{i}(a, b) that returns a + b + {i}.",
         "input": "Example: add(1, 2)" if i % 2 else "",
         "output": f"def add{i}(a, b):\n    return a + b + {i}\n"} for i in range(24)]


def cfg_for(tmp_path, dropout: float = 0.0, **train) -> RunConfig:
    base = {"max_steps": 6, "batch_size": 4, "lr": 2e-2, "max_grad_norm": 1.0, "save_steps": 3, "eval_steps": 3,
            "lr_scheduler": "constant", "warmup_ratio": 0.0, "quantization": "none"}
    return from_dict({"train": {**base, **train}, "lora": {"r": 8, "alpha": 16, "dropout": dropout}})


def test_examples_keep_instruction_input_and_output_in_place():
    ex = to_example(ROWS[1], "chat")
    assert ex["prompt"][0]["content"] == "Write a function add1(a, b) that returns a + b + 1.\n\nExample: add(1, 2)"
    assert ex["completion"][0]["content"].startswith("```python\ndef add1")
    seed = to_example(ROWS[1], "seed")
    assert seed["prompt"].startswith("[INST] Write a function add1")
    assert "here are the inputs Example: add(1, 2) [/INST]" in seed["prompt"]
    assert not seed["prompt"].startswith("<s>"), "BOS comes from the tokenizer, not a literal <s>"
    assert seed["completion"] == ROWS[1]["output"]
    assert user_message({"instruction": "a", "input": ""}) == "a"
    assert answer_text({"output": "```py\nx\n```"}) == "```py\nx\n```"
    in_string = 'def fence():\n    return "```"\n'
    assert answer_text({"output": in_string}).startswith("```python\ndef fence"), "backticks in code are not a fence"


def test_labels_mask_the_prompt_and_keep_eos(tiny_model_dir, tmp_path):
    trainer = build_trainer(cfg_for(tmp_path), ModelSource(str(tiny_model_dir)), ROWS[:8], [], tmp_path)
    tok = trainer.processing_class
    assert tok.pad_token_id != tok.eos_token_id
    batch = next(iter(trainer.get_train_dataloader()))
    for ids, labels, mask in zip(batch["input_ids"], batch["labels"], batch["attention_mask"], strict=True):
        n = int(mask.sum())
        real = labels[:n]
        first_trained = int((real != -100).nonzero()[0])
        prompt_text = tok.decode(ids[:first_trained])
        assert "<|im_start|>assistant" in prompt_text and "```python" not in prompt_text
        assert (real[first_trained:] != -100).all()
        assert tok.eos_token_id in real.tolist(), "the EOS that ends the answer must be trained"
        assert (labels[n:] == -100).all(), "padding must not be trained"


def test_completion_only_switch_trains_the_prompt_too(tiny_model_dir, tmp_path):
    trainer = build_trainer(cfg_for(tmp_path, completion_only_loss=False), ModelSource(str(tiny_model_dir)),
                            ROWS[:4], [], tmp_path)
    batch = next(iter(trainer.get_train_dataloader()))
    n = int(batch["attention_mask"][0].sum())
    assert (batch["labels"][0][:n][1:] != -100).all()


@pytest.mark.parametrize("quantization", ["none", "nf4"])
def test_training_lowers_the_loss_and_saves_the_adapter(tiny_model_dir, tmp_path, quantization):
    cfg = cfg_for(tmp_path, quantization=quantization, max_steps=15, lr=1e-2, save_steps=5, eval_steps=5)
    rec = train(cfg, ModelSource(str(tiny_model_dir)), ROWS[:4], ROWS[20:], tmp_path)  # one batch, 10 epochs
    losses = [v for _, v in rec["loss"]]
    assert len(losses) == 15 and sum(losses[-3:]) / 3 < losses[0] - 0.4, losses
    assert rec["eval_loss"] and rec["trained_tokens"] > 0 and rec["quantization"] == quantization
    assert (tmp_path / "adapter" / "adapter_config.json").is_file()
    assert (tmp_path / "adapter" / "tokenizer_config.json").is_file()
    assert list((tmp_path / "checkpoints").glob("checkpoint-*"))
    assert list((tmp_path / "checkpoints" / "runs").rglob("events.out.tfevents.*")), "TensorBoard events"


@pytest.mark.skipif(__import__("torch").cuda.is_available(), reason="the CPU path (a GPU keeps TRL's bf16 LoRA)")
def test_qlora_on_cpu_trains_its_lora_weights_in_the_compute_dtype(tiny_model_dir, tmp_path):
    """TRL casts a quantized model's LoRA weights to bf16; on CPU they go back to the compute dtype (fp32), where
    the rank-r matmuls are fast. The 4-bit weights are dequantized once, and LoRA dropout runs through the kernel
    where it builds."""
    import functools

    import bitsandbytes as bnb
    import torch

    from harness import cpu_dropout

    trainer = build_trainer(cfg_for(tmp_path, dropout=0.1, quantization="nf4"), ModelSource(str(tiny_model_dir)),
                            ROWS[:4], [], tmp_path)
    trained = [p for p in trainer.model.parameters() if p.requires_grad]
    assert trained and {p.dtype for p in trained} == {torch.float32}
    fourbit = [m for m in trainer.model.modules() if isinstance(m, bnb.nn.Linear4bit)]
    assert fourbit and all(isinstance(m.forward, functools.partial) for m in fourbit)
    dropouts = [d for m in trainer.model.modules() if isinstance(getattr(m, "lora_dropout", None), torch.nn.ModuleDict)
                for d in m.lora_dropout.values()]
    assert dropouts and all(isinstance(d, cpu_dropout.HashDropout) for d in dropouts) == (cpu_dropout.load() is not None)


def test_eval_batches_hold_rows_of_like_length(tiny_model_dir, tmp_path):
    """Held-out rows are batched longest first, so a batch pads little: 24 rows of mixed lengths in batches of 4."""
    rows = [dict(r, output=r["output"] * (1 + (i * 7) % 5)) for i, r in enumerate(ROWS)]
    trainer = build_trainer(cfg_for(tmp_path), ModelSource(str(tiny_model_dir)), ROWS[:4], rows, tmp_path)
    lengths = [batch["attention_mask"].sum(1).tolist() for batch in trainer.get_eval_dataloader()]
    longest = [max(batch) for batch in lengths]
    assert sum(map(len, lengths)) == len(rows) and longest == sorted(longest, reverse=True), lengths
    padded, real = sum(max(b) * len(b) for b in lengths), sum(map(sum, lengths))
    assert padded < 1.1 * real, lengths


def test_killed_run_resumes_from_last_checkpoint(tiny_model_dir, tmp_path):
    src = ModelSource(str(tiny_model_dir))
    train(cfg_for(tmp_path, max_steps=3), src, ROWS[:20], [], tmp_path)  # "killed" after step 3
    assert last_checkpoint(tmp_path).endswith("checkpoint-3")
    rec = train(cfg_for(tmp_path, max_steps=6), src, ROWS[:20], [], tmp_path)
    assert rec["resumed_from"].endswith("checkpoint-3")
    assert rec["steps"] == 6 and [s for s, _ in rec["loss"]][-1] == 6


def test_train_config_defaults_are_the_documented_ones():
    tc = TrainConfig()
    assert tc.quantization == "nf4" and tc.completion_only_loss and tc.prompt_format == "chat"


@pytest.mark.parametrize("which, quant", [("mlp", False), ("projections", False), ("mlp", True)])
def test_selective_checkpointing_keeps_the_big_matmuls_and_the_same_gradients(tiny, tiny_model_dir, which, quant):
    """Checkpointing with kept matmul outputs gives the gradients of no checkpointing, and the policy
    keeps exactly the base projections it names (not LoRA's narrow ones), on a plain and an NF4 base
    (bitsandbytes' own 4-bit matmul op)."""
    import copy

    import torch
    from peft import LoraConfig, get_peft_model

    from harness.models import ModelSource, load_model
    from harness.train import keep_matmuls_when_checkpointing, matmul_in_out, save_matmuls_policy

    base = load_model(ModelSource(str(tiny_model_dir)), torch.float32, "cpu", quant_4bit=True) if quant else tiny[0]
    ids = torch.randint(3, 300, (2, 16), generator=torch.Generator().manual_seed(0))

    def grads(model):
        model.train()
        model(input_ids=ids, labels=ids).loss.backward()
        return {n: p.grad.clone() for n, p in model.named_parameters() if p.grad is not None}

    def lora(model):
        torch.manual_seed(0)
        return get_peft_model(model, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "up_proj"],
                                                init_lora_weights=False))

    want = grads(lora(copy.deepcopy(base)))
    kept = []
    policy = save_matmuls_policy(base, which)

    def counting(ctx, op, *args, **kwargs):
        decision = policy(ctx, op, *args, **kwargs)
        if decision.name == "MUST_SAVE" and not ctx.is_recompute:
            kept.append(matmul_in_out(op, args))
        return decision

    model = copy.deepcopy(base)
    model.config.use_cache = False
    import harness.train as train_mod

    orig = train_mod.save_matmuls_policy
    train_mod.save_matmuls_policy = lambda m, w: counting
    try:
        keep_matmuls_when_checkpointing(model, which)
    finally:
        train_mod.save_matmuls_policy = orig
    model.gradient_checkpointing_enable()
    peft = lora(model)
    peft.enable_input_require_grads()
    got = grads(peft)
    assert got.keys() == want.keys() and got
    for name in want:
        torch.testing.assert_close(got[name], want[name], rtol=1e-4, atol=1e-6)
    cfg = base.config
    widths = {w for _, w in kept}
    assert cfg.intermediate_size in widths, "gate/up outputs must be kept"
    assert (cfg.hidden_size in widths) == (which == "projections"), "q/o outputs kept only for 'projections'"
    assert all(w > 4 for w in widths), "LoRA's rank-4 matmuls are recomputed, not kept"
    assert len(kept) == cfg.num_hidden_layers * (2 if which == "mlp" else 6)


# ---------------------------------------------------------------- train.parallel=fsdp
def _cuda() -> bool:
    import torch

    return torch.cuda.is_available()


def test_bad_parallel_value_is_one_line():
    with pytest.raises(HarnessError) as e:
        from_dict({"train": {"parallel": "zero3"}})
    assert str(e.value) == "config: train.parallel: 'zero3' is not one of ddp, fsdp"
    assert TrainConfig().parallel == "ddp" and from_dict({"train": {"parallel": "fsdp"}}).train.parallel == "fsdp"


def test_accelerate_command_for_ddp_and_fsdp(tiny, tmp_path, monkeypatch):
    """DDP launches as before; the FSDP flags are ones the installed accelerate takes, and the environment they
    give each process builds an FSDP1 FULL_SHARD plugin that wraps the decoder layers in flat parameters that keep
    the original parameters (frozen and trained ones share a decoder layer's)."""
    import accelerate.utils.dataclasses as accelerate_dataclasses
    import torch
    from accelerate.commands.launch import _validate_launch_command, launch_command_parser
    from accelerate.utils import FullyShardedDataParallelPlugin
    from accelerate.utils.launch import prepare_multi_gpu_env
    from torch.distributed.fsdp import ShardingStrategy, StateDictType

    spec = tmp_path / "launch.json"
    ddp = accelerate_command(TrainConfig(gpus=2), 2, spec)
    port = ddp[ddp.index("--main_process_port") + 1]
    assert ddp[1:] == ["-m", "accelerate.commands.launch", "--multi_gpu", "--num_processes", "2", "--num_machines",
                       "1", "--main_process_port", port, "--mixed_precision", "no", "--dynamo_backend", "no", "-m",
                       "harness.train", str(spec)]
    import socket

    with socket.socket() as s:  # a port nothing holds: the rendezvous can bind it (not accelerate's fixed 29500)
        s.bind(("127.0.0.1", int(port)))
    fsdp = accelerate_command(TrainConfig(gpus=2, parallel="fsdp"), 2, spec, module="harness.bench_scale")
    assert "--multi_gpu" not in fsdp and "--use_fsdp" in fsdp and fsdp[-3:] == ["-m", "harness.bench_scale", str(spec)]
    args, _, _ = _validate_launch_command(launch_command_parser().parse_args(fsdp[3:]))
    env = prepare_multi_gpu_env(args)
    assert env["ACCELERATE_USE_FSDP"] == "true" and env["FSDP_VERSION"] == "1"
    for key, value in env.items():
        if key.startswith("FSDP_"):
            monkeypatch.setenv(key, value)
    # syncing module states asks for the current GPU when the plugin is built: pretend there is one
    monkeypatch.setattr(accelerate_dataclasses, "is_cuda_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "current_device", lambda: 0)
    plugin = FullyShardedDataParallelPlugin()
    assert plugin.fsdp_version == 1 and plugin.sharding_strategy == ShardingStrategy.FULL_SHARD
    assert plugin.state_dict_type == StateDictType.SHARDED_STATE_DICT and plugin.sync_module_states
    assert plugin.use_orig_params
    assert not (plugin.cpu_ram_efficient_loading or plugin.activation_checkpointing or plugin.cpu_offload.offload_params)
    plugin.set_auto_wrap_policy(tiny[0])
    assert plugin.auto_wrap_policy.keywords["transformer_layer_cls"] == {type(tiny[0].model.layers[0])}


def test_fsdp_wraps_one_unit_per_decoder_layer(tiny_model_dir):
    """transformers sets PEFT's wrap policy (one more unit per LoRA matrix) just before it wraps a PEFT model;
    `decoder_layer_units` replaces it there with one unit per decoder layer, its LoRA matrices inside."""
    from types import SimpleNamespace

    import torch
    from peft import get_peft_model
    from peft.utils.other import fsdp_auto_wrap_policy

    from harness.config import LoraConfig
    from harness.models import load_model
    from harness.train import decoder_layers, peft_config
    from harness.train_parallel import decoder_layer_units

    base = load_model(ModelSource(str(tiny_model_dir)), torch.float32, "cpu")
    layers = {type(layer) for layer in decoder_layers(base)}
    model = get_peft_model(base, peft_config(LoraConfig(r=4, alpha=8, dropout=0.0)))
    plugin, used = SimpleNamespace(auto_wrap_policy=None), []
    accelerator = SimpleNamespace(state=SimpleNamespace(fsdp_plugin=plugin),
                                  prepare_model=lambda m, **kw: used.append(plugin.auto_wrap_policy) or m)
    decoder_layer_units(accelerator, layers)
    peft_policy = plugin.auto_wrap_policy = fsdp_auto_wrap_policy(model)  # what transformers does, then prepares
    assert accelerator.prepare_model(model, device_placement=None) is model and len(used) == 1

    def units(policy) -> set[str]:
        return {name for name, m in model.named_modules() if name and policy(m, recurse=False, nonwrapped_numel=1)}

    n = len(decoder_layers(model))
    assert units(used[0]) == {f"base_model.model.model.layers.{i}" for i in range(n)}
    assert len(units(peft_policy)) == n * (1 + 2 * 7), "PEFT's: each layer and each of its LoRA A and B matrices"


@pytest.mark.skipif(_cuda(), reason="checks the error on a machine without CUDA")
def test_fsdp_without_cuda_is_one_line(tiny_model_dir, tmp_path, monkeypatch):
    cfg = cfg_for(tmp_path, gpus=2, parallel="fsdp")
    with pytest.raises(HarnessError) as e:
        launch_data_parallel(cfg, ModelSource(str(tiny_model_dir)), ROWS, [], tmp_path)
    assert str(e.value) == FSDP_NEEDS_CUDA and "\n" not in FSDP_NEEDS_CUDA and "train.parallel=ddp" in FSDP_NEEDS_CUDA
    assert not (tmp_path / "launch.json").exists(), "nothing was launched"
    monkeypatch.setenv("ACCELERATE_USE_FSDP", "true")  # a process of `accelerate launch --use_fsdp` (bench scale)
    with pytest.raises(HarnessError, match="train.parallel=ddp"):
        build_trainer(cfg, ModelSource(str(tiny_model_dir)), ROWS[:4], [], tmp_path)


def _fsdp_rank(rank: int, model_dir: str, out: str) -> None:
    """One of two gloo processes: a LoRA on a plain base, then on an NF4 one stored in fp32, each wrapped as
    accelerate and transformers wrap it for train.parallel=fsdp (FSDP1 FULL_SHARD, one unit per decoder layer,
    `decoder_layer_policy`, flat parameters keeping the original ones), eight steps on this rank's own rows, then
    `save_adapter`. Accelerate runs FSDP on GPUs only, so this calls torch's FSDP directly."""
    import torch
    import torch.distributed as dist
    from peft import get_peft_model
    from torch.distributed.fsdp import FullyShardedDataParallel as FSDP
    from torch.distributed.fsdp import ShardingStrategy

    from harness.config import LoraConfig
    from harness.models import load_model, load_tokenizer
    from harness.train import decoder_layers, peft_config
    from harness.train_parallel import decoder_layer_policy, save_adapter

    dist.init_process_group("gloo", init_method=f"file://{out}/rendezvous", rank=rank, world_size=2)
    src = ModelSource(model_dir)
    tok = load_tokenizer(src)
    batch = tok([answer_text(r) for r in ROWS[rank * 4:rank * 4 + 4]], return_tensors="pt", padding=True)
    labels = batch["input_ids"].masked_fill(batch["attention_mask"] == 0, -100)
    for quantization in ("none", "nf4"):
        nf4, run = quantization == "nf4", Path(out) / quantization
        base = load_model(src, torch.float32, "cpu", quant_4bit=nf4, quant_storage=torch.float32 if nf4 else None)
        torch.manual_seed(0)  # one LoRA init on both ranks (on GPUs FSDP's sync_module_states broadcasts rank 0's)
        model = get_peft_model(base, peft_config(LoraConfig(r=4, alpha=8, dropout=0.0)))
        layers = {type(layer) for layer in decoder_layers(model)}
        wrapped = FSDP(model, auto_wrap_policy=decoder_layer_policy(layers), use_orig_params=True,
                       sharding_strategy=ShardingStrategy.FULL_SHARD, device_id=torch.device("cpu"))
        assert len(FSDP.fsdp_modules(wrapped)) == 1 + len(decoder_layers(model)), "the root and one per layer"
        opt = torch.optim.AdamW([p for p in wrapped.parameters() if p.requires_grad], lr=1e-2)
        losses = []
        for _ in range(8):
            loss = wrapped(**batch, labels=labels).loss
            loss.backward()
            opt.step()
            opt.zero_grad()
            losses.append(loss.item())
        save_adapter(wrapped, tok, run / "adapter", main=rank == 0)
        with FSDP.summon_full_params(wrapped):  # the LoRA weights this rank trained, unsharded (FSDP still intact)
            lora = {n.replace("_fsdp_wrapped_module.", ""): p.detach().clone()
                    for n, p in wrapped.named_parameters() if "lora_" in n}
        run.mkdir(exist_ok=True)
        torch.save({"losses": losses, "lora": lora}, run / f"rank{rank}.pt")
    dist.destroy_process_group()


def test_fsdp_lora_in_two_processes_saves_the_adapter_it_trained(tiny_model_dir, tmp_path):
    """FULL_SHARD across two CPU processes, plain LoRA and QLoRA: the loss goes down on both ranks, both end with
    one model (gradients reduced across the shards), and the adapter gathered from the shards loads with PEFT and
    is that model."""
    import torch
    import torch.multiprocessing as mp
    from peft import PeftModel

    from harness.models import load_model

    mp.spawn(_fsdp_rank, args=(str(tiny_model_dir), str(tmp_path)), nprocs=2)
    for quantization in ("none", "nf4"):
        ranks = [torch.load(tmp_path / quantization / f"rank{r}.pt") for r in (0, 1)]
        for r in ranks:
            assert r["losses"][-1] < r["losses"][0] - 0.2, (quantization, r["losses"])
        trained = ranks[0]["lora"]
        assert trained.keys() == ranks[1]["lora"].keys() and len(trained) == 2 * 7 * 2  # A, B x 7 modules x 2 layers
        for name, value in trained.items():
            torch.testing.assert_close(ranks[1]["lora"][name], value, rtol=0, atol=0)
        base = load_model(ModelSource(str(tiny_model_dir)), torch.float32, "cpu")
        adapter = PeftModel.from_pretrained(base, tmp_path / quantization / "adapter")
        saved = {n: p for n, p in adapter.named_parameters() if "lora_" in n}
        assert saved.keys() == trained.keys(), quantization
        for name, value in trained.items():
            torch.testing.assert_close(saved[name], value, rtol=0, atol=0)
        assert all(saved[n].abs().sum() > 0 for n in saved if "lora_B" in n), "every lora_B moved from its zero init"


def test_sft_args_under_fsdp_save_no_mid_run_checkpoints(tmp_path, monkeypatch):
    """In a process of `accelerate launch --use_fsdp` the Trainer saves no mid-run checkpoints (they would hold no
    adapter) and keeps its own gradient checkpointing (FSDP's per-layer one was no faster on 2 H200s: 3,600 vs
    4,423 tokens/s); outside FSDP both follow the config."""
    import torch

    from harness.train import sft_args

    tc = TrainConfig(gradient_checkpointing=True, max_steps=2, save_steps=1)
    plain = sft_args(tc, tmp_path, "cpu", torch.float32, has_eval=False, progress=False)
    assert plain.gradient_checkpointing and plain.save_strategy == "steps"
    monkeypatch.setenv("ACCELERATE_USE_FSDP", "true")
    fsdp = sft_args(tc, tmp_path, "cpu", torch.float32, has_eval=False, progress=False)
    assert fsdp.gradient_checkpointing and fsdp.save_strategy == "no"


def test_sft_args_turn_bf16_autocast_off_under_fsdp(tmp_path, monkeypatch):
    """On a GPU with a bf16 compute dtype the Trainer autocasts in bf16, except under FSDP: accelerate would upcast
    each trained layer unit to fp32, NF4 bytes included. (SFTConfig refuses bf16 without a GPU, so the test records
    the arguments it is given instead of building it.)"""
    import functools

    import torch
    import trl

    from harness.train import sft_args

    seen: dict = {}

    class Recorder(trl.SFTConfig):
        @functools.wraps(trl.SFTConfig.__init__)
        def __init__(self, **kw):
            seen.clear()
            seen.update(kw)

    monkeypatch.setattr(trl, "SFTConfig", Recorder)
    monkeypatch.setenv("LOCAL_RANK", "0")  # as in a process of accelerate launch
    tc = TrainConfig(max_steps=2)
    sft_args(tc, tmp_path, "cuda", torch.bfloat16, has_eval=False, progress=False)
    assert seen["bf16"] is True
    monkeypatch.setenv("ACCELERATE_USE_FSDP", "true")
    sft_args(tc, tmp_path, "cuda", torch.bfloat16, has_eval=False, progress=False)
    assert seen["bf16"] is False and seen["save_strategy"] == "no"


def test_cpu_lm_head_scores_only_loss_positions(tiny_model_dir, monkeypatch):
    """`lm_head_on_loss_rows_only`: TRL's fused head gets only the labelled positions on CPU (fewer rows), with
    the loss and gradients of scoring every position."""
    import torch
    import trl.trainer.utils as trl_utils
    from transformers import AutoModelForCausalLM

    from harness.train import lm_head_on_loss_rows_only, lm_head_scores_loss_rows_only

    # TRL's own switch (an earlier training in this process has wrapped it), restored after the test
    monkeypatch.setattr(trl_utils, "_use_triton", getattr(trl_utils._use_triton, "original", trl_utils._use_triton))
    rows = []
    apply = trl_utils._ChunkedLogProbFunction.apply

    def spy(hidden, *args):
        rows.append(hidden.shape[0])
        return apply(hidden, *args)

    monkeypatch.setattr(trl_utils._ChunkedLogProbFunction, "apply", spy)
    torch.manual_seed(0)
    ids = torch.randint(3, 100, (2, 12))
    labels = ids.clone()
    labels[0, :7], labels[1, :4] = -100, -100  # prompts: no loss

    def loss_and_grads():
        model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
        trl_utils.add_fused_lm_head(model, outputs=("log_probs", "entropy", "is_top1"))
        out = model(input_ids=ids, labels=labels, fused_lm_head=True)
        out.loss.backward()
        return out.loss.detach(), [p.grad.clone() for p in model.parameters() if p.grad is not None]

    every, every_grads = loss_and_grads()
    assert not lm_head_scores_loss_rows_only()
    lm_head_on_loss_rows_only()
    lm_head_on_loss_rows_only()  # a second call keeps one wrapper
    assert lm_head_scores_loss_rows_only() and not hasattr(trl_utils._use_triton.original, "original")
    loss_rows, loss_grads = loss_and_grads()
    assert rows == [2 * 11, 5 + 8], "every shifted position, then only the labelled ones"
    assert torch.allclose(loss_rows, every, atol=1e-6)
    assert len(loss_grads) == len(every_grads) > 0
    assert all(torch.allclose(a, b, atol=1e-5) for a, b in zip(loss_grads, every_grads, strict=True))


def test_steady_throughput_times_the_steps_after_warmup_and_names_a_slow_one():
    from harness.train import steady_throughput

    # TRL's cumulative num_tokens per logged step; times[i] is the end of step i + 1 (step 4 took 3 s, not 1)
    history = [{"step": s, "loss": 1.0, "num_tokens": 100 * s} for s in range(1, 7)]
    times = [0.0, 2.0, 3.0, 6.0, 7.0, 8.0]
    plain = steady_throughput(history, times, warmup=2)
    assert plain == {"tokens_per_s": 66.7, "s_per_step": 1.5, "steps_timed": 4}, "steps 3-6: 400 tokens in 6 s"
    each = steady_throughput(history, times, warmup=2, each=True)
    assert each["step_s"] == [1.0, 3.0, 1.0, 1.0] and each["tokens_per_s"] == 66.7
    assert each["tokens_per_s_median_step"] == 100.0, "the 3-second step does not move the median"
    assert steady_throughput(history[:1], times, warmup=2) == {}


def test_ddp_searches_for_unused_weights_only_when_experts_are_routed(tmp_path):
    from transformers import LlamaConfig, MixtralConfig, Qwen2MoeConfig

    from harness.train import routes_experts, sft_args

    assert not routes_experts(LlamaConfig())
    assert routes_experts(MixtralConfig()) and routes_experts(Qwen2MoeConfig())
    tc = TrainConfig(quantization="none")
    dense = sft_args(tc, tmp_path, "cpu", None, has_eval=False, progress=False)
    moe = sft_args(tc, tmp_path, "cpu", None, has_eval=False, progress=False, all_weights_train=False)
    assert dense.ddp_find_unused_parameters is False and moe.ddp_find_unused_parameters is True
    assert dense.ddp_broadcast_buffers is False
