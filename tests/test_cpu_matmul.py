"""The precision of fp32 matmuls on CPU (`model.cpu_matmul`): what `auto` resolves to from the CPU's flags, the
scope that switches torch's oneDNN to bf16 and back, packed linear layers in bf16 under it, and the slot engine's
greedy text against transformers' `generate` under the same switch."""

from __future__ import annotations

import pytest

from harness import cpu_linear, cpu_matmul
from harness.errors import HarnessError

torch = pytest.importorskip("torch")
BF16_CPU = bool({"amx_bf16", "avx512_bf16"} & cpu_matmul.cpu_flags()) and torch.backends.mkldnn.is_available()
needs_bf16 = pytest.mark.skipif(not BF16_CPU, reason="this CPU has no bf16 matmul instructions (AMX/AVX512-BF16)")


def test_auto_is_bf16_only_with_amx_and_only_on_cpu():
    amx, avx512 = {"avx512f", "amx_tile", "amx_bf16"}, {"avx512f", "avx512_bf16"}
    assert cpu_matmul.resolve("auto", "cpu", amx) == "bfloat16"
    assert cpu_matmul.resolve("auto", "cpu", avx512) == "float32", "auto asks for AMX: the rate was measured there"
    assert cpu_matmul.resolve("auto", "cpu", set()) == "float32"
    assert cpu_matmul.resolve("bfloat16", "cpu", avx512) == "bfloat16"
    assert cpu_matmul.resolve("float32", "cpu", amx) == "float32"
    assert cpu_matmul.resolve("bfloat16", "cuda", set()) is None, "not applicable on a GPU"


def test_bf16_on_a_cpu_without_it_and_unknown_names_are_one_line_errors():
    with pytest.raises(HarnessError, match="needs a CPU with AMX-BF16 or AVX512-BF16.*model.cpu_matmul=auto"):
        cpu_matmul.resolve("bfloat16", "cpu", {"avx2", "fma"})
    with pytest.raises(HarnessError, match="'fp8' is not one of auto, float32, bfloat16"):
        cpu_matmul.resolve("fp8", "cpu", set())


def test_the_scope_switches_and_restores_torch_and_none_leaves_it():
    before = torch.backends.mkldnn.matmul.fp32_precision
    with cpu_matmul.scope("bfloat16"):
        assert cpu_matmul.current() == "bfloat16" and torch.backends.mkldnn.matmul.fp32_precision == "bf16"
        with cpu_matmul.scope("float32"):
            assert cpu_matmul.current() == "float32"
        assert cpu_matmul.current() == "bfloat16"
        with cpu_matmul.scope(None):
            assert cpu_matmul.current() == "bfloat16"
    assert torch.backends.mkldnn.matmul.fp32_precision == before
    with pytest.raises(RuntimeError), cpu_matmul.scope("bfloat16"):
        raise RuntimeError("boom")
    assert torch.backends.mkldnn.matmul.fp32_precision == before, "restored on an error too"


@needs_bf16
def test_packed_layers_multiply_in_bf16_inside_the_scope_only():
    """Inside the scope a packed layer's weight is a bf16 copy and its output is the bf16 product (bf16 inputs, fp32
    sums, rounded to bf16); outside it, the fp32 product as before."""
    torch.manual_seed(0)
    layer = torch.nn.Linear(192, 320)
    x = torch.randn(7, 192)
    with cpu_matmul.scope("bfloat16"):
        packed = cpu_linear.pack([layer], batch_hint=8)
        got = cpu_linear.linear(packed, layer, x)
    assert packed[layer].weight.dtype == torch.bfloat16 and got.dtype == torch.float32
    exact = torch.nn.functional.linear(x.bfloat16().double(), layer.weight.bfloat16().double(),
                                       layer.bias.bfloat16().double())
    torch.testing.assert_close(got.double(), exact.bfloat16().double(), rtol=2 ** -7, atol=1e-3)
    fp32 = layer(x)
    assert (got - fp32).abs().max() > 1e-4, "bf16 rounding shows"
    assert (got - fp32).abs().max() < 0.05
    plain = cpu_linear.pack([layer], batch_hint=8)
    assert plain[layer].weight.dtype == torch.float32
    torch.testing.assert_close(cpu_linear.linear(plain, layer, x), fp32, rtol=1e-4, atol=1e-5)


def test_layers_sharing_an_input_cast_it_once(monkeypatch):
    """q/k/v (and gate/up) get the same normed input: `linears` casts it to bf16 once for all of them, and each output
    is the one that layer gives alone; a layer without packed weights keeps its own forward."""
    torch.manual_seed(0)
    q, k, unpacked = torch.nn.Linear(64, 96), torch.nn.Linear(64, 32), torch.nn.Linear(64, 8)
    x = torch.randn(2, 5, 64)
    casts = []
    real_to = torch.Tensor.to

    def counting_to(self, *args, **kwargs):
        if args and args[0] is torch.bfloat16 and self.shape[-1] == 64:
            casts.append(self.shape)
        return real_to(self, *args, **kwargs)

    with torch.inference_mode(), cpu_matmul.scope("bfloat16"):  # as the engine runs it
        packed = cpu_linear.pack([q, k], batch_hint=8)
        alone = [cpu_linear.linear(packed, m, x) for m in (q, k)]
        monkeypatch.setattr(torch.Tensor, "to", counting_to)
        casts.clear()
        together = cpu_linear.linears(packed, (q, k, unpacked), x)
    assert len(casts) == 1
    assert [y.shape for y in together] == [(2, 5, 96), (2, 5, 32), (2, 5, 8)]
    for got, want in zip(together, [*alone, unpacked(x)], strict=True):
        torch.testing.assert_close(got, want, rtol=0, atol=0)


@needs_bf16
def test_the_slot_engine_in_bf16_stays_close_to_generate_under_the_same_switch(tiny):
    """The engine's first-step logits in bf16 against `model(...)` in fp32 and under the switch: close to both, and
    its packed weights are bf16 (the engine stats say so)."""
    from harness.static_decode import SlotDecoder

    model, _ = tiny
    prompt = [5, 17, 33, 8, 91, 4]
    with torch.no_grad():
        want = model(torch.tensor([prompt])).logits[0, -1]
        with cpu_matmul.scope("bfloat16"):
            switched = model(torch.tensor([prompt])).logits[0, -1]
            decoder = SlotDecoder(model, 2, 32)
            got = decoder.prefill([0], [prompt])[0]
    assert decoder.stats["packed_dtype"] == "bfloat16"
    assert (switched - want).abs().max() > 0, "the switch reaches transformers' own forward"
    scale = want.abs().max()
    assert (got - want).abs().max() < 0.05 * scale
    assert (got - switched).abs().max() < 0.05 * scale
