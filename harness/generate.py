"""Batched generation: prompts sorted by length, left padding, KV cache, each sequence stopped on its
own (EOS, stop strings) and dropped from the batch when done; samples appended to a JSONL log as
they finish, so a killed evaluation resumes with no duplicate and no lost sample."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from harness.config import GenerationConfig
from harness.errors import HarnessError


@dataclass(frozen=True)
class Request:
    """One sample to generate: `key` is unique within a log (task/task_id/sample index)."""

    key: str
    prompt: str
    stops: tuple[str, ...] = ()
    seed: int = 0
    prompt_ids: tuple[int, ...] | None = None
    """token ids to use instead of tokenizing `prompt` (benchmarks on random-weight shapes)"""


def read_log(path: Path) -> dict[str, dict]:
    """Samples already in a log; a torn last line (killed mid-write) is ignored."""
    done: dict[str, dict] = {}
    if not path.exists():
        return done
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            done[rec["key"]] = rec
    return done


def _repair_tail(path: Path) -> None:
    """Drop a torn final line so appends start on a fresh line."""
    if not path.exists() or path.stat().st_size == 0:
        return
    data = path.read_bytes()
    if not data.endswith(b"\n"):
        path.write_bytes(data[: data.rfind(b"\n") + 1])


def cut_at_stop(text: str, stops: Sequence[str]) -> tuple[str, bool]:
    """Text before the first stop string, and whether one was found."""
    cut = min((i for i in (text.find(s) for s in stops) if i >= 0), default=-1)
    return (text[:cut], True) if cut >= 0 else (text, False)


def append_token(req: Request, out: list[int], tok: int, is_eos: bool, max_new: int, tokenizer) -> str | None:
    """Add one generated token to a sample (EOS is not added); why the sample finished, if it did."""
    if is_eos:
        return "eos"
    out.append(tok)
    if req.stops and any(s in tokenizer.decode(out[-12:]) for s in req.stops):
        return "stop"
    return "length" if len(out) >= max_new else None


def sample_record(req: Request, out: list[int], reason: str, tokenizer, t0: float) -> dict:
    """The log record of a finished sample (text cut at its first stop string)."""
    text, _ = cut_at_stop(tokenizer.decode(out, skip_special_tokens=True), req.stops)
    return {"key": req.key, "text": text, "finish": "length" if reason == "length" else "stop",
            "new_tokens": len(out) + (reason == "eos"), "seconds": round(time.perf_counter() - t0, 3)}


def request_seed(base: int, key: str) -> int:
    return int.from_bytes(hashlib.sha256(f"{base}:{key}".encode()).digest()[:4], "little")


def generate(model, tokenizer, requests: Sequence[Request], cfg: GenerationConfig, log_path: Path,
             progress: bool = True, desc: str = "generate", force_length: bool = False) -> dict[str, dict]:
    """Generate every request not yet in `log_path`; returns all samples by key.

    Each sample: {"key", "text", "finish": "stop"|"length", "new_tokens"}. On out-of-memory the
    batch size is halved and the unfinished requests run again (finished ones are kept).
    `force_length` ignores EOS (benchmarks: every sequence runs `max_new_tokens`).
    """
    import torch
    from tqdm.auto import tqdm

    log_path.parent.mkdir(parents=True, exist_ok=True)
    _repair_tail(log_path)
    done = read_log(log_path)
    todo = [r for r in requests if r.key not in done]
    if not todo:
        return done
    ids = {r.key: list(r.prompt_ids) if r.prompt_ids is not None else
           tokenizer(r.prompt, add_special_tokens=False)["input_ids"] for r in todo}
    todo.sort(key=lambda r: len(ids[r.key]), reverse=True)  # longest first: an OOM shows up at once
    bar = tqdm(total=len(requests), initial=len(requests) - len(todo), desc=desc, disable=not progress,
               unit="sample")
    batch = cfg.batch_size
    stream = pick_engine(model, cfg.engine)
    with open(log_path, "a", encoding="utf-8") as log:
        while pending := [r for r in todo if r.key not in done]:
            try:
                for rec in stream(model, tokenizer, pending, ids, replace(cfg, batch_size=batch), force_length):
                    log.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    log.flush()
                    done[rec["key"]] = rec
                    bar.update(1)
            except torch.OutOfMemoryError:
                if batch == 1:
                    raise HarnessError("out of memory at generation batch size 1; lower "
                                       "generation.max_new_tokens or use a smaller model") from None
                batch = max(1, batch // 2)
                torch.cuda.empty_cache()
                bar.write(f"[harness] out of memory: generation batch size lowered to {batch}")
    bar.close()
    return done


def pick_engine(model, engine: str):
    """The decode loop for `generation.engine` (see GenerationConfig.engine)."""
    from harness import static_decode

    why_not = static_decode.supported(model)
    if engine == "slots" and why_not:
        raise HarnessError(f"generation.engine=slots cannot run this model: {why_not}; use engine=auto")
    if engine in ("slots", "auto") and not why_not:
        def slots(model, tokenizer, todo, prompt_ids, cfg, force_length):
            return static_decode.decode_stream(model, tokenizer, todo, prompt_ids, cfg, eos_ids(model, tokenizer),
                                               force_length)
        return slots
    return _generate_stream


def eos_ids(model, tokenizer) -> set[int]:
    """Token ids that end a sequence: the tokenizer's EOS and the model's generation config's."""
    extra = getattr(getattr(model, "generation_config", None), "eos_token_id", None)
    extra = [extra] if isinstance(extra, int) else list(extra or [])
    return {t for t in [tokenizer.eos_token_id, *extra] if t is not None}


