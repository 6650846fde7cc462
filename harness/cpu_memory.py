"""Process memory settings for CPU work."""

from __future__ import annotations

import resource
import sys
from pathlib import Path


def keep_freed_memory() -> None:
    """glibc: serve large blocks from the heap and keep freed memory (no mmap/munmap per block). A CPU forward
    allocates activations of tens of MB each; as fresh mappings every page faults in again. Measured on 2 cores:
    prefill 370 -> 495 tokens/s for 64 prompts of 216 tokens; a training step of the embedded recipe 11.2-12.1 s ->
    9.3-10.3 s (TRL's chunked LM head writes [1272, 32768] fp32 tensors: an elementwise op over one took 360 ms of
    page faults instead of ~30). Process-wide; a no-op where libc is not glibc."""
    try:
        libc = _libc()
        libc.mallopt(-4, 0)  # M_MMAP_MAX: no mmap-backed blocks
        libc.mallopt(-1, 1 << 30)  # M_TRIM_THRESHOLD: keep up to 1 GiB of freed heap
    except (OSError, AttributeError):
        pass


def release_freed_memory() -> None:
    """Collect garbage and hand the heap's free pages back to the system (glibc `malloc_trim`): what one pipeline
    stage freed while `keep_freed_memory` held it would otherwise stay resident through the next stages. A no-op
    where libc is not glibc."""
    import gc

    gc.collect()
    try:
        _libc().malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _libc():
    import ctypes
    import ctypes.util

    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")


class PeakRSS:
    """Peak resident memory (MiB) during a block: on Linux the high-water mark is reset on entry
    (clear_refs 5); elsewhere it is the process's lifetime peak (`ru_maxrss`). The mark is the process's, so a block
    opened inside another first hands the mark so far to the blocks around it: each one's peak covers its whole
    block (the merge stage's and `merge()`'s own)."""

    _open: list[PeakRSS] = []

    def __enter__(self) -> PeakRSS:
        self.carried = 0.0
        try:
            mark = _proc_status("VmHWM") or 0.0
            Path("/proc/self/clear_refs").write_text("5")
            self.scope, self.before = "block", _proc_status("VmRSS")
        except OSError:
            self.scope, self.before = "process", None
        else:
            for outer in PeakRSS._open:
                outer.carried = max(outer.carried, mark)
        PeakRSS._open.append(self)
        return self

    def __exit__(self, *exc) -> None:
        PeakRSS._open.remove(self)
        mark = _proc_status("VmHWM") if self.scope == "block" else None
        if mark is not None:
            self.peak = max(mark, self.carried)
        else:
            self.peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (2**20 if sys.platform == "darwin" else 2**10)

    def record(self) -> dict:
        return {"peak_rss_mib": round(self.peak, 1), "rss_before_mib": self.before, "peak_rss_scope": self.scope}


def _proc_status(key: str) -> float | None:
    text = Path("/proc/self/status").read_text() if Path("/proc/self/status").is_file() else ""
    found = [line.split()[1] for line in text.splitlines() if line.startswith(key + ":")]
    return round(int(found[0]) / 1024, 1) if found else None
