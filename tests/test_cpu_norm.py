"""The CPU RMSNorm and SiLU(gate) * up kernels: the numbers of transformers' modules, and their forward where the
kernels do not apply."""

from __future__ import annotations

import shutil

import pytest
import torch

from harness import cpu_kernels, cpu_norm

needs_cc = pytest.mark.skipif(shutil.which("cc") is None, reason="no C compiler on this machine")


@pytest.fixture
def lib(tmp_path, monkeypatch):
    monkeypatch.setenv("HARNESS_CACHE", str(tmp_path))
    monkeypatch.setattr(cpu_kernels, "_built", {})
    built = cpu_norm.load()
    assert built is not None, cpu_kernels.build("norm", cpu_norm.SOURCE)[1]
    return built


@needs_cc
@pytest.mark.parametrize("shape", [(3, 1, 576), (2, 300, 576), (5, 37)])  # a decode step, a prefill (threaded), odd
def test_rms_norm_matches_the_llama_module(lib, shape):
    from transformers.models.llama.modeling_llama import LlamaRMSNorm

    g = torch.Generator().manual_seed(0)
    norm = LlamaRMSNorm(shape[-1], eps=1e-5)
    norm.weight.data = torch.randn(shape[-1], generator=g)
    x = torch.randn(*shape, generator=g) * 3
    got = cpu_norm.rms_norm(lib, norm, x)
    torch.testing.assert_close(got, norm(x), rtol=2e-6, atol=2e-6)
    assert got.shape == x.shape


@needs_cc
@pytest.mark.parametrize("n", [7, 1536 * 128])
def test_silu_mul_matches_torch(lib, n):
    g = torch.Generator().manual_seed(1)
    gate, up = torch.randn(n, generator=g) * 4, torch.randn(n, generator=g)
    torch.testing.assert_close(cpu_norm.silu_mul(lib, gate, up), torch.nn.functional.silu(gate) * up,
                               rtol=2e-6, atol=2e-6)


def test_other_dtypes_or_no_kernel_use_the_modules_own_forward():
    from transformers.activations import ACT2FN
    from transformers.models.llama.modeling_llama import LlamaRMSNorm

    norm = LlamaRMSNorm(8).to(torch.bfloat16)
    x = torch.randn(2, 8).to(torch.bfloat16)
    assert torch.equal(cpu_norm.rms_norm(object(), norm, x), norm(x)), "bf16: the module's forward, lib unused"
    assert torch.equal(cpu_norm.rms_norm(None, norm, x), norm(x))
    gate, up = torch.randn(4), torch.randn(4)
    assert torch.equal(cpu_norm.silu_mul(None, gate, up), torch.nn.functional.silu(gate) * up)
    assert cpu_norm.is_silu(ACT2FN["silu"]) and cpu_norm.is_silu(torch.nn.SiLU())
    assert not cpu_norm.is_silu(ACT2FN["gelu"])
