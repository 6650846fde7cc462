"""Peak resident memory of a block (`PeakRSS`), blocks inside blocks included."""

from __future__ import annotations

import mmap
from pathlib import Path

import pytest

from harness.cpu_memory import PeakRSS

resettable = pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(),
                                reason="needs Linux's resettable high-water mark")


def touched(mib: int) -> mmap.mmap:
    """`mib` MiB of fresh pages, written so that they are resident: mapped here, not taken from malloc's heap, which
    may hold freed memory already (`cpu_memory.keep_freed_memory`, called by training earlier in the process)."""
    pages = mmap.mmap(-1, mib << 20)
    for offset in range(0, mib << 20, mmap.PAGESIZE):
        pages[offset] = 1
    return pages


@resettable
def test_a_block_inside_another_leaves_the_outer_peak_whole():
    with PeakRSS() as outer:
        touched(300).close()  # handed back to the system before the inner block starts
        with PeakRSS() as inner:
            touched(20).close()
    assert outer.scope == inner.scope == "block"
    assert outer.peak >= outer.before + 280, "the outer block's 300 MiB, from before the inner one reset the mark"
    assert inner.before + 15 <= inner.peak < outer.peak - 200, "the inner block sees only its own"


@resettable
def test_a_block_after_another_starts_afresh():
    with PeakRSS() as first:
        touched(200).close()
    with PeakRSS() as second:
        pass
    assert first.peak >= first.before + 180
    assert second.peak < first.peak - 150
