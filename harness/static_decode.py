"""Slot-based decoding for Llama-family models (Llama, Mistral, Qwen2): a static KV cache with one
row per batch slot, a decode step written against the model's own modules, and on CUDA that step
captured once as a CUDA graph and replayed (one launch per step instead of hundreds).

Why: a 7B decode step at batch 164 through `model.forward` is launch-bound (~55 ms measured on an
H200, for ~5 ms of memory traffic), and transformers' static cache expands grouped KV heads with
`repeat_kv` whenever a mask is passed. Here attention reads each KV head once (queries grouped per
KV head), the step runs with no host synchronisation, and the host reads step t's tokens while
the GPU computes step t + 1. Finished slots are refilled from the waiting prompts: each group is
prefilled right-padded, straight into the freed rows, with causal SDPA (flash on a GPU) and no mask.

On CPU (2 cores measured) the step runs only the live rows, attention goes through a small C kernel where
each row reads only its own columns (`cpu_attention`), and plain fp32 linear layers through weights packed
once for oneDNN (`cpu_linear`), as bf16 copies where fp32 matmuls run in bf16 (`cpu_matmul`).

Prompts sit at cache positions 0..n-1 of their row (no left padding), so a row's RoPE positions
equal its cache positions; the mask admits positions <= the row's current one.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Iterator, Sequence

from harness import cpu_attention, cpu_linear, cpu_norm
from harness.cpu_memory import keep_freed_memory

FAMILIES = {"llama", "mistral", "qwen2"}
LAST_STATS: dict = {}  # the last decode's counters (prefill / capture seconds, steps), for benchmarks
COUNTERS = ("steps", "prefills", "prefill_s", "drafted", "accepted")
"""the engine's counters that add up over decodes and workers (an evaluation's `throughput.engine`)"""
BUCKET = 128  # attention reads the cache up to the longest live row, rounded up to this (one graph per width)
CPU_BUCKET = 16  # the same on CPU, where there are no graphs to share
LOOKUP_ROWS = 64  # CPU: drafts are checked only while at most this many rows run. With more, a step's matmuls are
# compute-bound and a draft token costs nearly what it saves. The 164 greedy HumanEval problems on 2 cores: 228.4 s
# at 64 (the tail of rows that repeat themselves to the token cap: 75% of 14,819 draft tokens accepted), 237.7-243.5 s
# at 16; drafting at every step (128) was far slower
MIN_PREFIX = 16  # a prefix shared by every prompt is computed once when at least this long
PREFILL_TOKENS = 16384  # padded prompt tokens per prefill forward (bounds its activation memory)
PREFILL_SPREAD = 0.85  # a prefill group takes prompts down to this share of its longest one's computed length: padding
# to the longest costs the same compute as real tokens (the first group of the 164 HumanEval chat prompts on CPU was
# 34 prompts padded to 472 tokens, 55% more than their real tokens)


def common_prefix(prompts: list[list[int]]) -> list[int]:
    """The longest prefix all `prompts` share, short of the shortest one's last token."""
    first, n = prompts[0], min(len(p) for p in prompts) - 1
    for p in prompts[1:]:
        n = next((i for i in range(n) if p[i] != first[i]), n)
    return first[:max(n, 0)]


def causal_lm(model):
    """The transformers causal LM inside `model` (a PEFT model's base, with its LoRA layers in place)."""
    return model.get_base_model() if hasattr(model, "get_base_model") else model


def supported(model) -> str | None:
    """None when `model` can use this engine, else why not."""
    import torch

    model = causal_lm(model)
    cfg = getattr(model, "config", None)
    if getattr(cfg, "model_type", None) not in FAMILIES:
        return f"model type {getattr(cfg, 'model_type', None)!r} is not one of {sorted(FAMILIES)}"
    inner = getattr(model, "model", None)
    if inner is None or not hasattr(inner, "layers") or not hasattr(inner, "rotary_emb"):
        return "unexpected module layout"
    attn = inner.layers[0].self_attn
    if hasattr(attn, "q_norm"):
        return "q/k norms are not handled"
    on_gpu = next(model.parameters()).device.type == "cuda"
    plain = all(type(m) is torch.nn.Linear for m in model.modules() if isinstance(m, torch.nn.Linear))
    if on_gpu and not plain:  # the step is captured as a CUDA graph: only plain matmuls are known to capture
        return "quantized or adapter-wrapped linear layers on a GPU"
    return None


