"""What a merge cost: the merged model against the adapter on its training base, on fixed probes.

Probes: the 16 short code instructions in `PROBES` (a constant, not drawn from data), each rendered
with the tokenizer's chat template (plain text when it has none). The candidate (merged) model writes
a greedy continuation of N tokens; both models then score prompt + continuation by teacher forcing.
Figures: max / mean absolute logit difference and top-1 agreement over every position; greedy
agreement, the fraction of probes where the two models' argmax agree along the whole continuation
(where they first differ is where their greedy generations would part), and the mean matching prefix.

CLI: `python -m harness.merge_check bench --shape mistral-7b --out FILE.json` times the shard-by-shard
CPU merge (and PEFT's merge_and_unload, on the GPU when there is one) on random weights of that shape."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import models
from harness.cpu_memory import PeakRSS
from harness.merge import ST_DTYPES, merge, write_safetensors

PROBES = (
    "Write a Python function that returns the factorial of n.",
    "Write a Python function to check whether a string is a palindrome.",
    "Reverse a linked list in Python.",
    "Write a function that returns the n-th Fibonacci number.",
    "Write a Python function that removes duplicates from a list, keeping order.",
    "Write a function to count the vowels in a string.",
    "Implement binary search on a sorted list in Python.",
    "Write a Python function that merges two sorted lists.",
    "Write a function that checks if a number is prime.",
    "Write a Python class for a stack with push, pop and peek.",
    "Write a function that flattens a nested list.",
    "Write a SQL query that selects the ten most recent orders.",
    "Write a Python function that returns the word frequencies of a text as a dict.",
    "Write a function that converts Celsius to Fahrenheit.",
    "Write a JavaScript function that returns the largest number in an array.",
    "Write a Python function that transposes a matrix given as a list of lists.",
)


def probe_ids(tok, prompts=PROBES) -> list[list[int]]:
    """Token ids of each probe, through the chat template with the assistant turn opened."""
    if getattr(tok, "chat_template", None):
        texts = [tok.apply_chat_template([{"role": "user", "content": p}], tokenize=False, add_generation_prompt=True)
                 for p in prompts]
        return [tok(t, add_special_tokens=False)["input_ids"] for t in texts]
    return [tok(p)["input_ids"] for p in prompts]


def _left_pad(seqs: list[list[int]], pad_id: int, device):
    import torch

    width = max(len(s) for s in seqs)
    ids = torch.tensor([[pad_id] * (width - len(s)) + s for s in seqs], device=device)
    mask = torch.tensor([[0] * (width - len(s)) + [1] * len(s) for s in seqs], device=device)
    return ids, mask


def greedy_continuations(model, tok, prompts: list[list[int]], new_tokens: int) -> list[list[int]]:
    """Greedy continuations (batched, left-padded), each cut after its first end-of-sequence token."""
    import torch
    from transformers import GenerationConfig

    eos = model.generation_config.eos_token_id
    eos = {*(eos if isinstance(eos, list) else [eos]), tok.eos_token_id} - {None}
    ids, mask = _left_pad(prompts, tok.pad_token_id, model.device)
    gc = GenerationConfig(max_new_tokens=new_tokens, do_sample=False, pad_token_id=tok.pad_token_id,
                          eos_token_id=sorted(eos))
    with torch.no_grad():
        out = model.generate(input_ids=ids, attention_mask=mask, generation_config=gc)[:, ids.shape[1]:].tolist()
    return [row[:next((i + 1 for i, t in enumerate(row) if t in eos), len(row))] for row in out]


def sequence_logits(model, seqs: list[list[int]], pad_id: int, batch_size: int = 8) -> list:
    """fp32 CPU logits [len, vocab] of each sequence (left-padded batches with matching position ids)."""
    import torch

    out = []
    for i in range(0, len(seqs), batch_size):
        chunk = seqs[i:i + batch_size]
        ids, mask = _left_pad(chunk, pad_id, model.device)
        pos = (mask.cumsum(-1) - 1).clamp(min=0)
        with torch.no_grad():
            logits = model(input_ids=ids, attention_mask=mask, position_ids=pos).logits
        out += [logits[j, ids.shape[1] - len(s):].float().cpu() for j, s in enumerate(chunk)]
    return out


def compare(ref: list, cand: list, prompt_lens: list[int], conts: list[list[int]]) -> dict:
    """Equivalence figures of two models' logits on the same sequences (prompt + continuation)."""
    import torch

    mx, total, n_pos, agree, prefixes, same = 0.0, 0.0, 0, 0, [], 0
    for r, c, p, cont in zip(ref, cand, prompt_lens, conts, strict=True):
        d = (r - c).abs()
        mx, total, n_pos = max(mx, d.max().item()), total + d.sum().item() / r.shape[-1], n_pos + r.shape[0]
        hits = r.argmax(-1) == c.argmax(-1)
        agree += int(hits.sum())
        along = hits[p - 1:p - 1 + len(cont)]
        prefix = len(cont) if bool(along.all()) else int(torch.nonzero(~along)[0])
        prefixes.append(prefix)
        same += prefix == len(cont)
    return {"max_abs_logit_diff": mx, "mean_abs_logit_diff": total / n_pos, "top1_agreement": agree / n_pos,
            "greedy_agreement": same / len(conts), "greedy_mean_prefix": sum(prefixes) / len(prefixes),
            "mean_abs_logit": sum(float(r.abs().mean()) for r in ref) / len(ref), "positions": n_pos}


