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


def _nvml_visible() -> tuple[ctypes.CDLL, list[ctypes.c_void_p]] | None:
    """NVML (initialized) and handles of the GPUs CUDA_VISIBLE_DEVICES lets this process see, in CUDA's order;
    None where NVML cannot say: no NVML, or devices named by UUID or MIG instance rather than by index."""
    try:
        nvml = ctypes.CDLL("libnvidia-ml.so.1")
        if nvml.nvmlInit_v2() != 0:
            return None
        visible = os.environ.get("CUDA_VISIBLE_DEVICES")
        if visible is None:
            count = ctypes.c_uint()
            if nvml.nvmlDeviceGetCount_v2(ctypes.byref(count)) != 0:
                return None
            indices = list(range(count.value))
        else:
            entries = [e.strip() for e in visible.split(",")] if visible.strip() else []
            if not all(e.isdigit() for e in entries):
                return None
            indices = [int(e) for e in entries]
        handles = []
        for index in indices:
            handle = ctypes.c_void_p()
            if nvml.nvmlDeviceGetHandleByIndex_v2(ctypes.c_uint(index), ctypes.byref(handle)) != 0:
                return None
            handles.append(handle)
    except (OSError, AttributeError):
        return None
    return nvml, handles


def first_visible_capability() -> tuple[int, int] | None:
    """(major, minor) compute capability of the first visible GPU, read through NVML; None where NVML cannot
    say (see `_nvml_visible`)."""
    found = _nvml_visible()
    if not found or not found[1]:
        return None
    nvml, (handle, *_) = found
    major, minor = ctypes.c_int(-1), ctypes.c_int(-1)
    if nvml.nvmlDeviceGetCudaComputeCapability(handle, ctypes.byref(major), ctypes.byref(minor)) != 0:
        return None
    return (major.value, minor.value) if 1 <= major.value <= 50 and minor.value >= 0 else None


def gpu_names() -> list[str]:
    """Names of the visible GPUs, through NVML where it can say (CUDA stays uninitialized), else through torch
    (which initializes CUDA); [] without GPUs."""
    found = _nvml_visible()
    if found is not None:
        nvml, handles = found
        names = []
        for handle in handles:
            name = ctypes.create_string_buffer(96)
            if nvml.nvmlDeviceGetName(handle, name, ctypes.c_uint(96)) != 0:
                break
            names.append(name.value.decode(errors="replace"))
        else:
            return names
    import torch

    return [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())] if torch.cuda.is_available() else []


def bf16_supported() -> bool:
    """torch.cuda.is_bf16_supported() without initializing CUDA where NVML can answer (compute capability 8.0 and
    up: Ampere and later); torch's own check, which initializes CUDA, otherwise."""
    import torch

    if not torch.cuda.is_initialized() and (capability := first_visible_capability()) is not None:
        return capability >= (8, 0)
    return torch.cuda.is_bf16_supported()
