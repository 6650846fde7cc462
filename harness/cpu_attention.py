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
/* attend_one for D a multiple of 32, in AVX2: the scores of all the group's queries against 4 keys at a time (the
   block stays in L1, the 4 dot products of a query are summed across lanes together), while the same 4 rows of
   values are prefetched, so that both streams are in flight; then the values, 4 x groups accumulators in registers
   per 32 columns. */
static void scores_avx2(const float *restrict q, const float *restrict k, const float *restrict v, float *restrict s,
                        int64_t n, int64_t groups, int64_t D, float scale) {
    int64_t l = 0;
    for (; l + 4 <= n; l += 4) {
        const float *restrict k0 = k + l * D;
        for (int64_t j = 0; j < 4 * D; j += 16) _mm_prefetch((const char *)(v + l * D + j), _MM_HINT_T0);
        for (int64_t g = 0; g < groups; ++g) {
            const float *restrict qg = q + g * D;
            __m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
            for (int64_t i = 0; i < D; i += 8) {
                __m256 x = _mm256_loadu_ps(qg + i);
                a0 = _mm256_fmadd_ps(x, _mm256_loadu_ps(k0 + i), a0);
                a1 = _mm256_fmadd_ps(x, _mm256_loadu_ps(k0 + D + i), a1);
                a2 = _mm256_fmadd_ps(x, _mm256_loadu_ps(k0 + 2 * D + i), a2);
                a3 = _mm256_fmadd_ps(x, _mm256_loadu_ps(k0 + 3 * D + i), a3);
            }
            __m256 t = _mm256_hadd_ps(_mm256_hadd_ps(a0, a1), _mm256_hadd_ps(a2, a3));
            __m128 r = _mm_add_ps(_mm256_castps256_ps128(t), _mm256_extractf128_ps(t, 1));
            _mm_storeu_ps(s + g * n + l, _mm_mul_ps(r, _mm_set1_ps(scale)));
        }
    }
    for (; l < n; ++l)
        for (int64_t g = 0; g < groups; ++g) {
            __m256 a = _mm256_setzero_ps();
            for (int64_t i = 0; i < D; i += 8)
                a = _mm256_fmadd_ps(_mm256_loadu_ps(q + g * D + i), _mm256_loadu_ps(k + l * D + i), a);
            __m128 r = _mm_add_ps(_mm256_castps256_ps128(a), _mm256_extractf128_ps(a, 1));
            r = _mm_hadd_ps(r, r);
            r = _mm_hadd_ps(r, r);
            s[g * n + l] = _mm_cvtss_f32(r) * scale;
        }
}

/* out[g, c:c+32] = inv[g] * sum_l p[g, l] v[l, c:c+32] for GN (1 to 3) queries. */
static inline __attribute__((always_inline)) void values_avx2(const float *restrict p, const float *restrict v,
        float *restrict out, int64_t n, int64_t D, int64_t c, const int GN, const float *restrict inv) {
    __m256 acc[3][4];
    for (int g = 0; g < GN; ++g)
        for (int j = 0; j < 4; ++j) acc[g][j] = _mm256_setzero_ps();
    for (int64_t l = 0; l < n; ++l) {
        const float *restrict vl = v + l * D + c;
        __m256 x0 = _mm256_loadu_ps(vl), x1 = _mm256_loadu_ps(vl + 8), x2 = _mm256_loadu_ps(vl + 16),
               x3 = _mm256_loadu_ps(vl + 24);
        for (int g = 0; g < GN; ++g) {
            __m256 w = _mm256_set1_ps(p[g * n + l]);
            acc[g][0] = _mm256_fmadd_ps(w, x0, acc[g][0]);
            acc[g][1] = _mm256_fmadd_ps(w, x1, acc[g][1]);
            acc[g][2] = _mm256_fmadd_ps(w, x2, acc[g][2]);
            acc[g][3] = _mm256_fmadd_ps(w, x3, acc[g][3]);
        }
    }
    for (int g = 0; g < GN; ++g)
        for (int j = 0; j < 4; ++j)
            _mm256_storeu_ps(out + g * D + c + 8 * j, _mm256_mul_ps(acc[g][j], _mm256_set1_ps(inv[g])));
}

static void attend_avx2(const float *restrict q, const float *restrict k, const float *restrict v,
                        float *restrict out, int64_t n, int64_t groups, int64_t D, float scale, float *restrict s) {
    float inv[groups];
    scores_avx2(q, k, v, s, n, groups, D, scale);
    for (int64_t g = 0; g < groups; ++g) {
        float *restrict sg = s + g * n, mx = -FLT_MAX, sum = 0.f;
        for (int64_t l = 0; l < n; ++l) mx = sg[l] > mx ? sg[l] : mx;
        #pragma omp simd reduction(+:sum)
        for (int64_t l = 0; l < n; ++l) { float e = expf(sg[l] - mx); sg[l] = e; sum += e; }
        inv[g] = 1.f / sum;
    }
    for (int64_t c = 0; c < D; c += 32)
        for (int64_t g = 0; g < groups; g += 3) {
            if (groups - g >= 3) values_avx2(s + g * n, v, out + g * D, n, D, c, 3, inv + g);
            else if (groups - g == 2) values_avx2(s + g * n, v, out + g * D, n, D, c, 2, inv + g);
            else values_avx2(s + g * n, v, out + g * D, n, D, c, 1, inv + g);
        }
}
#else
#define HAVE_AVX2 0
#endif

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
#if HAVE_AVX2
            if (D % 32 == 0) {
                attend_avx2(q + t * groups * D, k + cache, v + cache, out + t * groups * D, n, groups, D, scale, s);
                continue;
            }
#endif
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
