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

#if defined(__AVX2__) && defined(__FMA__)
#include <immintrin.h>
#define HAVE_AVX2 1
/* The AVX2 path (D a multiple of 32) takes `m` query vectors that read the same row and KV head together: one
   token's query heads of that KV head, or several tokens' of one row (a draft's tokens), so that the row's keys and
   values are read from memory once for all of them. qv[j], ov[j]: query j and where its output goes; nl[j]: how many
   columns it reads; n: the most any of them reads. */

/* Scores s[j, l] for l < n: 4 keys at a time (the block stays in L1 for all the queries; the 4 dot products of a
   query are summed across lanes together), while the same 4 rows of values are prefetched, so both streams are in
   flight. */
static void scores_avx2(const float *const *qv, int64_t m, const float *restrict k, const float *restrict v,
                        float *restrict s, int64_t n, int64_t D, float scale) {
    int64_t l = 0;
    for (; l + 4 <= n; l += 4) {
        const float *restrict k0 = k + l * D;
        for (int64_t i = 0; i < 4 * D; i += 16) _mm_prefetch((const char *)(v + l * D + i), _MM_HINT_T0);
        for (int64_t j = 0; j < m; ++j) {
            const float *restrict qj = qv[j];
            __m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
            for (int64_t i = 0; i < D; i += 8) {
                __m256 x = _mm256_loadu_ps(qj + i);
                a0 = _mm256_fmadd_ps(x, _mm256_loadu_ps(k0 + i), a0);
                a1 = _mm256_fmadd_ps(x, _mm256_loadu_ps(k0 + D + i), a1);
                a2 = _mm256_fmadd_ps(x, _mm256_loadu_ps(k0 + 2 * D + i), a2);
                a3 = _mm256_fmadd_ps(x, _mm256_loadu_ps(k0 + 3 * D + i), a3);
            }
            __m256 t = _mm256_hadd_ps(_mm256_hadd_ps(a0, a1), _mm256_hadd_ps(a2, a3));
            __m128 r = _mm_add_ps(_mm256_castps256_ps128(t), _mm256_extractf128_ps(t, 1));
            _mm_storeu_ps(s + j * n + l, _mm_mul_ps(r, _mm_set1_ps(scale)));
        }
    }
    for (; l < n; ++l)
        for (int64_t j = 0; j < m; ++j) {
            __m256 a = _mm256_setzero_ps();
            for (int64_t i = 0; i < D; i += 8)
                a = _mm256_fmadd_ps(_mm256_loadu_ps(qv[j] + i), _mm256_loadu_ps(k + l * D + i), a);
            __m128 r = _mm_add_ps(_mm256_castps256_ps128(a), _mm256_extractf128_ps(a, 1));
            r = _mm_hadd_ps(r, r);
            r = _mm_hadd_ps(r, r);
            s[j * n + l] = _mm_cvtss_f32(r) * scale;
        }
}

/* ov[j][c:c+32] = inv[j] * sum_{l < n} p[j, l] v[l, c:c+32] for GN (1 to 3) queries, 4 x GN accumulators in
   registers; p is 0 past a query's own length. */
static inline __attribute__((always_inline)) void values_avx2(const float *restrict p, const float *restrict v,
        float *const *ov, int64_t stride, int64_t n, int64_t D, int64_t c, const int GN, const float *restrict inv) {
    __m256 acc[3][4];
    for (int g = 0; g < GN; ++g)
        for (int j = 0; j < 4; ++j) acc[g][j] = _mm256_setzero_ps();
    for (int64_t l = 0; l < n; ++l) {
        const float *restrict vl = v + l * D + c;
        __m256 x0 = _mm256_loadu_ps(vl), x1 = _mm256_loadu_ps(vl + 8), x2 = _mm256_loadu_ps(vl + 16),
               x3 = _mm256_loadu_ps(vl + 24);
        for (int g = 0; g < GN; ++g) {
            __m256 w = _mm256_set1_ps(p[g * stride + l]);
            acc[g][0] = _mm256_fmadd_ps(w, x0, acc[g][0]);
            acc[g][1] = _mm256_fmadd_ps(w, x1, acc[g][1]);
            acc[g][2] = _mm256_fmadd_ps(w, x2, acc[g][2]);
            acc[g][3] = _mm256_fmadd_ps(w, x3, acc[g][3]);
        }
    }
    for (int g = 0; g < GN; ++g)
        for (int j = 0; j < 4; ++j)
            _mm256_storeu_ps(ov[g] + c + 8 * j, _mm256_mul_ps(acc[g][j], _mm256_set1_ps(inv[g])));
}

static void attend_avx2(const float *const *qv, float *const *ov, const int64_t *nl, int64_t m,
                        const float *restrict k, const float *restrict v, int64_t n, int64_t D, float scale,
                        float *restrict s, float *restrict inv) {
    scores_avx2(qv, m, k, v, s, n, D, scale);
    for (int64_t j = 0; j < m; ++j) {
        float *restrict sj = s + j * n, mx = -FLT_MAX, sum = 0.f;
        int64_t nj = nl[j];
        for (int64_t l = 0; l < nj; ++l) mx = sj[l] > mx ? sj[l] : mx;
        #pragma omp simd reduction(+:sum)
        for (int64_t l = 0; l < nj; ++l) { float e = expf(sj[l] - mx); sj[l] = e; sum += e; }
        for (int64_t l = nj; l < n; ++l) sj[l] = 0.f;
        inv[j] = 1.f / sum;
    }
    for (int64_t c = 0; c < D; c += 32)
        for (int64_t j = 0; j < m; j += 3) {
            int64_t reach = 0;  /* the most columns any of these (up to) 3 queries reads */
            for (int64_t i = j; i < j + 3 && i < m; ++i) reach = nl[i] > reach ? nl[i] : reach;
            if (m - j >= 3) values_avx2(s + j * n, v, ov + j, n, reach, D, c, 3, inv + j);
            else if (m - j == 2) values_avx2(s + j * n, v, ov + j, n, reach, D, c, 2, inv + j);
            else values_avx2(s + j * n, v, ov + j, n, reach, D, c, 1, inv + j);
        }
}
#else
#define HAVE_AVX2 0
#endif

