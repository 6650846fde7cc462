"""Profile one decode step of the generation engine on a random-weight shape (GPU diagnostics).

Usage: python scripts/profile_decode.py [batch] [prompt_len]; prints ms/step for the engine's
growing cache and for transformers' DynamicCache, and the top CUDA ops of the engine's step."""

import sys
import time

import torch

from harness import models
from harness.generate import cache_kwarg, new_cache

batch = int(sys.argv[1]) if len(sys.argv) > 1 else 164
plen = int(sys.argv[2]) if len(sys.argv) > 2 else 400
model = models.random_model("mistral-7b", device="cuda", dtype=torch.bfloat16).eval()
ck = cache_kwarg(model)
ids = torch.randint(3, 32000, (batch, plen), device="cuda")
mask = torch.ones_like(ids)


def run(cache, steps=20, prof=None):
    m = mask.clone()
    pos = (m.cumsum(-1) - 1)
    with torch.inference_mode():
        out = model(input_ids=ids, attention_mask=m, position_ids=pos, use_cache=True, logits_to_keep=1,
                    **{ck: cache})
        nxt = out.logits[:, -1].argmax(-1)
        p = pos[:, -1:] + 1
        torch.cuda.synchronize()
        t0 = time.perf_counter()
        for _ in range(steps):
            m = torch.cat([m, m.new_ones((batch, 1))], 1)
            out = model(input_ids=nxt[:, None], attention_mask=m, position_ids=p, use_cache=True,
                        logits_to_keep=1, **{ck: cache})
            nxt = out.logits[:, -1].argmax(-1)
            p = p + 1
            if prof is not None:
                prof.step()
        torch.cuda.synchronize()
    return (time.perf_counter() - t0) / steps * 1000


from transformers import DynamicCache  # noqa: E402

print("attn impl", model.config._attn_implementation)
print(f"growing cache: {run(new_cache(model)):.1f} ms/step")
print(f"DynamicCache:  {run(DynamicCache(config=model.config)):.1f} ms/step")
with torch.profiler.profile(activities=[torch.profiler.ProfilerActivity.CPU,
                                        torch.profiler.ProfilerActivity.CUDA]) as prof:
    run(new_cache(model), steps=5)
print(prof.key_averages().table(sort_by="cuda_time_total", row_limit=15))
print(prof.key_averages().table(sort_by="cpu_time_total", row_limit=10))
