"""LoRA dropout on CPU as a small C kernel: the mask from a counter-based hash instead of torch's generator.

Why: PEFT applies `nn.Dropout` to the input of every LoRA layer, seven per decoder layer. On 2 cores torch's
CPU dropout took about 10.6 ms for a [4, 319, 576] input, nearly all of it drawing the Bernoulli mask, and
about 2 s of a 10.5 s training step of the embedded recipe. Here each element's keep/drop comes from a hash
of (seed, its index): the same drop probability and 1/(1-p) scaling, reproducible from torch's seed (each call
draws its seed from torch's generator), vectorized and threaded. The mask is kept, one byte per element, for
the backward pass.

Only where the kernel builds (`cpu_kernels`); elsewhere PEFT's `nn.Dropout` stays.
"""

from __future__ import annotations

import ctypes

import torch

from harness import cpu_kernels

SOURCE = r"""
#include <stdint.h>

static inline uint32_t mix32(uint32_t h) {  /* murmur3's finalizer: every input bit moves every output bit */
    h ^= h >> 16; h *= 0x85EBCA6Bu; h ^= h >> 13; h *= 0xC2B2AE35u; h ^= h >> 16;
    return h;
}

/* out[i] = x[i] * scale and mask[i] = 1 where hash(seed, i) >= threshold (probability 1 - threshold / 2^32),
   else 0 and 0. */
void dropout_forward(const float *x, float *out, uint8_t *mask, int64_t n, uint64_t seed, uint32_t threshold,
                     float scale, int threads) {
    uint32_t s0 = mix32((uint32_t)seed ^ 0x9E3779B9u), s1 = (uint32_t)(seed >> 32);
    #pragma omp parallel for simd num_threads(threads) schedule(static)
    for (int64_t i = 0; i < n; ++i) {
        uint32_t h = mix32(mix32((uint32_t)i + s0) ^ s1 ^ (uint32_t)(i >> 32));
        uint8_t keep = h >= threshold;
        mask[i] = keep;
        out[i] = keep ? x[i] * scale : 0.f;
    }
}

/* grad_in[i] = grad[i] * scale where mask[i], else 0. */
void dropout_backward(const float *grad, const uint8_t *mask, float *grad_in, int64_t n, float scale, int threads) {
    #pragma omp parallel for simd num_threads(threads) schedule(static)
    for (int64_t i = 0; i < n; ++i) grad_in[i] = mask[i] ? grad[i] * scale : 0.f;
}
"""


_PTR, _I64 = ctypes.c_void_p, ctypes.c_int64
SIGNATURES = {"dropout_forward": [_PTR, _PTR, _PTR, _I64, ctypes.c_uint64, ctypes.c_uint32, ctypes.c_float, ctypes.c_int],
              "dropout_backward": [_PTR, _PTR, _PTR, _I64, ctypes.c_float, ctypes.c_int]}


def load():
    """The compiled library (its two functions typed), or None when it cannot be had here."""
    return cpu_kernels.build("dropout", SOURCE, SIGNATURES)[0]


class _HashDropoutFn(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, p: float, lib):
        x = x.contiguous()
        out, mask = torch.empty_like(x), torch.empty(x.shape, dtype=torch.uint8)
        seed = int(torch.randint(0, 2**63 - 1, (1,)).item())  # from torch's generator: reproducible from its seed
        scale = 1.0 / (1.0 - p)
        lib.dropout_forward(x.data_ptr(), out.data_ptr(), mask.data_ptr(), x.numel(), seed,
                            min(round(p * 2**32), 2**32 - 1), scale, torch.get_num_threads())
        ctx.save_for_backward(mask)
        ctx.scale, ctx.lib = scale, lib
        return out

    @staticmethod
    def backward(ctx, grad):
        (mask,) = ctx.saved_tensors
        grad = grad.contiguous()
        grad_in = torch.empty_like(grad)
        ctx.lib.dropout_backward(grad.data_ptr(), mask.data_ptr(), grad_in.data_ptr(), grad.numel(), ctx.scale,
                                 torch.get_num_threads())
        return grad_in, None, None


class HashDropout(torch.nn.Module):
    """Dropout with probability `p` in training mode (identity in eval mode); fp32 CPU inputs go through the
    kernel where it builds, anything else through torch's dropout. Holds no handle to the library (the module
    copies and pickles as any other)."""

    def __init__(self, p: float):
        super().__init__()
        self.p = p

    def forward(self, x):
        if not self.training or self.p == 0:
            return x
        lib = load() if x.dtype == torch.float32 and x.device.type == "cpu" else None
        if lib is None:
            return torch.nn.functional.dropout(x, self.p, True)
        return _HashDropoutFn.apply(x, self.p, lib)

    def extra_repr(self) -> str:
        return f"p={self.p}"


def replace_lora_dropout(model) -> int:
    """Swap each PEFT LoRA layer's `nn.Dropout` for a `HashDropout` of the same p; how many were swapped (0 where
    the kernel does not build)."""
    if load() is None:
        return 0
    swapped = 0
    for module in model.modules():
        dropouts = getattr(module, "lora_dropout", None)
        if not isinstance(dropouts, torch.nn.ModuleDict):
            continue
        for name, layer in list(dropouts.items()):
            if type(layer) is torch.nn.Dropout and layer.p > 0:
                dropouts[name] = HashDropout(layer.p).train(layer.training)
                swapped += 1
    return swapped
