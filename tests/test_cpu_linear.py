"""Linear layers through weights packed once for oneDNN: the same outputs as the module's own forward, at any
batch size, for plain fp32 `nn.Linear`, NF4 `Linear4bit` computing in fp32 and PEFT LoRA layers around either;
nothing packed past the memory budget or for other layers."""

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
    """Every projection, MLP matrix and the LM head, of a plain model and of a LoRA-wrapped one."""
    from peft import LoraConfig, get_peft_model

    from harness.models import ModelSource, load_model
    from harness.static_decode import SlotDecoder

    model = load_model(ModelSource(str(tiny_model_dir)), torch.float32, "cpu")  # its own copy: LoRA goes in place
    layers = len(model.model.layers)
    assert SlotDecoder(model, 2, 16).stats["packed_linears"] == 7 * layers + 1
    wrapped = get_peft_model(model, LoraConfig(r=2, target_modules=["q_proj", "v_proj"]))
    assert SlotDecoder(wrapped, 2, 16).stats["packed_linears"] == 7 * layers + 1


def _nf4_lora(tiny_model_dir, **lora):
    from peft import LoraConfig, get_peft_model

    from harness.models import ModelSource, load_model

    base = load_model(ModelSource(str(tiny_model_dir)), torch.float32, "cpu", quant_4bit=True)
    torch.manual_seed(0)
    targets = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
    return get_peft_model(base, LoraConfig(r=4, lora_alpha=8, target_modules=targets, init_lora_weights=False,
                                           **lora)).eval()


@needs_onednn
@pytest.mark.parametrize("mode", ["eval", "train"])
def test_nf4_layers_and_lora_around_them_give_their_own_outputs(tiny_model_dir, mode):
    """The 4-bit weight is dequantized once to the values bitsandbytes multiplies by in every call; LoRA is added to
    it in eval mode, kept as its own products (after dropout) in training mode. Both compared with the modules' own
    forward (no dropout in training mode here, so that the outputs compare)."""
    import bitsandbytes as bnb

    model = _nf4_lora(tiny_model_dir, lora_dropout=0.0).train(mode == "train")
    wrapped = [m for m in model.modules() if hasattr(m, "lora_A") and hasattr(m, "base_layer")]
    assert wrapped and all(isinstance(m.base_layer, bnb.nn.Linear4bit) for m in wrapped)
    packed = cpu_linear.pack(wrapped, batch_hint=8)
    assert set(packed) == set(wrapped)
    assert all(len(packed[m].adapters) == (1 if mode == "train" else 0) for m in wrapped)
    g = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for module in wrapped:
            x = torch.randn(3, 5, module.in_features, generator=g)
            torch.testing.assert_close(cpu_linear.linear(packed, module, x), module(x), rtol=1e-4, atol=1e-5)
            base = cpu_linear.pack([module.base_layer], batch_hint=8)
            torch.testing.assert_close(cpu_linear.linear(base, module.base_layer, x), module.base_layer(x),
                                       rtol=1e-4, atol=1e-5)
            assert not torch.allclose(module(x), module.base_layer(x)), "the adapter changes the output"


@needs_onednn
def test_switched_off_adapters_pack_the_base_alone_and_dora_is_left_to_peft(tiny_model_dir):
    model = _nf4_lora(tiny_model_dir)
    module = model.base_model.model.model.layers[0].self_attn.q_proj
    x = torch.randn(2, module.in_features)
    with torch.no_grad(), model.disable_adapter():
        packed = cpu_linear.pack([module], batch_hint=2)
        assert packed[module].adapters == []
        torch.testing.assert_close(cpu_linear.linear(packed, module, x), module(x), rtol=1e-4, atol=1e-5)
    dora = _nf4_lora(tiny_model_dir, use_dora=True)
    assert cpu_linear.pack([dora.base_model.model.model.layers[0].self_attn.q_proj], batch_hint=2) == {}


def test_the_budget_counts_4bit_layers_at_their_fp32_size(tiny_model_dir, monkeypatch):
    model = _nf4_lora(tiny_model_dir)
    module = model.base_model.model.model.layers[0].mlp.up_proj
    fp32_bytes = 4 * (module.in_features * module.out_features + 4 * (module.in_features + module.out_features))
    monkeypatch.setattr(cpu_linear, "PACK_BUDGET", fp32_bytes - 1)
    assert cpu_linear.pack([module], batch_hint=2) == {}
    monkeypatch.setattr(cpu_linear, "PACK_BUDGET", fp32_bytes)
    assert set(cpu_linear.pack([module], batch_hint=2)) == {module}


def test_4bit_layers_dequantized_once_train_as_bitsandbytes_does(tiny_model_dir):
    """CPU QLoRA training: the same loss and the same LoRA gradients with the weight dequantized once as with
    bitsandbytes dequantizing it in every forward and backward."""
    import bitsandbytes as bnb

    def loss_and_grads(model):
        model.train()
        ids = torch.arange(3, 27).view(2, 12)
        loss = model(input_ids=ids, labels=ids).loss
        loss.backward()
        return loss.detach(), {n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad}

    def fresh():
        model = _nf4_lora(tiny_model_dir, lora_dropout=0.0)
        for p in model.parameters():  # fp32 LoRA, as `keep_trained_weights_in` leaves it on CPU
            if p.requires_grad:
                p.data = p.data.float()
        return model

    want_loss, want = loss_and_grads(fresh())
    model = fresh()
    layers = [m for m in model.modules() if isinstance(m, bnb.nn.Linear4bit)]
    assert cpu_linear.dequantize_4bit_once(model.modules()) == len(layers) > 0
    got_loss, got = loss_and_grads(model)
    torch.testing.assert_close(got_loss, want_loss, rtol=1e-5, atol=1e-6)
    assert got.keys() == want.keys() and any(n.endswith("lora_A.default.weight") for n in got)
    for name in want:
        torch.testing.assert_close(got[name], want[name], rtol=1e-4, atol=1e-6)