def sample_tokens(logits, cfg: GenerationConfig, gen):
    """Next token per row: argmax (greedy) or temperature / top-p sampling with `gen`."""
    import torch

    if not cfg.do_sample:
        return logits.argmax(dim=-1)
    probs = torch.softmax(logits.float() / cfg.temperature, dim=-1)
    if cfg.top_p < 1.0:
        sorted_p, order = probs.sort(dim=-1, descending=True)
        keep = sorted_p.cumsum(-1) - sorted_p < cfg.top_p
        sorted_p = sorted_p * keep
        probs = torch.zeros_like(probs).scatter(-1, order, sorted_p)
    return torch.multinomial(probs, 1, generator=gen).squeeze(-1)


def _growing_layer_class():
    """A DynamicLayer whose keys/values are views into buffers with spare room: a decode step writes
    one column in place instead of copying the whole cache (`torch.cat` per step is O(batch x length))."""
    from transformers.cache_utils import DynamicLayer

    class GrowingLayer(DynamicLayer):
        spare = 256

        def update(self, key_states, value_states, *args, **kwargs):
            if not self.is_initialized:
                self.lazy_initialization(key_states, value_states)
                self.set(key_states, value_states)
                return self.keys, self.values
            n, end = self.keys.shape[-2], self.keys.shape[-2] + key_states.shape[-2]
            if end > self._kbuf.shape[-2]:
                self.set(self.keys, self.values, extra=key_states.shape[-2])
            self._kbuf[:, :, n:end] = key_states
            self._vbuf[:, :, n:end] = value_states
            self.keys, self.values = self._kbuf[:, :, :end], self._vbuf[:, :, :end]
            return self.keys, self.values

        def set(self, keys, values, extra: int = 0):
            """Hold these keys/values (copied into fresh buffers with spare columns)."""
            b, h, n, d = keys.shape
            self._kbuf = keys.new_empty((b, h, n + extra + self.spare, d))
            self._vbuf = values.new_empty((b, h, n + extra + self.spare, values.shape[-1]))
            self._kbuf[:, :, :n] = keys
            self._vbuf[:, :, :n] = values
            self.keys, self.values = self._kbuf[:, :, :n], self._vbuf[:, :, :n]

        def batch_select_indices(self, indices):
            self.set(self.keys[indices], self.values[indices])

    return GrowingLayer


def new_cache(model):
    """A DynamicCache; on CPU its layers grow in place (see `_growing_layer_class`: 10-30% faster
    decode steps measured there), on GPU plain concatenation (faster there: SDPA copies strided views)."""
    from transformers import DynamicCache

    cache = DynamicCache(config=model.config)
    if next(model.parameters()).device.type == "cpu":
        layer_cls = _growing_layer_class()
        cache.layers = [layer_cls() for _ in cache.layers]
    return cache


def _set_kv(layer, keys, values) -> None:
    if hasattr(layer, "set"):
        layer.set(keys, values)
    else:
        layer.keys, layer.values = keys, values


def _left_pad(t, width: int, dim: int, value=0):
    """Pad tensor `t` on the left of `dim` up to `width`."""
    import torch

    missing = width - t.shape[dim]
    if missing <= 0:
        return t
    shape = list(t.shape)
    shape[dim] = missing
    return torch.cat([t.new_full(shape, value), t], dim=dim)


def _join(cache, mask, new_cache, new_mask):
    """Append the rows of (new_cache, new_mask) to (cache, mask), left-padding the shorter side."""
    import torch

    width = max(mask.shape[1], new_mask.shape[1])
    for old, new in zip(cache.layers, new_cache.layers, strict=True):
        _set_kv(old, torch.cat([_left_pad(old.keys, width, 2), _left_pad(new.keys, width, 2)], dim=0),
                torch.cat([_left_pad(old.values, width, 2), _left_pad(new.values, width, 2)], dim=0))
    return torch.cat([_left_pad(mask, width, 1), _left_pad(new_mask, width, 1)], dim=0)


