"""Linear layers through weights packed once for oneDNN: the same outputs as the module's own forward, at any
batch size; nothing packed past the memory budget or for layers that are not plain fp32 `nn.Linear`."""

from __future__ import annotations

import pytest

from harness import cpu_linear

torch = pytest.importorskip("torch")
needs_onednn = pytest.mark.skipif(not torch.backends.mkldnn.is_available(), reason="torch built without oneDNN")


@needs_onednn
def test_packed_linear_equals_the_module_at_any_batch(tiny):
    model, _ = tiny
    packed = cpu_linear.pack(model.modules(), batch_hint=8)
    plain = [m for m in model.modules() if type(m) is torch.nn.Linear]
    assert set(packed) == set(plain) and plain
    g = torch.Generator().manual_seed(0)
    for module in plain:
        for shape in [(1, module.in_features), (8, 1, module.in_features), (3, 37, module.in_features)]:
            x = torch.randn(*shape, generator=g)
            got = cpu_linear.linear(packed, module, x)
            assert got.shape == module(x).shape
            torch.testing.assert_close(got, module(x), rtol=1e-4, atol=1e-5)


@needs_onednn
def test_biases_are_applied():
    layer = torch.nn.Linear(16, 24, bias=True)
    with torch.no_grad():
        layer.bias.fill_(3.0)
    packed = cpu_linear.pack([layer], batch_hint=4)
    x = torch.randn(5, 16)
    torch.testing.assert_close(cpu_linear.linear(packed, layer, x), layer(x), rtol=1e-4, atol=1e-5)


def test_nothing_is_packed_past_the_budget_or_for_other_layers(tiny, monkeypatch):
    model, _ = tiny
    monkeypatch.setattr(cpu_linear, "PACK_BUDGET", 1024)
    assert cpu_linear.pack(model.modules(), 8) == {}
    monkeypatch.undo()
    half = torch.nn.Linear(8, 8).to(torch.bfloat16)
    assert cpu_linear.pack([half], 8) == {}, "only fp32 weights"
    x = torch.randn(2, 8, dtype=torch.bfloat16)
    assert torch.equal(cpu_linear.linear({}, half, x), half(x)), "unpacked layers run their own forward"


@needs_onednn
def test_the_slot_decoder_packs_the_linears_its_step_calls(tiny_model_dir):
    """Every projection, MLP matrix and the LM head of a plain model; of a LoRA-wrapped one only the layers LoRA
    left plain (the wrapped ones, and LoRA's own matrices, run through PEFT's forward)."""
    from peft import LoraConfig, get_peft_model

    from harness.models import ModelSource, load_model
    from harness.static_decode import SlotDecoder

    model = load_model(ModelSource(str(tiny_model_dir)), torch.float32, "cpu")  # its own copy: LoRA goes in place
    layers = len(model.model.layers)
    assert SlotDecoder(model, 2, 16).stats["packed_linears"] == 7 * layers + 1
    wrapped = get_peft_model(model, LoraConfig(r=2, target_modules=["q_proj", "v_proj"]))
    assert SlotDecoder(wrapped, 2, 16).stats["packed_linears"] == 5 * layers + 1
