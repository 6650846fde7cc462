"""Linear layers on CPU with weights packed once into oneDNN's blocked layout.

Why: `F.linear` hands each call's weight to the BLAS, which repacks it into its blocked layout every time; at the
small batches of a decode step (one token per row) that repacking costs about as much as the matmul. Packed once
(`torch.ops.mkldnn._reorder_linear_weight`, what torch's own compiler does for frozen CPU models), a decode step
of the embedded model on 2 cores took 315-320 ms instead of 384-389 ms at 64 rows, 109-121 instead of 145-157 at
16. The packed copies take as much memory again as the weights, so only models whose plain fp32 linear weights fit
in PACK_BUDGET are packed; quantized or adapter-wrapped layers keep their own forward.
"""

from __future__ import annotations

PACK_BUDGET = 4 << 30  # bytes of packed weights at most


def pack(modules, batch_hint: int) -> dict:
    """Packed weights of the plain fp32 `nn.Linear` layers on CPU among `modules`, by module; {} where oneDNN is
    missing or they are too large together."""
    import torch

    linears = list(dict.fromkeys(m for m in modules if type(m) is torch.nn.Linear and m.weight.dtype == torch.float32
                                 and m.weight.device.type == "cpu"))
    if not torch.backends.mkldnn.is_available() or not linears:
        return {}
    if sum(m.weight.numel() * 4 for m in linears) > PACK_BUDGET:
        return {}
    try:
        with torch.no_grad():
            return {m: torch.ops.mkldnn._reorder_linear_weight(m.weight.detach(), batch_hint) for m in linears}
    except (RuntimeError, AttributeError):  # a torch build without these ops
        return {}


def linear(packed: dict, module, x):
    """`module(x)` through its packed weight when it has one."""
    import torch

    weight = packed.get(module)
    if weight is None:
        return module(x)
    y = torch.ops.mkldnn._linear_pointwise(x.reshape(-1, x.shape[-1]), weight, module.bias, "none", [], "")
    return y.view(*x.shape[:-1], y.shape[-1])
