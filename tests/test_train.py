"""QLoRA SFT on a tiny random model: examples built right, loss on completions only, EOS learned,
the loss goes down, the adapter is saved, a killed run resumes from its checkpoint."""

from __future__ import annotations

import pytest

from harness.config import RunConfig, TrainConfig, from_dict
from harness.models import ModelSource
from harness.train import answer_text, build_trainer, last_checkpoint, to_example, train, user_message

ROWS = [{"instruction": f"Write a function add{i}(a, b) that returns a + b + {i}.",
         "input": "Example: add(1, 2)" if i % 2 else "",
         "output": f"def add{i}(a, b):\n    return a + b + {i}\n"} for i in range(24)]


def cfg_for(tmp_path, **train) -> RunConfig:
    base = {"max_steps": 6, "batch_size": 4, "lr": 2e-2, "max_grad_norm": 1.0, "save_steps": 3, "eval_steps": 3,
            "lr_scheduler": "constant", "warmup_ratio": 0.0, "quantization": "none"}
    return from_dict({"train": {**base, **train}, "lora": {"r": 8, "alpha": 16, "dropout": 0.0}})


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
