"""What a process can know about its GPUs without initializing CUDA in it.

A process that has initialized the CUDA driver cannot fork children that use CUDA, and harness forks its GPU
generation workers (`harness.shard.can_fork`). So the questions asked before that point go to NVML, as torch's
own `is_available()` does under PYTORCH_NVML_BASED_CUDA_CHECK=1 (set by `harness/__init__.py`)."""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

CUDA_ERROR_NOT_INITIALIZED = 3


def cuda_driver_initialized() -> bool:
    """Whether this process has initialized the CUDA driver (cuInit). torch's import maps libcuda without
    initializing it; the driver's cuDeviceGetCount answers CUDA_ERROR_NOT_INITIALIZED until cuInit, without
    initializing anything itself. Unsure means yes."""
    try:
        if "libcuda.so" not in Path("/proc/self/maps").read_text():
            return False
        count = ctypes.c_int()
        return ctypes.CDLL("libcuda.so.1").cuDeviceGetCount(ctypes.byref(count)) != CUDA_ERROR_NOT_INITIALIZED
    except (OSError, AttributeError):
        return True


def first_visible_capability() -> tuple[int, int] | None:
    """(major, minor) compute capability of the first visible GPU, read through NVML; None where NVML cannot
    say (no NVML, or CUDA_VISIBLE_DEVICES names devices by UUID or MIG instance rather than by index)."""
    visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    first = visible.split(",")[0].strip() if visible is not None else "0"
    if not first.isdigit():
        return None
    try:
        nvml = ctypes.CDLL("libnvidia-ml.so.1")
        if nvml.nvmlInit_v2() != 0:
            return None
        handle = ctypes.c_void_p()
        major, minor = ctypes.c_int(-1), ctypes.c_int(-1)
        if nvml.nvmlDeviceGetHandleByIndex_v2(ctypes.c_uint(int(first)), ctypes.byref(handle)) != 0 or \
                nvml.nvmlDeviceGetCudaComputeCapability(handle, ctypes.byref(major), ctypes.byref(minor)) != 0:
            return None
    except (OSError, AttributeError):
        return None
    return (major.value, minor.value) if 1 <= major.value <= 50 and minor.value >= 0 else None


def bf16_supported() -> bool:
    """torch.cuda.is_bf16_supported() without initializing CUDA where NVML can answer (compute capability 8.0 and
    up: Ampere and later); torch's own check, which initializes CUDA, otherwise."""
    import torch

    if not torch.cuda.is_initialized() and (capability := first_visible_capability()) is not None:
        return capability >= (8, 0)
    return torch.cuda.is_bf16_supported()