class Probe:
    """A candidate's greedy continuations of the probes, and its logits along them."""

    def __init__(self, candidate, tok, new_tokens: int = 32, prompts=PROBES):
        self.prompts = probe_ids(tok, prompts)
        self.conts = greedy_continuations(candidate, tok, self.prompts, new_tokens)
        self.seqs = [p + c for p, c in zip(self.prompts, self.conts, strict=True)]
        self.pad_id, self.new_tokens = tok.pad_token_id, new_tokens
        self.logits = sequence_logits(candidate, self.seqs, self.pad_id)

    def against(self, reference) -> dict:
        """The figures of `reference` (e.g. the adapter on its base) against the candidate."""
        ref = sequence_logits(reference, self.seqs, self.pad_id)
        return {**compare(ref, self.logits, [len(p) for p in self.prompts], self.conts),
                "n_probes": len(self.prompts), "new_tokens": self.new_tokens}


def equivalence(reference, candidate, tok, new_tokens: int = 32, prompts=PROBES) -> dict:
    """JSON-able figures of `candidate` (greedy writer) against `reference` on the probes."""
    return Probe(candidate, tok, new_tokens, prompts).against(reference)


def check_merge(cfg, src, adapter_dir: Path, merged_dir: Path, device: str) -> dict:
    """The pipeline's figures: merged vs the adapter as trained (and vs the adapter on a 16-bit base)."""
    import gc

    import torch

    eval_dtype = models.resolve_dtype(cfg.model.dtype, device)
    quant = cfg.train.quantization == "nf4"
    tok = models.load_tokenizer(models.ModelSource(str(merged_dir)))
    t0 = time.perf_counter()
    probe = Probe(models.load_model(models.ModelSource(str(merged_dir)), eval_dtype, device), tok,
                  cfg.merge.probe_tokens)
    refs = [("as_trained", quant, models.resolve_dtype(cfg.train.compute_dtype, device) if quant else eval_dtype)]
    if quant and cfg.merge.equivalence == "both":
        refs.append(("vs_16bit_base", False, eval_dtype))
    out = {"probes": "harness.merge_check.PROBES (16 code instructions, chat template)",
           "candidate": f"merged ({cfg.merge.base} base, {cfg.merge.dtype}) loaded as {str(eval_dtype)[6:]}"}
    for key, q4, dtype in refs:
        gc.collect()
        ref = models.load_model(src, dtype, device, quant_4bit=q4, double_quant=cfg.train.double_quant,
                                adapter=str(adapter_dir))
        figures = {k: float(f"{v:.6g}") if isinstance(v, float) else v for k, v in probe.against(ref).items()}
        out[key] = {"reference": f"adapter on {'nf4' if q4 else str(dtype)[6:]} base", **figures}
        del ref
        if device == "cuda":
            torch.cuda.empty_cache()
    out["seconds"] = round(time.perf_counter() - t0, 2)
    return out


# ------------------------------------------------------------------ bench: random weights of a real shape
TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


