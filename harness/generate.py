"""Batched generation: prompts sorted by length, left padding, KV cache, each sequence stopped on its
own (EOS, stop strings) and dropped from the batch when done; samples appended to a JSONL log as
they finish, so a killed evaluation resumes with no duplicate and no lost sample."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from harness.config import GenerationConfig


@dataclass(frozen=True)
class Request:
    """One sample to generate: `key` is unique within a log (task/task_id/sample index)."""

    key: str
    prompt: str
    stops: tuple[str, ...] = ()
    seed: int = 0


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


def request_seed(base: int, key: str) -> int:
    return int.from_bytes(hashlib.sha256(f"{base}:{key}".encode()).digest()[:4], "little")


def generate(model, tokenizer, requests: Sequence[Request], cfg: GenerationConfig, log_path: Path,
             progress: bool = True, desc: str = "generate") -> dict[str, dict]:
    """Generate every request not yet in `log_path`; returns all samples by key.

    Each sample: {"key", "text", "finish": "stop"|"length", "new_tokens"}.
    """
    from tqdm.auto import tqdm

    log_path.parent.mkdir(parents=True, exist_ok=True)
    _repair_tail(log_path)
    done = read_log(log_path)
    todo = [r for r in requests if r.key not in done]
    if not todo:
        return done
    ids = {r.key: tokenizer(r.prompt, add_special_tokens=False)["input_ids"] for r in todo}
    todo.sort(key=lambda r: len(ids[r.key]), reverse=True)  # longest first: an OOM shows up at once
    bar = tqdm(total=len(requests), initial=len(requests) - len(todo), desc=desc, disable=not progress,
               unit="sample")
    with open(log_path, "a", encoding="utf-8") as log:
        for start in range(0, len(todo), cfg.batch_size):
            batch = todo[start:start + cfg.batch_size]
            for rec in _generate_batch(model, tokenizer, batch, [ids[r.key] for r in batch], cfg):
                log.write(json.dumps(rec, ensure_ascii=False) + "\n")
                log.flush()
                done[rec["key"]] = rec
                bar.update(1)
    bar.close()
    return done


def eos_ids(model, tokenizer) -> set[int]:
    """Token ids that end a sequence: the tokenizer's EOS and the model's generation config's."""
    extra = getattr(getattr(model, "generation_config", None), "eos_token_id", None)
    extra = [extra] if isinstance(extra, int) else list(extra or [])
    return {t for t in [tokenizer.eos_token_id, *extra] if t is not None}


def _sample(logits, cfg: GenerationConfig, gen):
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


def _generate_batch(model, tokenizer, batch: Sequence[Request], prompt_ids: list[list[int]],
                    cfg: GenerationConfig):
    """Decode one batch with a KV cache; yields each sample as soon as it finishes."""
    import torch
    from transformers import DynamicCache

    device = next(model.parameters()).device
    width = max(len(p) for p in prompt_ids)
    pad = tokenizer.pad_token_id
    input_ids = torch.full((len(batch), width), pad, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for i, p in enumerate(prompt_ids):
        input_ids[i, width - len(p):] = torch.tensor(p)
        mask[i, width - len(p):] = 1
    input_ids, mask = input_ids.to(device), mask.to(device)
    positions = (mask.cumsum(-1) - 1).clamp(min=0)
    eos_t = torch.tensor(sorted(eos_ids(model, tokenizer)), device=device)
    gen = torch.Generator(device=device)
    gen.manual_seed(request_seed(cfg.seed, "|".join(r.key for r in batch)))
    alive = list(range(len(batch)))
    out_tokens: list[list[int]] = [[] for _ in batch]
    cache = DynamicCache(config=model.config)
    step_ids, step_pos = input_ids, positions
    t0 = time.perf_counter()
    with torch.inference_mode():
        for step in range(cfg.max_new_tokens):
            logits = model(input_ids=step_ids, attention_mask=mask, position_ids=step_pos,
                           past_key_values=cache, use_cache=True, logits_to_keep=1).logits[:, -1, :]
            nxt = _sample(logits, cfg, gen)
            is_eos = torch.isin(nxt, eos_t).tolist()
            nxt_list = nxt.tolist()
            finished, keep = [], []
            for row, idx in enumerate(alive):
                req = batch[idx]
                if is_eos[row]:
                    finished.append((idx, "eos"))
                    continue
                out_tokens[idx].append(nxt_list[row])
                tail = tokenizer.decode(out_tokens[idx][-12:], skip_special_tokens=False)
                if req.stops and any(s in tail for s in req.stops):
                    finished.append((idx, "stop"))
                elif step + 1 == cfg.max_new_tokens:
                    finished.append((idx, "length"))
                else:
                    keep.append(row)
            for idx, reason in finished:
                text = tokenizer.decode(out_tokens[idx], skip_special_tokens=True)
                text, stopped = cut_at_stop(text, batch[idx].stops)
                yield {"key": batch[idx].key, "text": text, "finish": "length" if reason == "length" else "stop",
                       "new_tokens": len(out_tokens[idx]) + (reason == "eos"),
                       "seconds": round(time.perf_counter() - t0, 3)}
            if not keep:
                break
            keep_t = torch.tensor(keep, device=device)
            if len(keep) < len(alive):
                cache.batch_select_indices(keep_t)
                mask, step_pos = mask[keep_t], step_pos[keep_t]
                nxt = nxt[keep_t]
            alive = [alive[r] for r in keep]
            mask = torch.cat([mask, mask.new_ones((len(keep), 1))], dim=1)
            step_pos = step_pos[:, -1:] + 1
            step_ids = nxt[:, None]
