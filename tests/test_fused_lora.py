"""The fused LoRA forward (one addmm) gives PEFT's outputs and gradients, on a plain and an NF4 base,
and steps aside where it does not apply (adapters disabled, merged)."""

from __future__ import annotations

import copy

import pytest

from harness.fused_lora import fuse_lora_layers


def _lora(model, dropout: float = 0.0):
    import torch
    from peft import LoraConfig, get_peft_model

    torch.manual_seed(0)
    return get_peft_model(copy.deepcopy(model), LoraConfig(
        r=4, lora_alpha=12, lora_dropout=dropout, init_lora_weights=False,
        target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]))


def _loss_and_grads(model, ids):
    model.train()
    loss = model(input_ids=ids, labels=ids).loss
    loss.backward()
    return loss.detach(), {n: p.grad.clone() for n, p in model.named_parameters() if p.grad is not None}


@pytest.mark.parametrize("quant", [False, True])
def test_fused_forward_matches_peft(tiny, tiny_model_dir, quant, monkeypatch):
    import torch

    import harness.fused_lora as fl
    from harness.models import ModelSource, load_model

    calls = []
    fused_forward = fl._fused_forward
    monkeypatch.setattr(fl, "_fused_forward", lambda *a, **k: calls.append(1) or fused_forward(*a, **k))

    base = load_model(ModelSource(str(tiny_model_dir)), torch.float32, "cpu", quant_4bit=True) if quant else tiny[0]
    ids = torch.randint(3, 300, (3, 20), generator=torch.Generator().manual_seed(1))
    want_loss, want = _loss_and_grads(_lora(base), ids)
    fused = _lora(base)
    assert fuse_lora_layers(fused) == 7 * fused.config.num_hidden_layers
    got_loss, got = _loss_and_grads(fused, ids)
    assert len(calls) == 7 * fused.config.num_hidden_layers  # every adapted projection took the fused path
    assert got.keys() == want.keys() and any("lora_A" in n for n in got)
    torch.testing.assert_close(got_loss, want_loss, rtol=1e-5, atol=1e-5)
    for name in want:
        torch.testing.assert_close(got[name], want[name], rtol=1e-4, atol=1e-6, msg=name)


def test_fused_forward_changes_the_output_as_lora_does_and_steps_aside_when_disabled(tiny):
    """The adapter moves the output (B is not zero here), and with adapters disabled or merged the
    output is PEFT's: the base model's, resp. the merged weights'."""
    import torch

    ids = torch.randint(3, 300, (2, 12), generator=torch.Generator().manual_seed(2))
    model = _lora(tiny[0])
    fuse_lora_layers(model)
    model.eval()
    with torch.no_grad():
        adapted = model(input_ids=ids).logits
        with model.disable_adapter():
            plain = model(input_ids=ids).logits
        base = tiny[0](input_ids=ids).logits
        model.merge_adapter()
        merged = model(input_ids=ids).logits
    torch.testing.assert_close(plain, base)
    assert (adapted - base).abs().max() > 1e-3
    torch.testing.assert_close(merged, adapted, rtol=1e-4, atol=1e-4)


def test_fused_forward_applies_dropout_in_training_only(tiny):
    import torch

    ids = torch.randint(3, 300, (2, 12), generator=torch.Generator().manual_seed(3))
    model = _lora(tiny[0], dropout=0.5)
    fuse_lora_layers(model)
    with torch.no_grad():
        model.eval()
        a, b = model(input_ids=ids).logits, model(input_ids=ids).logits
        model.train()
        c = model(input_ids=ids).logits
    torch.testing.assert_close(a, b)
    assert (a - c).abs().max() > 1e-4