def write_random_base(shape: str, folder: Path, dtype: str = "bfloat16", shard_gib: float = 5.0) -> dict:
    """A random-weight checkpoint of `shape` as safetensors shards, written one tensor at a time."""
    import torch

    meta = models.random_model(shape, device="meta")
    tied = meta.get_output_embeddings().weight is meta.get_input_embeddings().weight
    names = {n: list(p.shape) for n, p in meta.named_parameters(remove_duplicate=True)}
    st = {v: k for k, v in ST_DTYPES.items()}[dtype]
    shards, size, cap = [[]], 0, shard_gib * 2**30
    for n, shape_ in names.items():
        nbytes = torch.Size(shape_).numel() * torch.tensor([], dtype=getattr(torch, dtype)).element_size()
        if shards[-1] and size + nbytes > cap:
            shards, size = [*shards, []], 0
        shards[-1].append((n, st, shape_))
        size += nbytes
    gen = torch.Generator().manual_seed(0)

    def produce(name):  # norms 1, matrices N(0, 0.02)
        if len(names[name]) == 1:
            return torch.ones(names[name], dtype=getattr(torch, dtype))
        return (torch.randn(names[name], generator=gen) * 0.02).to(getattr(torch, dtype))

    folder.mkdir(parents=True, exist_ok=True)
    files = [f"model-{i + 1:05d}-of-{len(shards):05d}.safetensors" for i in range(len(shards))]
    total = sum(write_safetensors(folder / f, specs, produce) for f, specs in zip(files, shards, strict=True))
    where = {n: f for f, specs in zip(files, shards, strict=True) for n, _, _ in specs}
    index = {"metadata": {"total_size": total}, "weight_map": where}
    (folder / "model.safetensors.index.json").write_text(json.dumps(index, indent=2))
    meta.config.dtype = dtype
    meta.config.tie_word_embeddings = tied
    meta.config.save_pretrained(folder)
    models.word_tokenizer(meta.config.vocab_size).save_pretrained(folder)
    return {"n_params": sum(torch.Size(s).numel() for s in names.values()), "n_shards": len(files), "bytes": total}


def write_random_adapter(base: Path, folder: Path, r: int = 16, targets=TARGETS) -> dict:
    """A PEFT LoRA adapter (non-zero A and B) for the Linear layers of `base` named in `targets`."""
    import torch
    from peft import LoraConfig
    from safetensors.torch import save_file
    from transformers import AutoConfig, AutoModelForCausalLM

    with torch.device("meta"):
        meta = AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(base))
    gen = torch.Generator().manual_seed(1)
    sd = {}
    for name, m in meta.named_modules():
        if isinstance(m, torch.nn.Linear) and name.rsplit(".", 1)[-1] in targets:
            key = f"base_model.model.{name}.lora_"
            sd[key + "A.weight"] = torch.randn(r, m.in_features, generator=gen) / m.in_features**0.5
            sd[key + "B.weight"] = torch.randn(m.out_features, r, generator=gen) * 0.01
    folder.mkdir(parents=True, exist_ok=True)
    LoraConfig(r=r, lora_alpha=2 * r, target_modules=list(targets), task_type="CAUSAL_LM",
               base_model_name_or_path=str(base)).save_pretrained(folder)
    save_file(sd, folder / "adapter_model.safetensors")
    return {"r": r, "alpha": 2 * r, "targets": list(targets), "lora_tensors": len(sd)}


