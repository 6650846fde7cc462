"""Linear layers on CPU with weights packed once into oneDNN's blocked layout.

Why: `F.linear` hands each call's weight to the BLAS, which repacks it into its blocked layout every time; at the
small batches of a decode step (one token per row) that repacking costs about as much as the matmul. Packed once
(`torch.ops.mkldnn._reorder_linear_weight`, what torch's own compiler does for frozen CPU models), a decode step
of the embedded model on 2 cores took 315-320 ms instead of 384-389 ms at 64 rows, 109-121 instead of 145-157 at
16. The packed copies take as much memory again as the weights, so only models whose packed weights fit in
PACK_BUDGET are packed.

Three kinds of layer are packed:
- plain fp32 `nn.Linear`;
- bitsandbytes' NF4/FP4 `Linear4bit` computing in fp32: on CPU its forward dequantizes the whole weight to fp32 and
  calls `F.linear`, in every call. Dequantized once here, the values are the same ones; the layer still computes
  with the 4-bit model's weights (eval-adapter's generation on 2 cores: 437 s before, 300 s after);
- PEFT's LoRA layers (plain LoRA, not merged) around one of those: base output plus each active adapter's
  `lora_B(lora_A(dropout(x))) * scaling`. In eval mode (dropout is the identity) the adapters are added to the base
  weight once, `W + scaling * B A` summed in float64 and rounded to fp32: the same function in one matmul instead of
  three (a decode step of the embedded model at 128 rows: 490 ms with A and B as separate products, 431 without
  LoRA). That is not the pipeline's merged model, which adds them to the 16-bit base, not to the NF4 one, in fp16.
  In training mode A and B stay separate products, after PEFT's dropout.
Anything else keeps its own forward.

Where fp32 matmuls run in bf16 (`cpu_matmul.scope("bfloat16")`, AMX CPUs by default) the packed weights are bf16
copies: bf16 inputs, fp32 sums, bf16 outputs (cast back to fp32). oneDNN's own fp32-in-bf16 path converts at every
call: a [16, 576] x [576, 1536] product ran at 118 GFLOP/s that way and 308 with bf16 copies, 694 and 846 at 128
rows (2 Sapphire Rapids cores; 90 and 246 in fp32).
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field

from harness import cpu_matmul

PACK_BUDGET = 4 << 30  # bytes of packed weights at most


@dataclass
class Packed:
    """One layer's packed weight and bias, and the LoRA adapters added to its output."""

    weight: object
    bias: object
    adapters: list[tuple] = field(default_factory=list)
    """(A, B, dropout, scaling) per active adapter; A and B are `Packed` themselves"""


def _fp32_weight(module):
    """(size in elements, a function giving the fp32 weight `module` multiplies by) if it is a plain fp32 linear or
    a 4-bit one computing in fp32; else None."""
    import torch

    weight = getattr(module, "weight", None)
    if weight is None or weight.device.type != "cpu":
        return None
    if type(module) is torch.nn.Linear:
        return (weight.numel(), weight.detach) if weight.dtype == torch.float32 else None
    state = getattr(weight, "quant_state", None)
    if state is None or getattr(module, "compute_dtype", None) != torch.float32 or \
            getattr(state, "packing_format_for_cpu", False) or type(module).__module__.split(".")[0] != "bitsandbytes":
        return None

    def dequantized():
        from bitsandbytes.functional import dequantize_4bit

        fp32 = copy.copy(state)
        fp32.dtype = torch.float32  # matmul_4bit dequantizes to the input's dtype, fp32 here
        return dequantize_4bit(weight.data, fp32)

    return math.prod(state.shape), dequantized


def _lora_adapters(module):
    """(base layer, [(A, B, dropout, scaling)]) of a PEFT LoRA layer running plain LoRA; None for anything else."""
    if not hasattr(module, "lora_A") or not hasattr(module, "base_layer"):
        return None
    if getattr(module, "merged", False) or getattr(module, "disable_adapters", False):
        return module.base_layer, []  # the base alone: merged into it, or adapters switched off
    adapters = []
    for name in module.active_adapters:
        if name not in module.lora_A:
            continue
        if name in getattr(module, "lora_variant", {}) or getattr(module, "use_dora", {}).get(name, False):
            return None
        adapters.append((module.lora_A[name], module.lora_B[name], module.lora_dropout[name], module.scaling[name]))
    return module.base_layer, adapters


