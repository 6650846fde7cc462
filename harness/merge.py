"""Merge a LoRA adapter into its base; save a plain Hugging Face model (loads without `peft`).

Bases: `16bit`, the base's own weights (the tutorial's way), or `nf4-dequantized`, every Linear weight
the 4-bit load quantizes put through NF4 (blocksize 64, double-quant as trained) and back: the weights
the adapter saw in training. Methods: `shards` streams the base's safetensors on CPU one tensor at a
time, W' = W + scale·B·A in fp32 cast to the target dtype, without building the model (peak memory ≈
the largest tensor + the adapter); `peft` loads the model and calls PEFT's `merge_and_unload`."""

from __future__ import annotations

import functools
import json
import re
import shutil
import struct
import time
from pathlib import Path

from harness.cpu_memory import PeakRSS
from harness.errors import HarnessError
from harness.models import ModelSource, load_tokenizer, materialize

BASES = ("16bit", "nf4-dequantized")
METHODS = ("shards", "peft")
NF4_BLOCKSIZE = 64  # bitsandbytes' Params4bit default, what a 4-bit from_pretrained uses
ST_DTYPES = {"F64": "float64", "F32": "float32", "F16": "float16", "BF16": "bfloat16", "I64": "int64",
             "I32": "int32", "I16": "int16", "I8": "int8", "U8": "uint8", "BOOL": "bool"}
UNSUPPORTED = ("use_dora", "lora_bias", "layer_replication", "trainable_token_indices", "target_parameters",
               "use_qalora", "alora_invocation_tokens", "use_bdlora")


def merge(src: ModelSource, adapter_dir: Path, out_dir: Path, dtype_name: str, *, base: str = "16bit",
          method: str = "shards", compute_dtype: str = "float32", double_quant: bool = False) -> dict:
    """Write the merged model (and tokenizer) to `out_dir`; returns the merge record for results.json."""
    if base not in BASES or method not in METHODS:
        raise HarnessError(f"merge: base must be one of {', '.join(BASES)} and method one of {', '.join(METHODS)}")
    import torch
    import transformers  # noqa: F401  (imported before the clock starts: the record times the merge)
    t0 = time.perf_counter()
    with PeakRSS() as rss:
        folder = local_folder(src)
        fn = merge_shards if method == "shards" else merge_peft
        info = fn(folder, Path(adapter_dir), Path(out_dir), dtype_name, base=base, compute_dtype=compute_dtype,
                  double_quant=double_quant)
        tok_src = next((d for d in (Path(adapter_dir), folder) if (d / "tokenizer_config.json").is_file()), None)
        if tok_src is not None:  # the adapter's (as trained), else the base's
            load_tokenizer(ModelSource(str(tok_src))).save_pretrained(out_dir)
    nf4 = {"compute_dtype": compute_dtype, "double_quant": double_quant, "blocksize": NF4_BLOCKSIZE,
           "quantized_on": "cuda" if torch.cuda.is_available() else "cpu"}
    return {"method": method, "base": base, "dtype": dtype_name, "device": "cpu",
            "merge_s": round(time.perf_counter() - t0, 2), **rss.record(), **info,
            **({"nf4": nf4} if base == "nf4-dequantized" else {}), "tokenizer_from": tok_src and str(tok_src), "path": str(out_dir)}


def local_folder(src: ModelSource) -> Path:
    """A local Hugging Face folder for `src`: GGUF is materialized, a hub id downloaded (safetensors only)."""
    src = materialize(src)
    if not src.hub:
        return Path(src.path)
    from huggingface_hub import snapshot_download

    patterns = ["*.json", "model*.safetensors", "tokenizer*", "*.model", "*.jinja", "*.txt"]
    return Path(snapshot_download(src.path, revision=src.revision, allow_patterns=patterns))


# ------------------------------------------------------------------ NF4 round trip (what QLoRA trains on)
def nf4_roundtrip(w, compute_dtype: str, double_quant: bool):
    """`w` quantized to NF4 the way a 4-bit load does (cast to the compute dtype first), dequantized, fp32."""
    import bitsandbytes.functional as bnbf
    import torch

    dev = "cuda" if torch.cuda.is_available() else "cpu"
    x = w.to(device=dev, dtype=getattr(torch, compute_dtype)).contiguous()
    q, state = bnbf.quantize_4bit(x, blocksize=NF4_BLOCKSIZE, compress_statistics=double_quant, quant_type="nf4")
    return bnbf.dequantize_4bit(q, state).to("cpu", torch.float32)


def quantized_linears(model) -> set[str]:
    """Names of the modules a bitsandbytes 4-bit load replaces (nn.Linear minus transformers' skips)."""
    import torch
    from transformers.pytorch_utils import Conv1D

    try:
        from transformers.quantizers.base import get_keys_to_not_convert
        from transformers.quantizers.quantizers_utils import should_convert_module
    except ImportError:  # other transformers versions: what they skip by default, the output embedding
        out = model.get_output_embeddings()
        return {n for n, m in model.named_modules() if type(m) is torch.nn.Linear and m is not out}
    skip = list(set(get_keys_to_not_convert(model)) | set(getattr(model, "_keep_in_fp32_modules", None) or []))
    return {name for name, m in model.named_modules()
            if (type(m) is torch.nn.Linear or isinstance(m, Conv1D)) and should_convert_module(name, skip)}