def peft_merge(base: Path, adapter: Path, out: Path, dtype: str, device: str) -> dict:
    """The tutorial's way, timed: whole base on `device`, PeftModel, merge_and_unload, save_pretrained."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    cuda = device == "cuda"
    sync = torch.cuda.synchronize if cuda else (lambda: None)
    with PeakRSS() as rss:
        t0 = time.perf_counter()
        model = AutoModelForCausalLM.from_pretrained(base, dtype=getattr(torch, dtype), device_map=device)
        model = PeftModel.from_pretrained(model, str(adapter))
        sync()
        t1 = time.perf_counter()
        if cuda:
            torch.cuda.reset_peak_memory_stats()
        merged = model.merge_and_unload()
        sync()
        t2 = time.perf_counter()
        merged.save_pretrained(out)
        t3 = time.perf_counter()
    return {"device": device, "load_s": round(t1 - t0, 2), "merge_s": round(t2 - t1, 2), "save_s": round(t3 - t2, 2),
            "total_s": round(t3 - t0, 2), **rss.record(),
            "peak_gpu_gib": round(torch.cuda.max_memory_allocated() / 2**30, 3) if cuda else None}


def _tensor_files(folder: Path) -> dict[str, Path]:
    idx = folder / "model.safetensors.index.json"
    if idx.is_file():
        return {k: folder / f for k, f in json.loads(idx.read_text())["weight_map"].items()}
    from safetensors import safe_open

    with safe_open(folder / "model.safetensors", "pt") as f:
        return dict.fromkeys(f.keys(), folder / "model.safetensors")


def diff_folders(a: Path, b: Path) -> dict:
    """Tensor by tensor: how two saved models differ (max abs difference, bit-identical tensors)."""
    import torch
    from safetensors import safe_open

    fa, fb = _tensor_files(a), _tensor_files(b)
    mx, equal = 0.0, 0
    for k in sorted(fa):
        with safe_open(fa[k], "pt") as x, safe_open(fb[k], "pt") as y:
            t, u = x.get_tensor(k), y.get_tensor(k)
        mx, equal = max(mx, (t.float() - u.float()).abs().max().item()), equal + torch.equal(t, u)
    return {"max_abs_diff": mx, "identical_tensors": equal, "tensors": len(fa)}


def _in_child(args: list[str]) -> dict:
    """Run `python -m harness.merge_check ARGS` (a fresh process: its peak RSS is the merge's own)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1]),
                                                        os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, "-m", "harness.merge_check", *args], capture_output=True, text=True,
                          env=env, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"merge_check {args[0]} failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench(shape: str = "mistral-7b", out: Path | None = None, r: int = 16, dtype: str = "bfloat16",
          shard_gib: float = 5.0, peft_device: str = "auto", workdir: str | None = None) -> dict:
    """Time the shard-by-shard CPU merge (and PEFT's merge_and_unload) on a random `shape` checkpoint."""
    import torch

    if peft_device == "auto":
        peft_device = "cuda" if torch.cuda.is_available() else "none"
    with tempfile.TemporaryDirectory(dir=workdir, prefix="merge-bench-") as tmp:
        t = Path(tmp)
        t0 = time.perf_counter()
        rec = {"shape": shape, "dtype": dtype, "base": write_random_base(shape, t / "base", dtype, shard_gib)}
        rec["base"]["write_s"] = round(time.perf_counter() - t0, 2)
        rec["adapter"] = write_random_adapter(t / "base", t / "adapter", r)
        rec["shards"] = _in_child(["merge", str(t / "base"), str(t / "adapter"), str(t / "shards"), "--dtype", dtype])
        if peft_device != "none":
            rec["peft"] = _in_child(["peft", str(t / "base"), str(t / "adapter"), str(t / "peft"), "--dtype", dtype,
                                     "--device", peft_device])
            rec["shards_vs_peft"] = diff_folders(t / "shards", t / "peft")
    rec["host"] = {"cpus": os.cpu_count(), "torch": torch.__version__,
                   "gpu": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None}
    if out:
        Path(out).write_text(json.dumps(rec, indent=1))
    return rec


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m harness.merge_check", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("bench", help="time the merges on random weights of a named shape; writes JSON")
    b.add_argument("--shape", default="mistral-7b", help="random-weights shape: " + " | ".join(models.SHAPES))
    b.add_argument("--out", type=Path)
    b.add_argument("--rank", type=int, default=16)
    b.add_argument("--dtype", default="bfloat16", choices=["bfloat16", "float16", "float32"])
    b.add_argument("--shard-gib", type=float, default=5.0, help="size of the base's safetensors shards")
    b.add_argument("--peft-device", default="auto", choices=["auto", "cuda", "cpu", "none"],
                   help="where PEFT's merge_and_unload runs (auto: cuda if there is one, else skipped)")
    b.add_argument("--workdir", help="where the temporary checkpoints go (default: the system temp dir)")
    for name in ("merge", "peft"):
        m = sub.add_parser(name, help=f"{'shard-by-shard CPU' if name == 'merge' else 'PEFT'} merge; prints JSON")
        for arg in ("base", "adapter", "out"):
            m.add_argument(arg)
        m.add_argument("--dtype", default="bfloat16")
        m.add_argument("--device", default="cpu", help="peft: cpu | cuda")
        m.add_argument("--base-kind", default="16bit", choices=["16bit", "nf4-dequantized"], help="merge only")
        m.add_argument("--compute-dtype", default="float32", help="merge with nf4-dequantized: the training's")
    a = p.parse_args(argv)
    if a.command == "bench":
        rec = bench(a.shape, a.out, a.rank, a.dtype, a.shard_gib, a.peft_device, a.workdir)
    elif a.command == "merge":
        rec = merge(models.ModelSource(a.base), Path(a.adapter), Path(a.out), a.dtype, base=a.base_kind,
                    compute_dtype=a.compute_dtype)
    else:
        rec = peft_merge(Path(a.base), Path(a.adapter), Path(a.out), a.dtype, a.device)
    print(json.dumps(rec))
    return 0


if __name__ == "__main__":
    sys.exit(main())
