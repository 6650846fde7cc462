"""The CPU decode-attention kernel: the same numbers as masked softmax attention in torch, each query reading only
its own row up to its own length; without a compiler the slot engine keeps its matmul attention."""

from __future__ import annotations

import shutil

import pytest

from harness import cpu_attention, cpu_kernels

needs_cc = pytest.mark.skipif(shutil.which("cc") is None, reason="no C compiler on this machine")


def reference(q, keys, values, rows, lengths, scale):
    """Plain torch: each query against its slot's cache, columns at or after its length masked."""
    import torch

    k, v = keys[rows], values[rows]  # [T, kv heads, max_len, d]
    scores = torch.matmul(q, k.transpose(-1, -2)) * scale  # [T, kv heads, groups, max_len]
    hidden = torch.arange(keys.shape[2])[None, :] >= lengths[:, None]
    probs = scores.masked_fill(hidden[:, None, None, :], float("-inf")).softmax(-1)
    return torch.matmul(probs, v)


@needs_cc
# head_dim a multiple of 32 takes the AVX2 path where the CPU has it (groups in blocks of 3: 3, 3 + 2, 3 + 3 + 1);
# the others the portable one
@pytest.mark.parametrize(("kv_heads", "groups", "head_dim"), [(3, 3, 64), (2, 5, 32), (1, 7, 128), (2, 1, 48),
                                                              (1, 4, 8)])
def test_kernel_matches_masked_softmax_attention(tmp_path, monkeypatch, kv_heads, groups, head_dim):
    import torch

    monkeypatch.setenv("HARNESS_CACHE", str(tmp_path))
    monkeypatch.setattr(cpu_kernels, "_built", {})
    fn = cpu_attention.load()
    assert fn is not None, cpu_attention.status()
    assert list((tmp_path / "kernels").glob("decode_attention-*.so")), "compiled into the harness cache"
    g = torch.Generator().manual_seed(0)
    slots, max_len = 5, 37
    keys = torch.randn(slots, kv_heads, max_len, head_dim, generator=g)
    values = torch.randn(slots, kv_heads, max_len, head_dim, generator=g)
    # several queries on one row (a draft's tokens), lengths 1, not a multiple of 4, and the whole row
    rows = torch.tensor([0, 3, 3, 3, 1, 4, 2])
    lengths = torch.tensor([1, 5, 6, 7, 37, 22, 30])
    q = torch.randn(len(rows), kv_heads, groups, head_dim, generator=g) * 3
    got = cpu_attention.decode_attention(fn, q, keys, values, rows, lengths, head_dim ** -0.5)
    want = reference(q, keys, values, rows, lengths, head_dim ** -0.5)
    assert got.shape == want.shape
    torch.testing.assert_close(got, want, rtol=1e-5, atol=1e-5)
    keys[3, :, 7:] = 1e4  # columns past every query's length on that row: not read
    again = cpu_attention.decode_attention(fn, q, keys, values, rows, lengths, head_dim ** -0.5)
    assert torch.equal(again, got)


@needs_cc
@pytest.mark.parametrize("head_dim", [64, 48])
def test_queries_of_one_row_apart_are_read_together_through_an_order(tmp_path, monkeypatch, head_dim):
    """A verify step lists the rows' current tokens first and the drafts after: `row_order` puts each row's queries
    together, and the results are the same as torch's, in the callers' order."""
    import torch

    monkeypatch.setenv("HARNESS_CACHE", str(tmp_path))
    monkeypatch.setattr(cpu_kernels, "_built", {})
    fn = cpu_attention.load()
    g = torch.Generator().manual_seed(1)
    keys, values = (torch.randn(4, 2, 40, head_dim, generator=g) for _ in range(2))
    rows = torch.tensor([2, 0, 3, 2, 2, 0, 3])  # current tokens of rows 2, 0, 3, then drafts on 2, 2, 0, 3
    lengths = torch.tensor([20, 9, 33, 21, 22, 10, 34])
    order = cpu_attention.row_order(rows)
    assert order.tolist() == [1, 5, 0, 3, 4, 2, 6]
    assert cpu_attention.row_order(torch.tensor([2, 2, 0, 3, 3])) is None
    q = torch.randn(len(rows), 2, 2, head_dim, generator=g)  # 2 groups: a block of 3 queries spans two tokens
    got = cpu_attention.decode_attention(fn, q, keys, values, rows, lengths, 0.1, order)
    torch.testing.assert_close(got, reference(q, keys, values, rows, lengths, 0.1), rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize(("env", "why"), [({"HARNESS_CPU_KERNELS": "0"}, "off"),
                                          ({"CC": "/nonexistent/cc"}, "no C compiler"),
                                          ({"CC": "false"}, "failed"),
                                          ({"HARNESS_CACHE": "/proc/harness-cache"}, "could not build")])
def test_without_a_kernel_load_says_why(tmp_path, monkeypatch, env, why):
    if "HARNESS_CACHE" in env and shutil.which("cc") is None:
        pytest.skip("an unwritable cache matters only with a compiler")
    monkeypatch.setenv("HARNESS_CACHE", str(tmp_path))
    monkeypatch.setenv("CC", "cc")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(cpu_kernels, "_built", {})
    assert cpu_attention.load() is None
    assert why in cpu_attention.status()


def test_slot_decoder_records_which_attention_it_runs(tiny, monkeypatch):
    from harness.static_decode import SlotDecoder

    model, _ = tiny
    monkeypatch.setattr(cpu_attention, "load", lambda: None)
    monkeypatch.setattr(cpu_attention, "status", lambda: "no C compiler ('cc' not found)")
    dec = SlotDecoder(model, 2, 16)
    assert dec.kernel is None and dec.stats["attention"] == "matmul (no C compiler ('cc' not found))"