def _meta_model(folder: Path):
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    try:
        with torch.device("meta"):
            return AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(folder))
    except (ValueError, OSError, KeyError) as e:
        raise HarnessError(f"merge.method=shards cannot read the model's layout ({str(e)[:200]}); "
                           "use --set merge.method=peft") from None


# ------------------------------------------------------------------ the adapter
def read_adapter(adapter_dir: Path) -> tuple[dict, dict]:
    """(lora, replace): base weight key -> (A, B, scale, transpose), and base key -> tensor for tensors the
    adapter stores whole (modules_to_save, trained biases, a resized embedding's base_layer)."""
    import torch

    cfg = json.loads((adapter_dir / "adapter_config.json").read_text())
    bad = [k for k in UNSUPPORTED if cfg.get(k)] + ([] if cfg.get("peft_type", "LORA") == "LORA" else ["peft_type"])
    if bad:
        raise HarnessError(f"merge.method=shards does not handle {bad[0]} adapters; use --set merge.method=peft")
    st = adapter_dir / "adapter_model.safetensors"
    if st.is_file():
        from safetensors.torch import load_file

        sd = load_file(st)
    else:
        sd = torch.load(adapter_dir / "adapter_model.bin", map_location="cpu", weights_only=True)
    pairs: dict[str, dict] = {}
    replace = {}
    for key, t in sd.items():
        key = key.removeprefix("base_model.model.")
        m = re.fullmatch(r"(.+)\.lora_(A|B)\.weight|(.+)\.lora_embedding_(A|B)", key)
        if m:
            mod, ab, emb = (m[1], m[2], False) if m[1] else (m[3], m[4], True)
            pairs.setdefault(mod, {"emb": emb})[ab] = t
        else:
            replace[key.replace(".base_layer.", ".")] = t
    lora = {}
    for mod, p in pairs.items():
        r = p["A"].shape[0]
        alpha = _pattern(cfg.get("alpha_pattern") or {}, mod, cfg["lora_alpha"])
        scale = alpha / r**0.5 if cfg.get("use_rslora") else alpha / r
        lora[f"{mod}.weight"] = (p["A"], p["B"], scale, p["emb"] or bool(cfg.get("fan_in_fan_out")))
    return lora, replace


def _pattern(patterns: dict, name: str, default):
    """PEFT's rank/alpha pattern lookup: a key matching the module name exactly or as a dotted suffix."""
    for key, value in patterns.items():
        if key == name or re.fullmatch(rf"(.*\.)?{key}", name):
            return value
    return default


def delta(a, b, scale: float, transpose: bool):
    """scale·B·A in fp32, in PEFT's order of operations (transposed for fan_in_fan_out and embeddings)."""
    import torch

    ba = b.to(torch.float32) @ a.to(torch.float32)
    return (ba.T if transpose else ba) * scale


# ------------------------------------------------------------------ safetensors, one tensor at a time
def read_header(path: Path) -> tuple[dict, int]:
    """(header, offset of the data) of a safetensors file."""
    with open(path, "rb") as f:
        (n,) = struct.unpack("<Q", f.read(8))
        return json.loads(f.read(n)), 8 + n


def read_tensor(f, data_start: int, info: dict):
    import torch

    t = torch.empty(info["shape"], dtype=getattr(torch, ST_DTYPES[info["dtype"]]))
    begin, end = info["data_offsets"]
    if end > begin:
        f.seek(data_start + begin)
        f.readinto(t.reshape(-1).view(torch.uint8).numpy())
    return t


def write_safetensors(path: Path, specs: list[tuple[str, str, list[int]]], produce) -> int:
    """Write tensors `produce(name)` in the order of `specs` (name, ST dtype, shape); returns data bytes."""
    import torch

    sizes = {"F64": 8, "I64": 8, "F32": 4, "I32": 4, "F16": 2, "BF16": 2, "I16": 2, "I8": 1, "U8": 1, "BOOL": 1}
    header: dict = {"__metadata__": {"format": "pt"}}
    pos = 0
    for name, dt, shape in specs:
        n = sizes[dt] * int(torch.Size(shape).numel())
        header[name] = {"dtype": dt, "shape": shape, "data_offsets": [pos, pos + n]}
        pos += n
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-(8 + len(text)) % 8)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text)
        for name, dt, shape in specs:
            t = produce(name).contiguous()
            if list(t.shape) != list(shape) or t.dtype != getattr(torch, ST_DTYPES[dt]):
                raise HarnessError(f"merge: {name} came out as {t.dtype} {list(t.shape)}, expected {dt} {shape}")
            f.write(t.reshape(-1).view(torch.uint8).numpy().data)
    tmp.replace(path)
    return pos