def pack(modules, batch_hint: int) -> dict:
    """`Packed` weights of the layers among `modules` that can be packed (see the module's docstring), by module;
    {} where oneDNN is missing or they are too large together."""
    import torch

    if not torch.backends.mkldnn.is_available():
        return {}
    plan, total = {}, 0
    for module in dict.fromkeys(modules):
        base, adapters = _lora_adapters(module) or (module, [])
        sources = [_fp32_weight(m) for m in (base, *(m for a in adapters for m in a[:2]))]
        if any(w is None for w in sources):
            continue
        plan[module] = (base, adapters, [get for _, get in sources])
        total += sum(size * 4 for size, _ in sources)
    if not plan or total > PACK_BUDGET:
        return {}

    low = cpu_matmul.current() == "bfloat16"  # bf16 copies: oneDNN's own fp32->bf16 path is slower at few rows

    def packed(weight, bias, adapters=()):
        if low:
            weight, bias = weight.bfloat16(), None if bias is None else bias.bfloat16()
        return Packed(torch.ops.mkldnn._reorder_linear_weight(weight, batch_hint), bias, list(adapters))

    def layer(module, base, adapters, weights):
        weight, parts = weights[0](), list(zip(adapters, weights[1::2], weights[2::2], strict=True))
        if adapters and not module.training and all(a.bias is None and b.bias is None for a, b, _, _ in adapters):
            # eval mode (dropout is the identity): one matmul by base + sum of scaling * B A, summed in float64
            delta = sum(scaling * (wb().double() @ wa().double()) for (_, _, _, scaling), wa, wb in parts)
            return packed((weight.double() + delta).float(), base.bias)
        return packed(weight, base.bias, [(packed(wa(), a.bias), packed(wb(), b.bias), dropout, scaling)
                                          for (a, b, dropout, scaling), wa, wb in parts])

    try:
        with torch.no_grad():
            return {module: layer(module, *planned) for module, planned in plan.items()}
    except (RuntimeError, AttributeError):  # a torch build without these ops
        return {}


def _apply(packed: Packed, x, cast=None):
    """`x` through one packed layer; `cast`: `x` in the weight's dtype already, where they differ."""
    import torch

    if packed.weight.dtype != x.dtype:  # bf16 weights (`cpu_matmul`): bf16 input, fp32 accumulation, fp32 output
        low = cast if cast is not None else x.to(packed.weight.dtype)
        return torch.ops.mkldnn._linear_pointwise(low, packed.weight, packed.bias, "none", [], "").to(x.dtype)
    return torch.ops.mkldnn._linear_pointwise(x, packed.weight, packed.bias, "none", [], "")


def linears(packed: dict, modules, x) -> list:
    """`[module(x) for module in modules]`, through their packed weights where they have them, with `x` cast to bf16
    (`cpu_matmul`) once for all of them. q/k/v share one normed input and gate/up another, so a decoder layer casts
    four inputs where it would cast seven: the seven linear layers of one embedded-model layer at 16,384 rows took
    242 and 254 ms against 256 and 266 (two scripts' medians of 30 interleaved runs, 2 AMX cores)."""
    flat, casts, out = x.reshape(-1, x.shape[-1]), {}, []
    for module in modules:
        entry = packed.get(module)
        if entry is None:
            out.append(module(x))
            continue
        dtype = entry.weight.dtype
        if dtype != x.dtype and dtype not in casts:
            casts[dtype] = flat.to(dtype)
        y = _apply(entry, flat, casts.get(dtype))
        for a, b, dropout, scaling in entry.adapters:
            y = y + _apply(b, _apply(a, dropout(flat))) * scaling
        out.append(y.view(*x.shape[:-1], y.shape[-1]))
    return out


def linear(packed: dict, module, x):
    """`module(x)` through its packed weights when it has them."""
    return linears(packed, (module,), x)[0]


def dequantize_4bit_once(modules) -> int:
    """Training on CPU: each 4-bit layer among `modules` computing in fp32 gets its weight dequantized once and kept,
    and multiplies by it with `F.linear` (differentiable in the input, as bitsandbytes' own backward is). Its forward
    and backward otherwise dequantize the whole weight again in every call, to the same values. Nothing is done when
    the fp32 weights would take more than PACK_BUDGET. Returns how many layers now do so."""
    import functools

    sources = {m: s for m in dict.fromkeys(modules) if (s := _fp32_weight(m)) is not None and hasattr(m.weight, "quant_state")}
    if sum(size * 4 for size, _ in sources.values()) > PACK_BUDGET:
        return 0
    for module, (_, get) in sources.items():
        module.forward = functools.partial(_fixed_linear, get(), module)
    return len(sources)


def _fixed_linear(weight, module, x):
    import torch.nn.functional as F

    return F.linear(x.to(weight.dtype), weight, module.bias).to(x.dtype)