def _trim(cache, mask):
    """Drop leading columns that no live row attends to (they belonged to finished rows)."""
    first = int(mask.any(dim=0).float().argmax())
    if first < 64:
        return mask
    for layer in cache.layers:
        _set_kv(layer, layer.keys[:, :, first:], layer.values[:, :, first:])
    return mask[:, first:]


def _select(cache, mask, rows):
    import torch

    if rows == list(range(mask.shape[0])):
        return mask
    idx = torch.tensor(rows, device=mask.device)
    cache.batch_select_indices(idx)
    return mask[idx]


def cache_kwarg(model) -> str:
    """The forward() argument that takes the KV cache (`cache` from transformers 5.2x, before that
    `past_key_values`)."""
    import inspect

    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    return "cache" if "cache" in inspect.signature(base.forward).parameters else "past_key_values"


def _prefill(model, tokenizer, prompt_ids: list[list[int]], device):
    """Run a left-padded group of prompts; returns (cache, mask, last logits, next positions)."""
    import torch

    width = max(len(p) for p in prompt_ids)
    ids = torch.full((len(prompt_ids), width), tokenizer.pad_token_id, dtype=torch.long)
    mask = torch.zeros((len(prompt_ids), width), dtype=torch.long)
    for i, p in enumerate(prompt_ids):
        ids[i, width - len(p):] = torch.tensor(p)
        mask[i, width - len(p):] = 1
    ids, mask = ids.to(device), mask.to(device)
    positions = (mask.cumsum(-1) - 1).clamp(min=0)
    cache = new_cache(model)
    logits = model(input_ids=ids, attention_mask=mask, position_ids=positions, use_cache=True,
                   logits_to_keep=1, **{cache_kwarg(model): cache}).logits[:, -1, :]
    return cache, mask, logits, positions[:, -1:] + 1


def _generate_stream(model, tokenizer, todo: Sequence[Request], prompt_ids: dict[str, list[int]],
                     cfg: GenerationConfig, force_length: bool = False):
    """Continuous batching: finished sequences leave the batch and waiting prompts take their
    places (prefilled as a group, their KV cache joined to the running one). Yields each sample
    as soon as it finishes."""
    import torch

    device = next(model.parameters()).device
    eos_t = torch.tensor(sorted(eos_ids(model, tokenizer)), device=device)
    gen = torch.Generator(device=device)
    gen.manual_seed(cfg.seed)
    pending = list(todo)
    rows: list[dict] = []  # live sequences, in cache order
    cache = mask = positions = logits = None
    cache_key = cache_kwarg(model)
    refill_at = max(1, cfg.batch_size // 4)  # refill when this many slots are free
    t0 = time.perf_counter()
    with torch.inference_mode():
        while rows or pending:
            free = cfg.batch_size - len(rows)
            if pending and (not rows or free >= min(refill_at, len(pending))):
                group, pending = pending[:free], pending[free:]
                c, m, lg, pos = _prefill(model, tokenizer, [prompt_ids[r.key] for r in group], device)
                if rows:
                    mask = _join(cache, mask, c, m)
                    logits, positions = torch.cat([logits, lg]), torch.cat([positions, pos])
                else:
                    cache, mask, logits, positions = c, m, lg, pos
                rows += [{"req": r, "out": []} for r in group]
            if force_length:  # as transformers' min_new_tokens: EOS cannot be chosen
                logits[:, eos_t] = float("-inf")
            nxt = sample_tokens(logits, cfg, gen)
            is_eos, nxt_list = torch.isin(nxt, eos_t).tolist(), nxt.tolist()
            keep = []
            for i, row in enumerate(rows):
                reason = append_token(row["req"], row["out"], nxt_list[i], is_eos[i], cfg.max_new_tokens, tokenizer)
                if reason is None:
                    keep.append(i)
                else:
                    yield sample_record(row["req"], row["out"], reason, tokenizer, t0)
            if not keep:
                rows = []
                continue
            rows = [rows[i] for i in keep]
            mask = _select(cache, mask, keep)
            keep_t = torch.tensor(keep, device=device)
            nxt, positions = nxt[keep_t], positions[keep_t]
            mask = _trim(cache, torch.cat([mask, mask.new_ones((len(keep), 1))], dim=1))
            logits = model(input_ids=nxt[:, None], attention_mask=mask, position_ids=positions,
                           use_cache=True, logits_to_keep=1, **{cache_key: cache}).logits[:, -1, :]
            positions = positions + 1
