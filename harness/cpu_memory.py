"""Process memory settings for CPU work."""

from __future__ import annotations


def keep_freed_memory() -> None:
    """glibc: serve large blocks from the heap and keep freed memory (no mmap/munmap per block). A CPU forward
    allocates activations of tens of MB each; as fresh mappings every page faults in again. Measured on 2 cores:
    prefill 370 -> 495 tokens/s for 64 prompts of 216 tokens; a training step of the embedded recipe 11.2-12.1 s ->
    9.3-10.3 s (TRL's chunked LM head writes [1272, 32768] fp32 tensors: an elementwise op over one took 360 ms of
    page faults instead of ~30). Process-wide; a no-op where libc is not glibc."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(-4, 0)  # M_MMAP_MAX: no mmap-backed blocks
        libc.mallopt(-1, 1 << 30)  # M_TRIM_THRESHOLD: keep up to 1 GiB of freed heap
    except (OSError, AttributeError):
        pass
