"""The precision of fp32 matmuls on CPU: fp32, or bf16 inputs and weights with fp32 accumulation (oneDNN).

Why: on a CPU with AMX-BF16 (Intel Sapphire Rapids and later) oneDNN multiplies bf16 several times faster than
fp32. On the 2 cores these benchmarks run on, a [128, 576] x [576, 1536] product: 246 GFLOP/s in fp32 (weights
packed), 846 in bf16 including the casts of input and output; at 16 rows 308 against 90. It is what TF32 is to a
GPU's fp32 matmuls, here through torch's own switch, `torch.backends.mkldnn.matmul.fp32_precision = "bf16"`. Every
fp32 matmul in the scope obeys it (a training step's forward and backward, transformers' `generate`); the slot
engine's packed linear layers (`cpu_linear`) read it and pack bf16 copies of their weights.

`model.cpu_matmul`: auto (bfloat16 where the CPU has AMX-BF16, else float32) | float32 | bfloat16. The activations
between layers, norms, softmax, the KV cache, the slot engine's decode attention (a C kernel) and the trained LoRA
weights stay fp32; torch's own attention products (SDPA in a prefill, `bmm`) follow the switch, and the packed
layers round their outputs to bf16. Rounding a weight to bf16 changes it by at most 2^-9 of its value; the embedded
model's weights are 4-bit (GGUF Q4_1) already. The 164 greedy HumanEval texts of the embedded model: 79 identical
to fp32's, pass@1 4.9% against 4.3% (exact McNemar p = 1.0).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator

from harness.errors import HarnessError

CHOICES = ("auto", "float32", "bfloat16")


@functools.cache
def cpu_flags() -> frozenset[str]:
    """The CPU's feature flags (Linux /proc/cpuinfo, read once); empty where they cannot be read."""
    try:
        with open("/proc/cpuinfo") as f:
            return next((frozenset(line.split(":", 1)[1].split()) for line in f if line.startswith("flags")),
                        frozenset())
    except OSError:
        return frozenset()


def resolve(name: str, device: str, flags: frozenset[str] | set[str] | None = None) -> str | None:
    """The precision fp32 matmuls run at on `device`: 'float32' | 'bfloat16'; None off the CPU (not applicable).
    'auto' is bfloat16 where the CPU has AMX-BF16. Asking for bfloat16 on a CPU without bf16 instructions is an error."""
    if name not in CHOICES:
        raise HarnessError(f"model.cpu_matmul={name!r} is not one of {', '.join(CHOICES)}; set one of them")
    if device != "cpu":
        return None
    flags = cpu_flags() if flags is None else flags
    if name == "auto":
        return "bfloat16" if "amx_bf16" in flags else "float32"
    if name == "bfloat16" and not {"amx_bf16", "avx512_bf16"} & flags:
        raise HarnessError("model.cpu_matmul=bfloat16 needs a CPU with AMX-BF16 or AVX512-BF16 and this one has "
                           "neither; use --set model.cpu_matmul=auto (or float32)")
    return name


def current() -> str:
    """The precision fp32 matmuls on CPU run at now: 'bfloat16' inside `scope('bfloat16')`, else 'float32'."""
    import torch

    return "bfloat16" if torch.backends.mkldnn.matmul.fp32_precision == "bf16" else "float32"


@contextlib.contextmanager
def scope(precision: str | None) -> Iterator[None]:
    """Run the block with fp32 matmuls on CPU at `precision` (a `resolve` result; None leaves things as they are)."""
    import torch

    if precision is None:
        yield
        return
    switch = torch.backends.mkldnn.matmul
    before = switch.fp32_precision
    switch.fp32_precision = "bf16" if precision == "bfloat16" else "ieee"
    try:
        yield
    finally:
        switch.fp32_precision = before


def describe(numerics: dict | None) -> str:
    """A stage's numerics (`{"dtype", "cpu_matmul"}`) in words, e.g. "float32, matmuls in bfloat16"; "–" if none."""
    if not numerics or not numerics.get("dtype"):
        return "–"
    matmul = numerics.get("cpu_matmul")
    return numerics["dtype"] + (f", matmuls in {matmul}" if matmul and matmul != numerics["dtype"] else "")
