"""Merge a LoRA adapter into a fresh 16-bit base (the tutorial's way) and save it in Hugging Face
format with its tokenizer, loadable by plain `transformers` without `peft`."""

from __future__ import annotations

import time
from pathlib import Path

from harness.models import ModelSource, load_model, load_tokenizer


def merge(src: ModelSource, adapter_dir: Path, out_dir: Path, dtype_name: str) -> dict:
    """Write the merged model to `out_dir`; returns the merge record for results.json."""
    import torch

    t0 = time.perf_counter()
    dtype = getattr(torch, dtype_name)
    model = load_model(src, dtype, "cpu", adapter=str(adapter_dir))
    merged = model.merge_and_unload()
    merged.save_pretrained(out_dir, safe_serialization=True)
    load_tokenizer(ModelSource(str(adapter_dir))).save_pretrained(out_dir)
    n_params = sum(p.numel() for p in merged.parameters())
    return {"dtype": dtype_name, "device": "cpu", "merge_s": round(time.perf_counter() - t0, 2),
            "n_params": n_params, "path": str(out_dir)}