static int64_t clamp_len(int64_t n, int64_t max_len) { return n > max_len ? max_len : n < 1 ? 1 : n; }

/* q, out: [queries, kv_heads, groups, D]; k, v: [slots, kv_heads, max_len, D];
   query t attends to columns [0, lengths[t]) of slot rows[t]. `order` (or NULL for 0, 1, ...) lists the queries
   so that those on one row are consecutive: such a run is computed together on the AVX2 path. */
void decode_attention(const float *q, const float *k, const float *v, float *out, const int64_t *rows,
                      const int64_t *lengths, const int64_t *order, int64_t queries, int64_t kv_heads, int64_t groups,
                      int64_t D, int64_t max_len, float scale, int threads) {
    int64_t *start = malloc(sizeof(int64_t) * (queries + 1)), runs = 0, longest = 1;
    for (int64_t i = 0; i < queries; ++i)
        if (i == 0 || rows[order ? order[i] : i] != rows[order ? order[i - 1] : i - 1]) start[runs++] = i;
    start[runs] = queries;
    for (int64_t r = 0; r < runs; ++r) longest = start[r + 1] - start[r] > longest ? start[r + 1] - start[r] : longest;
    #pragma omp parallel num_threads(threads)
    {
        int64_t most = longest * groups;
        float *s = malloc(sizeof(float) * (most * max_len + most + D));
        const float **qv = malloc(sizeof(float *) * most);
        float **ov = malloc(sizeof(float *) * most);
        int64_t *nl = malloc(sizeof(int64_t) * most);
        #pragma omp for schedule(dynamic, 1)
        for (int64_t task = 0; task < runs * kv_heads; ++task) {
            int64_t r = task / kv_heads, head = task % kv_heads, m = 0, n = 1;
            int64_t cache = (rows[order ? order[start[r]] : start[r]] * kv_heads + head) * max_len * D;
            for (int64_t i = start[r]; i < start[r + 1]; ++i) {
                int64_t t = order ? order[i] : i, len = clamp_len(lengths[t], max_len);
                for (int64_t g = 0; g < groups; ++g, ++m) {
                    qv[m] = q + ((t * kv_heads + head) * groups + g) * D;
                    ov[m] = out + ((t * kv_heads + head) * groups + g) * D;
                    nl[m] = len;
                }
                n = len > n ? len : n;
            }
#if HAVE_AVX2
            if (D % 32 == 0) {
                attend_avx2(qv, ov, nl, m, k + cache, v + cache, n, D, scale, s, s + most * max_len);
                continue;
            }
#endif
            for (int64_t j = 0; j < m; j += groups)
                attend_one(qv[j], k + cache, v + cache, ov[j], nl[j], groups, D, scale, s, s + groups * max_len);
        }
        free(s);
        free(qv);
        free(ov);
        free(nl);
    }
    free(start);
}
"""
SIGNATURES = {"decode_attention": [ctypes.c_void_p] * 7 + [ctypes.c_int64] * 5 + [ctypes.c_float, ctypes.c_int]}


def load():
    """The compiled `decode_attention` (a ctypes function), or None when it cannot be had here."""
    lib, _ = cpu_kernels.build("decode_attention", SOURCE, SIGNATURES)
    return lib.decode_attention if lib is not None else None


def status() -> str:
    """Which CPU decode attention runs here, and why (for benchmark records)."""
    return cpu_kernels.build("decode_attention", SOURCE, SIGNATURES)[1]


def decode_attention(fn, q, keys, values, rows, lengths, scale: float, order=None):
    """Attention of queries `q` [T, kv_heads, groups, head_dim] (fp32) against the slot cache `keys`/`values`
    [slots, kv_heads, max_len, head_dim]: query t reads columns [0, lengths[t]) of slot rows[t]. Returns
    [T, kv_heads, groups, head_dim]. `rows`, `lengths`: int64 CPU tensors of T entries. `order` (int64, optional):
    the queries listed with those on one row next to each other (`row_order`); each such run reads its row once."""
    import torch

    q = q.contiguous()
    out = torch.empty_like(q)
    t, kv_heads, groups, head_dim = q.shape
    fn(q.data_ptr(), keys.data_ptr(), values.data_ptr(), out.data_ptr(), rows.data_ptr(), lengths.data_ptr(),
       None if order is None else order.data_ptr(), t, kv_heads, groups, head_dim, keys.shape[2], scale,
       torch.get_num_threads())
    return out


def row_order(rows):
    """The queries' indices with those on one row next to each other (a stable sort by row), as `decode_attention`'s
    `order`; None when they already are."""
    import torch

    runs = int((rows[1:] != rows[:-1]).sum()) + 1 if len(rows) else 0
    return None if runs == rows.unique().numel() else torch.argsort(rows, stable=True)