class SlotDecoder:
    """The cache, the per-slot state and the (graph-captured) decode step of one model."""

    def __init__(self, model, slots: int, max_len: int):
        import torch

        self.model, self.slots = causal_lm(model), slots
        self.device = next(model.parameters()).device
        self.bucket = BUCKET if self.device.type == "cuda" else CPU_BUCKET
        self.max_len = math.ceil(max_len / self.bucket) * self.bucket
        cfg, inner = self.model.config, self.model.model
        self.dtype = inner.embed_tokens.weight.dtype
        attn = inner.layers[0].self_attn
        self.head_dim = attn.head_dim
        self.kv_heads = cfg.num_key_value_heads
        self.groups = cfg.num_attention_heads // cfg.num_key_value_heads
        self.scaling = attn.scaling
        self.rope = sys.modules[type(attn).__module__].apply_rotary_pos_emb
        shape = (slots, self.kv_heads, self.max_len, self.head_dim)
        self.keys = [torch.zeros(shape, dtype=self.dtype, device=self.device) for _ in inner.layers]
        self.values = [torch.zeros(shape, dtype=self.dtype, device=self.device) for _ in inner.layers]
        self.tokens = torch.zeros(slots, dtype=torch.long, device=self.device)
        self.positions = torch.zeros(slots, dtype=torch.long, device=self.device)
        self.graphs: dict[int, tuple] = {}
        # CPU, fp32: attention through the C kernel (each query reads only its row's columns), when it builds here
        self.kernel = cpu_attention.load() if self.device.type == "cpu" and self.dtype == torch.float32 else None
        # CPU: the decoder's plain fp32 linear layers through weights packed once (`cpu_linear`)
        self.packed = cpu_linear.pack(self._linears(), slots) if self.device.type == "cpu" else {}
        # CPU, fp32: RMSNorm and the MLP's SiLU(gate) * up in one pass each (`cpu_norm`), when they build here
        self.elementwise = cpu_norm.load() if self.device.type == "cpu" and self.dtype == torch.float32 else None
        self.fused_silu = self.elementwise is not None and \
            all(cpu_norm.is_silu(getattr(layer.mlp, "act_fn", None)) for layer in inner.layers)
        self.prefix: tuple[list[int], list] = ([], [])  # a prefix every prompt shares, and its keys/values per layer
        self.stats = {"slots": slots, "max_len": self.max_len, "steps": 0, "prefills": 0, "prefill_s": 0.0,
                      "capture_s": 0.0, "prefix_tokens_reused": 0, "prompt_copies": 0,
                      "attention": "C kernel" if self.kernel else "matmul" + (f" ({cpu_attention.status()})" if
                                                                              self.device.type == "cpu" else ""),
                      "packed_linears": len(self.packed),
                      "packed_dtype": str(next(iter(self.packed.values())).weight.dtype)[6:] if self.packed else None}

    # ---- the decode step
    def _project(self, attn, h, cos, sin):
        """Queries, keys (rotated) and values of hidden states `h` [b, n, hidden], as [b, heads, n, head_dim]."""
        b, n = h.shape[:2]
        q, k, v = (y.view(b, n, -1, self.head_dim).transpose(1, 2)
                   for y in self._linear_many((attn.q_proj, attn.k_proj, attn.v_proj), h))
        q, k = self.rope(q, k, cos, sin)
        return q, k, v

    def _linears(self) -> list:
        """The linear layers the decode step calls itself: projections, MLP and the LM head."""
        found = [self.model.lm_head]
        for layer in self.model.model.layers:
            attn, mlp = layer.self_attn, layer.mlp
            found += [attn.q_proj, attn.k_proj, attn.v_proj, attn.o_proj,
                      *(getattr(mlp, name, None) for name in ("gate_proj", "up_proj", "down_proj"))]
        return [m for m in found if m is not None]

    def _linear(self, module, x):
        return self._linear_many((module,), x)[0]

    def _linear_many(self, modules, x) -> list:
        """Several layers of one input (q/k/v, gate/up): cast to the packed weights' dtype once."""
        return cpu_linear.linears(self.packed, modules, x) if self.packed else [m(x) for m in modules]

    def _norm(self, module, x):
        return cpu_norm.rms_norm(self.elementwise, module, x)  # the module's own forward without the kernel

    def _close(self, layer, x, out):
        """The rest of a decoder layer after attention: output projection, residuals and the MLP."""
        x = x + self._linear(layer.self_attn.o_proj, out)
        h, mlp = self._norm(layer.post_attention_layernorm, x), layer.mlp
        if getattr(mlp, "gate_proj", None) not in self.packed:
            return x + mlp(h)
        # the Llama-family MLP's forward, through the packed weights
        gate, up = self._linear_many((mlp.gate_proj, mlp.up_proj), h)
        act = cpu_norm.silu_mul(self.elementwise, gate, up) if self.fused_silu else mlp.act_fn(gate) * up
        return x + self._linear(mlp.down_proj, act)

    def _logits(self, x):
        return self._linear(self.model.lm_head, self._norm(self.model.model.norm, x))

    def _step(self, width: int, b: int):
        """Logits [b, vocab] for the first `b` slots' tokens at their positions, writing their keys/values."""
        import torch

        inner, tokens, positions = self.model.model, self.tokens[:b], self.positions[:b]
        x = inner.embed_tokens(tokens[:, None])
        cos, sin = inner.rotary_emb(x, positions[:, None])
        if self.kernel:  # each row reads its own columns [0, position]
            rows, lengths = torch.arange(b), positions + 1
        else:  # every row reads [0, width), the columns after its position masked
            index = positions.view(b, 1, 1, 1).expand(b, self.kv_heads, 1, self.head_dim)
            masked = (torch.arange(width, device=self.device)[None, :] > positions[:, None])[:, None, None, :]
        for layer, kc, vc in zip(inner.layers, self.keys, self.values, strict=True):
            q, k, v = self._project(layer.self_attn, self._norm(layer.input_layernorm, x), cos, sin)
            if self.kernel:  # on CPU an indexed copy: scatter_ took 14 of a step's ~455 ms at 128 rows
                kc[rows, :, positions], vc[rows, :, positions] = k[:, :, 0], v[:, :, 0]
            else:
                kc[:b].scatter_(2, index, k)
                vc[:b].scatter_(2, index, v)
            q = q.reshape(b, self.kv_heads, self.groups, self.head_dim)
            if self.kernel:
                out = cpu_attention.decode_attention(self.kernel, q, kc, vc, rows, lengths, self.scaling)
            else:
                scores = torch.matmul(q, kc[:b, :, :width].transpose(-1, -2)).float() * self.scaling
                probs = scores.masked_fill(masked, float("-inf")).softmax(-1).to(self.dtype)
                out = torch.matmul(probs, vc[:b, :, :width])
            x = self._close(layer, x, out.reshape(b, 1, -1))
        return self._logits(x)[:, 0]

    def verify(self, width: int, b: int, live: list[int], drafts: dict[int, list[int]]):
        """Logits for each live slot's current token and its draft tokens, as [T, vocab] in the order: the
        current tokens of `live` (ascending slots among the first `b`), then each draft in `drafts`' order.
        A slot's current token sits at its position, its draft at the columns after it; all of them write
        their keys/values. Linear layers run on the T tokens together; in attention each token reads its own
        row up to its own column (the C kernel, else `_matmul_verify_attention`)."""
        import torch

        inner, dev = self.model.model, self.device
        live_t = torch.tensor(live, device=dev)
        spans = [(slot, len(d)) for slot, d in drafts.items() if d]
        sel = torch.tensor([slot for slot, _ in spans], dtype=torch.long, device=dev)
        lens = torch.tensor([m for _, m in spans], dtype=torch.long, device=dev)
        first = self.positions[sel] + 1  # each draft's first column
        j = torch.arange(int(lens.max()) if spans else 0, device=dev)
        real = (j[None, :] < lens[:, None]).flatten()  # which of the [drafting slots, most] places hold a token
        tokens = torch.cat([self.tokens[live_t], torch.tensor([t for d in drafts.values() for t in d],
                                                             dtype=torch.long, device=dev)])
        rows = torch.cat([live_t, sel.repeat_interleave(lens)])
        cols = torch.cat([self.positions[live_t], (first[:, None] + j[None, :]).flatten()[real]])
        if self.kernel:  # each token reads its row's columns up to and including its own; a row's tokens together
            lengths, order = cols + 1, cpu_attention.row_order(rows)
            attend = lambda q, kc, vc: cpu_attention.decode_attention(self.kernel, q, kc, vc, rows, lengths,  # noqa: E731
                                                                      self.scaling, order)
        else:
            attend = self._matmul_verify_attention(width, b, live_t, sel, first, lens)
        x = inner.embed_tokens(tokens[None])
        cos, sin = inner.rotary_emb(x, cols[None])
        for layer, kc, vc in zip(inner.layers, self.keys, self.values, strict=True):
            q, k, v = self._project(layer.self_attn, self._norm(layer.input_layernorm, x), cos, sin)  # [1, heads, T, d]
            kc[rows, :, cols] = k[0].transpose(0, 1)
            vc[rows, :, cols] = v[0].transpose(0, 1)
            out = attend(q[0].transpose(0, 1).reshape(-1, self.kv_heads, self.groups, self.head_dim), kc, vc)
            x = self._close(layer, x, out.reshape(1, len(rows), -1))
        self.stats["steps"] += 1
        return self._logits(x)[0]

    def _matmul_verify_attention(self, width: int, b: int, live_t, sel, first, lens):
        """`verify`'s attention as batched matmuls (no C kernel): the current tokens over the first `b` slots as
        in `step`; the drafts, queries padded to the longest draft, over copies of their slots' rows. Returns a
        function of (queries [T, kv heads, groups, d], keys, values) giving [T, kv heads, groups, d]."""
        import torch

        dev, heads, n, d = self.device, self.kv_heads * self.groups, len(live_t), len(lens)
        most = int(lens.max()) if d else 0
        j, span = torch.arange(most, device=dev), torch.arange(width, device=dev)
        real = (j[None, :] < lens[:, None]).flatten()
        masked = (span[None, :] > self.positions[:b, None])[:, None, None, :]
        wide = int((first + lens).max()) if d else 0  # drafts attend to columns [0, wide)
        hide = (span[None, None, :wide] > (first[:, None] + j[None, :])[:, :, None])[:, None, :, None]

        def attend(q, kc, vc):
            q = q.view(-1, heads, self.head_dim)
            now = q.new_zeros(b, heads, self.head_dim)
            now[live_t] = q[:n]
            now = now.view(b, self.kv_heads, self.groups, self.head_dim)
            scores = torch.matmul(now, kc[:b, :, :width].transpose(-1, -2)).float() * self.scaling
            probs = scores.masked_fill(masked, float("-inf")).softmax(-1).to(self.dtype)
            out = torch.matmul(probs, vc[:b, :, :width]).view(b, heads * self.head_dim)[live_t]
            if d:
                qd = q.new_zeros(d * most, heads, self.head_dim)
                qd[real] = q[n:]
                qd = qd.view(d, most, self.kv_heads, self.groups, self.head_dim).transpose(1, 2)
                qd = qd.reshape(d, self.kv_heads, most * self.groups, self.head_dim)
                scores = torch.matmul(qd, kc[:, :, :wide].index_select(0, sel).transpose(-1, -2)).float() * self.scaling
                scores = scores.view(d, self.kv_heads, most, self.groups, wide).masked_fill(hide, float("-inf"))
                probs = scores.softmax(-1).to(self.dtype).view(d, self.kv_heads, most * self.groups, wide)
                od = torch.matmul(probs, vc[:, :, :wide].index_select(0, sel))
                od = od.view(d, self.kv_heads, most, self.groups, self.head_dim).transpose(1, 2)
                out = torch.cat([out, od.reshape(d * most, heads * self.head_dim)[real]])
            return out

        return attend

    def step(self, width: int, rows: int | None = None):
        """Run the decode step over cache columns [0, width): on GPU for every slot (a CUDA graph per width),
        on CPU for the first `rows` slots only (compute there grows with the rows)."""
        import torch

        self.stats["steps"] += 1
        if self.device.type != "cuda":
            return self._step(width, rows or self.slots)
        if width not in self.graphs:
            t0 = time.perf_counter()
            # warm-up outside the capture (allocator, cuBLAS workspaces); it writes the same keys/values
            # at the same positions as the real step will, so the cache is unchanged in effect
            side = torch.cuda.Stream()
            side.wait_stream(torch.cuda.current_stream())
            with torch.cuda.stream(side):
                self._step(width, self.slots)
            torch.cuda.current_stream().wait_stream(side)
            graph = torch.cuda.CUDAGraph()
            with torch.cuda.graph(graph):
                logits = self._step(width, self.slots)
            self.graphs[width] = (graph, logits)
            torch.cuda.synchronize()
            self.stats["capture_s"] += time.perf_counter() - t0
            self.stats.setdefault("capture_first_s", self.stats["capture_s"])
            self.stats["graphs"] = len(self.graphs)
        graph, logits = self.graphs[width]
        graph.replay()
        return logits

    def move(self, src: int, dst: int) -> None:
        """Move slot `src`'s row (keys/values up to its position, token, position) into slot `dst`."""
        self._copy_cache(src, dst, int(self.positions[src]) + 1)
        self.tokens[dst], self.positions[dst] = self.tokens[src], self.positions[src]

    def copy_prompt(self, src: int, dst: int, length: int) -> None:
        """Give slot `dst` the keys/values of the `length`-token prompt that slot `src` holds (another sample of
        the same problem), instead of computing them again."""
        self._copy_cache(src, dst, length)
        self.positions[dst] = length
        self.stats["prompt_copies"] += 1

    def _copy_cache(self, src: int, dst: int, end: int) -> None:
        for kc, vc in zip(self.keys, self.values, strict=True):
            kc[dst, :, :end] = kc[src, :, :end]
            vc[dst, :, :end] = vc[src, :, :end]

    # ---- filling slots
    def share_prefix(self, tokens: list[int]) -> None:
        """Compute the keys/values of `tokens`, a prefix every prompt starts with (a chat template's system
        turn and instruction), once; `prefill` then copies them instead of recomputing them per prompt."""
        self.prefill([0], [tokens])  # slot 0 is free until the first real prefill overwrites it
        n = len(tokens)
        self.prefix = (list(tokens), [(kc[0, :, :n].clone(), vc[0, :, :n].clone())
                                      for kc, vc in zip(self.keys, self.values, strict=True)])

    def prefill(self, slots: list[int], prompts: list[list[int]]):
        """Run `prompts` and write their keys/values into `slots`; returns the last-position logits
        [len(slots), vocab].

        The group is right-padded, so each prompt sits at columns [0, n) exactly as in its slot, and
        causal attention needs no mask: a real token only sees earlier columns, which are real tokens
        too (fused SDPA kernels, flash on a GPU). What the padding columns write stays masked until
        decoding overwrites it. With a shared prefix (`share_prefix`) only the rest of each prompt runs,
        attending to the prefix's copied keys/values and causally to itself."""
        import torch
        import torch.nn.functional as F

        t0 = time.perf_counter()
        inner, g, dev = self.model.model, len(prompts), self.device
        shared, cached = self.prefix
        start = len(shared) if shared and all(len(p) > len(shared) and p[:len(shared)] == shared for p in prompts) else 0
        width = max(len(p) for p in prompts) - start
        ids = torch.zeros((g, width), dtype=torch.long)
        for i, p in enumerate(prompts):
            ids[i, : len(p) - start] = torch.tensor(p[start:])
        ids = ids.to(dev)
        rows = torch.tensor(slots, device=dev)
        lengths = torch.tensor([len(p) for p in prompts], device=dev)
        x = inner.embed_tokens(ids)
        cos, sin = inner.rotary_emb(x, torch.arange(start, start + width, device=dev)[None].expand(g, width))
        if start:  # a suffix token sees the whole prefix and the suffix up to itself
            col = torch.arange(start + width, device=dev)
            mask = (col[None, :] < start) | (col[None, :] - start <= torch.arange(width, device=dev)[:, None])
        for i, (layer, kc, vc) in enumerate(zip(inner.layers, self.keys, self.values, strict=True)):
            q, k, v = self._project(layer.self_attn, self._norm(layer.input_layernorm, x), cos, sin)
            kc[rows, :, start:start + width] = k
            vc[rows, :, start:start + width] = v
            if start:
                pk, pv = (t[None].expand(g, -1, -1, -1) for t in cached[i])
                kc[rows, :, :start], vc[rows, :, :start] = pk, pv
                out = F.scaled_dot_product_attention(q, torch.cat([pk, k], 2), torch.cat([pv, v], 2), attn_mask=mask,
                                                     scale=self.scaling, enable_gqa=True)
            else:
                out = F.scaled_dot_product_attention(q, k, v, is_causal=True, scale=self.scaling, enable_gqa=True)
            x = self._close(layer, x, out.transpose(1, 2).reshape(g, width, -1))
        last = x[torch.arange(g, device=dev), lengths - start - 1]
        self.positions[rows] = lengths
        logits = self._logits(last[:, None])[:, 0]
        if dev.type == "cuda":  # the figure is GPU time, not launch time
            torch.cuda.synchronize()
        self.stats["prefills"] += 1
        self.stats["prefill_s"] += time.perf_counter() - t0
        self.stats.setdefault("prefill_first_s", self.stats["prefill_s"])  # a process's first carries kernel loading
        self.stats["prefix_tokens_reused"] += start * g
        return logits


