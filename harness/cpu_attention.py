"""Decode attention on CPU as a small C kernel: each query reads only its own row's cache columns.

Why: a CPU decode step's attention is one query token per row against that row's cache. As batched matmuls
(`torch.matmul` over [rows, kv heads, groups, head_dim] x [rows, kv heads, width, head_dim]) it is a GEMV per
row and head, which ran at ~10 GB/s of the ~30 GB/s a plain read of the cache reaches on 2 cores, and every
row read up to the longest row's width. Here each (query, KV head) streams its own row's keys and values once
for all the query heads of its group, up to its own length, softmax included, in fp32, threads over queries.

The kernel is compiled on first use (`cpu_kernels`). Without a compiler (or with HARNESS_CPU_KERNELS=0) `load()`
returns None and the slot engine keeps its matmul attention; `status()` says which and why.
"""

from __future__ import annotations

import ctypes

from harness import cpu_kernels

SOURCE = r"""
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* One query token (its `groups` query heads, one KV head): scores against the first n cached columns,
   softmax, weighted sum of the values. k, v: [n, D] rows of one KV head; s: scratch for groups * n scores. */
static void attend_one(const float *restrict q, const float *restrict k, const float *restrict v,
                       float *restrict out, int64_t n, int64_t groups, int64_t D, float scale,
                       float *restrict s, float *restrict acc) {
    for (int64_t g = 0; g < groups; ++g) {
        const float *restrict qg = q + g * D;
        float *restrict sg = s + g * n;
        int64_t l = 0;
        for (; l + 4 <= n; l += 4) {
            const float *restrict k0 = k + l * D;
            float a0 = 0.f, a1 = 0.f, a2 = 0.f, a3 = 0.f;
            #pragma omp simd reduction(+:a0, a1, a2, a3)
            for (int64_t i = 0; i < D; ++i) {
                float x = qg[i];
                a0 += x * k0[i]; a1 += x * k0[D + i]; a2 += x * k0[2 * D + i]; a3 += x * k0[3 * D + i];
            }
            sg[l] = a0 * scale; sg[l + 1] = a1 * scale; sg[l + 2] = a2 * scale; sg[l + 3] = a3 * scale;
        }
        for (; l < n; ++l) {
            float a = 0.f;
            #pragma omp simd reduction(+:a)
            for (int64_t i = 0; i < D; ++i) a += qg[i] * k[l * D + i];
            sg[l] = a * scale;
        }
        float mx = -FLT_MAX;
        for (l = 0; l < n; ++l) mx = sg[l] > mx ? sg[l] : mx;
        float sum = 0.f;
        #pragma omp simd reduction(+:sum)
        for (l = 0; l < n; ++l) { float e = expf(sg[l] - mx); sg[l] = e; sum += e; }
        memset(acc, 0, sizeof(float) * D);
        for (l = 0; l < n; ++l) {
            const float *restrict vl = v + l * D;
            float p = sg[l];
            #pragma omp simd
            for (int64_t i = 0; i < D; ++i) acc[i] += p * vl[i];
        }
        float inv = 1.f / sum;
        for (int64_t i = 0; i < D; ++i) out[g * D + i] = acc[i] * inv;
    }
}

/* q, out: [queries, kv_heads, groups, D]; k, v: [slots, kv_heads, max_len, D];
   query t attends to columns [0, lengths[t]) of slot rows[t]. */
void decode_attention(const float *q, const float *k, const float *v, float *out, const int64_t *rows,
                      const int64_t *lengths, int64_t queries, int64_t kv_heads, int64_t groups, int64_t D,
                      int64_t max_len, float scale, int threads) {
    #pragma omp parallel num_threads(threads)
    {
        float *s = malloc(sizeof(float) * (groups * max_len + D));
        #pragma omp for schedule(dynamic, 2)
        for (int64_t t = 0; t < queries * kv_heads; ++t) {
            int64_t query = t / kv_heads, head = t % kv_heads, n = lengths[query];
            int64_t cache = (rows[query] * kv_heads + head) * max_len * D;
            if (n > max_len) n = max_len;
            if (n < 1) n = 1;
            attend_one(q + t * groups * D, k + cache, v + cache, out + t * groups * D, n, groups, D, scale, s,
                       s + groups * max_len);
        }
        free(s);
    }
}
"""
SIGNATURES = {"decode_attention": [ctypes.c_void_p] * 6 + [ctypes.c_int64] * 5 + [ctypes.c_float, ctypes.c_int]}


def load():
    """The compiled `decode_attention` (a ctypes function), or None when it cannot be had here."""
    lib, _ = cpu_kernels.build("decode_attention", SOURCE, SIGNATURES)
    return lib.decode_attention if lib is not None else None


def status() -> str:
    """Which CPU decode attention runs here, and why (for benchmark records)."""
    return cpu_kernels.build("decode_attention", SOURCE, SIGNATURES)[1]


def decode_attention(fn, q, keys, values, rows, lengths, scale: float):
    """Attention of queries `q` [T, kv_heads, groups, head_dim] (fp32) against the slot cache `keys`/`values`
    [slots, kv_heads, max_len, head_dim]: query t reads columns [0, lengths[t]) of slot rows[t]. Returns
    [T, kv_heads, groups, head_dim]. `rows`, `lengths`: int64 CPU tensors of T entries."""
    import torch

    q = q.contiguous()
    out = torch.empty_like(q)
    t, kv_heads, groups, head_dim = q.shape
    fn(q.data_ptr(), keys.data_ptr(), values.data_ptr(), out.data_ptr(), rows.data_ptr(), lengths.data_ptr(),
       t, kv_heads, groups, head_dim, keys.shape[2], scale, torch.get_num_threads())
    return out