def merge_shards(folder: Path, adapter_dir: Path, out_dir: Path, dtype_name: str, *, base: str = "16bit",
                 compute_dtype: str = "float32", double_quant: bool = False) -> dict:
    """Merge shard by shard from `folder`'s safetensors without building the model; returns shard facts."""
    import torch

    index_path = folder / "model.safetensors.index.json"
    index = json.loads(index_path.read_text()) if index_path.is_file() else None
    shards = sorted(set(index["weight_map"].values())) if index else ["model.safetensors"]
    if not all((folder / s).is_file() for s in shards):
        raise HarnessError(f"merge.method=shards needs the base as safetensors in {folder}; "
                           "use --set merge.method=peft")
    headers = {s: read_header(folder / s) for s in shards}
    where = {k: s for s, (h, _) in headers.items() for k in h if k != "__metadata__"}
    config = json.loads((folder / "config.json").read_text())
    lora, replace = read_adapter(adapter_dir)
    meta = _meta_model(folder)
    tied: dict[str, str] = {}
    if getattr(meta.config, "tie_word_embeddings", False) and meta.get_output_embeddings() is not None:
        names = {id(m): n for n, m in meta.named_modules()}
        out_w = names[id(meta.get_output_embeddings())] + ".weight"
        in_w = names[id(meta.get_input_embeddings())] + ".weight"
        touched = {out_w, in_w} & (set(lora) | set(replace))
        if out_w != in_w and touched and out_w not in where:  # the adapter changes one side: untie
            tied[out_w] = in_w
    quantized = {f"{n}.weight" for n in quantized_linears(meta)} if base == "nf4-dequantized" else set()
    missing = [k for k in [*lora, *replace] if k not in where and k not in tied]
    if missing:
        raise HarnessError(f"merge: the adapter changes {missing[0]}, which the base checkpoint lacks; "
                           "use --set merge.method=peft")
    target = getattr(torch, dtype_name)
    st_target = {v: k for k, v in ST_DTYPES.items()}[dtype_name]

    def produce(f, data_start: int, h: dict, name: str):
        w = replace[name] if name in replace else read_tensor(f, data_start, h[tied.get(name, name)])
        if not w.is_floating_point():
            return w
        if name in quantized and name not in replace:
            w = nf4_roundtrip(w, compute_dtype, double_quant)
        if name in lora:
            w = w.to(torch.float32) + delta(*lora[name])
        return w.to(target)

    out_dir.mkdir(parents=True, exist_ok=True)
    total = n_params = 0
    for shard in shards:
        h, data_start = headers[shard]
        names = sorted((k for k in h if k != "__metadata__"), key=lambda k: h[k]["data_offsets"][0])
        names += [t for t, s in tied.items() if where[s] == shard]
        src_info = {n: h[tied.get(n, n)] for n in names}
        specs = [(n, st_target if ST_DTYPES[i["dtype"]].startswith(("float", "bfloat")) else i["dtype"],
                  list(replace[n].shape) if n in replace else i["shape"]) for n, i in src_info.items()]
        n_params += sum(int(torch.Size(shape).numel()) for _, _, shape in specs)
        with open(folder / shard, "rb") as f:
            total += write_safetensors(out_dir / shard, specs, functools.partial(produce, f, data_start, h))
    if index:
        index["weight_map"].update({t: where[s] for t, s in tied.items()})
        index["metadata"] = {**index.get("metadata", {}), "total_size": total}
        (out_dir / index_path.name).write_text(json.dumps(index, indent=2, sort_keys=True) + "\n")
    config.pop("quantization_config", None)
    config["dtype"] = dtype_name
    if "torch_dtype" in config:
        config["torch_dtype"] = dtype_name
    if tied:
        config["tie_word_embeddings"] = False
    (out_dir / "config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n")
    if (folder / "generation_config.json").is_file():
        shutil.copyfile(folder / "generation_config.json", out_dir / "generation_config.json")
    return {"n_params": n_params, "n_shards": len(shards), "merged_tensors": len(lora), "replaced_tensors": len(replace),
            "nf4_tensors": len(quantized), "untied": sorted(tied), "bytes": total}


def merge_peft(folder: Path, adapter_dir: Path, out_dir: Path, dtype_name: str, *, base: str = "16bit",
               compute_dtype: str = "float32", double_quant: bool = False) -> dict:
    """The tutorial's way: the whole base in `dtype_name`, PEFT's merge_and_unload, save_pretrained."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    dtype = getattr(torch, dtype_name)
    nf4 = base == "nf4-dequantized"  # quantize the checkpoint's values (as a 4-bit load does), not rounded ones
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32 if nf4 else dtype)
    names = quantized_linears(model) if nf4 else set()
    for name in names:
        w = model.get_submodule(name).weight
        w.data = nf4_roundtrip(w.data, compute_dtype, double_quant)
    model.to(dtype)
    merged = PeftModel.from_pretrained(model, str(adapter_dir)).merge_and_unload()
    merged.save_pretrained(out_dir, safe_serialization=True)
    return {"n_params": sum(p.numel() for p in merged.parameters()), "nf4_tensors": len(names)}