def counters(*stats: dict) -> dict:
    """`COUNTERS` summed over decodes' stats (`LAST_STATS`, workers' `engine_stats`); {} when none ran the engine."""
    found = [st for st in stats if st]
    total = {k: sum(st.get(k, 0) for st in found) for k in COUNTERS if any(k in st for st in found)}
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in total.items()}


def decode_stream(model, tokenizer, todo: Sequence, prompt_ids: dict[str, list[int]], cfg, eos: set[int],
                  force_length: bool = False) -> Iterator[dict]:
    """Continuous batching over slots; yields each sample (as `harness.generate`'s records) when done."""
    import torch

    from harness.generate import append_token, sample_record, sample_tokens
    from harness.prompt_lookup import Drafter, accept

    pending = list(todo)
    slots = min(cfg.batch_size, len(pending))
    max_prompt = max(len(prompt_ids[r.key]) for r in pending)
    on_gpu = next(model.parameters()).device.type == "cuda"
    if not on_gpu:
        keep_freed_memory()
    dec = SlotDecoder(model, slots, max_prompt + cfg.max_new_tokens + 1)
    # CPU: a prefix every prompt shares is computed once (on a GPU, prefill is a small part and the masked
    # attention it needs was not measured there)
    if not on_gpu and len(pending) > 1 and len(prefix := common_prefix([prompt_ids[r.key] for r in pending])) >= MIN_PREFIX:
        dec.share_prefix(prefix)
    LAST_STATS.clear()
    LAST_STATS.update(dec.stats)
    eos_t = torch.tensor(sorted(eos), device=dec.device)
    gen = torch.Generator(device=dec.device)
    gen.manual_seed(cfg.seed)
    live: list[dict | None] = [None] * slots
    # GPU: every step runs all slots (one graph), so refill in groups; CPU: steps run only the live rows, so
    # refill a slot as soon as it frees
    refill_at = max(1, slots // 4) if on_gpu else 1
    # CPU, greedy: prompt-lookup drafts checked in the same step (the GPU step is one captured graph of one token)
    lookup = cfg.prompt_lookup if not on_gpu and not cfg.do_sample else 0
    if lookup:
        dec.stats.update(drafted=0, accepted=0)
    t0 = time.perf_counter()

    def pick(logits):
        if force_length:
            logits = logits.clone()
            logits[:, eos_t] = float("-inf")
        return sample_tokens(logits, cfg, gen)

    def fill(free: list[int]) -> None:
        """Prefill waiting prompts into the `free` slots, in groups of at most PREFILL_TOKENS padded tokens whose
        prompts are within PREFILL_SPREAD of the longest's length (the waiting prompts are sorted longest first).
        A prompt computed once serves every sample of its problem: the other slots get a copy of its keys/values
        (and its last logits), from this group or from a live slot that holds it."""
        held = {row["prompt"]: (slot, row["logits"]) for slot, row in enumerate(live) if row is not None}
        while free and pending:
            skip = len(dec.prefix[0])  # the shared prefix is copied, not computed
            longest = len(prompt_ids[pending[0].key]) - skip
            budget = max(1, PREFILL_TOKENS // (longest + skip))  # prompts computed per group
            prompts, fresh = [], {}  # the group's prompts; those computed here -> their slot
            while len(prompts) < min(len(free), len(pending)):
                p = tuple(prompt_ids[pending[len(prompts)].key])
                if p not in fresh and p not in held:
                    if fresh and (len(fresh) == budget or len(p) - skip < PREFILL_SPREAD * longest):
                        break
                    fresh[p] = free[len(prompts)]
                prompts.append(p)
            used, free = free[:len(prompts)], free[len(prompts):]
            group = [pending.pop(0) for _ in used]
            if fresh:
                logits = dec.prefill(list(fresh.values()), [list(p) for p in fresh])
                held.update((p, (slot, logits[i])) for i, (p, slot) in enumerate(fresh.items()))
            for slot, p in zip(used, prompts, strict=True):
                if held[p][0] != slot:
                    dec.copy_prompt(held[p][0], slot, len(p))
            rows = [held[p][1] for p in prompts]
            first = pick(torch.stack(rows))
            dec.tokens[torch.tensor(used, device=dec.device)] = first
            for slot, req, p, lg, tok in zip(used, group, prompts, rows, first.tolist(), strict=True):
                live[slot] = {"req": req, "out": [], "first": tok, "prompt": p, "logits": lg}

    def finish(slot: int, reason: str) -> dict:
        row, live[slot] = live[slot], None
        return sample_record(row["req"], row["out"], reason, tokenizer, t0)

    def take(slot: int, tok: int) -> str | None:
        row = live[slot]
        return append_token(row["req"], row["out"], tok, tok in eos and not force_length, cfg.max_new_tokens,
                            tokenizer)

    def compact() -> None:
        """Pack the live rows into the lowest slots (CPU, nothing left to prefill): steps then skip the rest."""
        for dst in [s for s, row in enumerate(live) if row is None]:
            src = max((s for s, row in enumerate(live) if row is not None), default=-1)
            if src < dst:
                break
            dec.move(src, dst)
            live[dst], live[src] = live[src], None

    def settle(launched) -> Iterator[dict]:
        """Hand a launched step's tokens to the rows that were live when it was launched."""
        buf, event, owners = launched
        if event is not None:
            event.synchronize()
        for slot, tok in enumerate(buf.tolist()):
            row = live[slot]
            if row is not None and row is owners[slot] and (reason := take(slot, tok)):
                yield finish(slot, reason)

    def lookup_step(rows: int) -> Iterator[dict]:
        """One step over the first `rows` slots: each live row's current token and its draft, checked together."""
        alive = [slot for slot in range(rows) if live[slot] is not None]
        drafts = {}
        for slot in alive:
            row = live[slot]
            if "drafter" not in row:
                row["drafter"] = Drafter([*prompt_ids[row["req"].key], *row["out"]], lookup)
            pos = int(dec.positions[slot])  # where the current token's keys/values go
            room = min(cfg.max_new_tokens - len(row["out"]) - 1, dec.max_len - 1 - pos)
            drafts[slot] = row["drafter"].draft(room)
        ends = [int(dec.positions[slot]) + 1 + len(drafts[slot]) for slot in alive]
        width = min(dec.max_len, math.ceil(max(ends) / dec.bucket) * dec.bucket)
        chosen = pick(dec.verify(width, rows, alive, drafts)).tolist()
        now, later = chosen[:len(alive)], chosen[len(alive):]
        for slot, first in zip(alive, now, strict=True):
            draft = drafts[slot]
            mine, later = [first, *later[:len(draft)]], later[len(draft):]
            kept = accept(draft, mine)
            row, emitted = live[slot], mine[:kept + 1]
            row["drafter"].accepted(len(draft), kept)
            dec.stats["drafted"] += len(draft)
            dec.stats["accepted"] += kept
            for tok in emitted:
                if reason := take(slot, tok):
                    yield finish(slot, reason)
                    break
            else:
                row["drafter"].extend(emitted)
                dec.tokens[slot] = emitted[-1]
                dec.positions[slot] += len(emitted)

    buffers = [torch.empty(slots, dtype=torch.long, pin_memory=on_gpu) for _ in range(2)]
    launched, turn = None, 0
    with torch.inference_mode():
        while True:
            free = [s for s, row in enumerate(live) if row is None]
            if pending and free and (len(free) >= min(refill_at, len(pending)) or len(free) == slots):
                fill(free)
                for slot in free:  # the prefill's token is each new sample's first
                    if live[slot] is not None and (reason := take(slot, live[slot].pop("first"))):
                        yield finish(slot, reason)
            elif not on_gpu and not pending:
                compact()
            if all(row is None for row in live):
                if launched is None and not pending:
                    break
                if launched is not None:
                    yield from settle(launched)
                    launched = None
                continue
            # host lengths lag the GPU by the one launched step: +2 covers the next write position
            longest = max(len(prompt_ids[row["req"].key]) + len(row["out"]) for row in live if row)
            width = min(dec.max_len, math.ceil((longest + 2) / dec.bucket) * dec.bucket)
            rows = 1 + max(s for s, row in enumerate(live) if row is not None)
            if lookup and sum(row is not None for row in live) <= LOOKUP_ROWS:
                yield from lookup_step(rows)
                LAST_STATS.update(dec.stats)
                continue
            nxt = pick(dec.step(width, rows))
            n = nxt.shape[0]  # every slot on GPU, the first `rows` on CPU
            dec.tokens[:n].copy_(nxt)
            dec.positions[:n].add_(1).clamp_(max=dec.max_len - 1)
            buf, turn = buffers[turn][:n], 1 - turn
            buf.copy_(nxt, non_blocking=on_gpu)
            event = torch.cuda.Event() if on_gpu else None
            if event is not None:
                event.record()
            current = (buf, event, list(live))
            LAST_STATS.update(dec.stats)
            if not on_gpu:  # nothing runs asynchronously: settle now, so freed slots refill before the next step
                yield from settle(current)
                continue
            if launched is not None:  # the host reads step t - 1 while the GPU runs step t
                yield from settle(launched)
            launched = current
