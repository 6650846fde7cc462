"""Peak resident memory of a block (`PeakRSS`), blocks inside blocks included."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.cpu_memory import PeakRSS

resettable = pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(),
                                reason="needs Linux's resettable high-water mark")


def touched(mib: int) -> bytearray:
    return bytearray(b"\x01") * (mib << 20)  # written, so resident


@resettable
def test_a_block_inside_another_leaves_the_outer_peak_whole():
    with PeakRSS() as outer:
        big = touched(300)
        del big  # handed back to the system before the inner block starts
        with PeakRSS() as inner:
            small = touched(20)
            del small
    assert outer.scope == inner.scope == "block"
    assert outer.peak >= outer.before + 280, "the outer block's 300 MiB, from before the inner one reset the mark"
    assert inner.before + 15 <= inner.peak < outer.peak - 200, "the inner block sees only its own"


@resettable
def test_a_block_after_another_starts_afresh():
    with PeakRSS() as first:
        big = touched(200)
        del big
    with PeakRSS() as second:
        pass
    assert first.peak >= first.before + 180
    assert second.peak < first.peak - 150
