"""Run configuration: dataclasses, YAML recipes, `--set key=value` overrides, validation, hashing.

Every key is typed and documented; an unknown key, a wrong type or an impossible value is one
`HarnessError` line that names the key. `config_hash` is a canonical hash of a config (slice).
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any

import yaml

from harness import cpu_matmul
from harness.errors import HarnessError

STAGES = ("eval-base", "train", "eval-adapter", "merge", "eval-merged", "report")


@dataclass
class ModelConfig:
    """Which model to start from."""

    name_or_path: str = "embedded:smollm2-135m"
    """hub id, local folder, local .gguf file, or `embedded:smollm2-135m`"""
    gguf_file: str | None = None
    """GGUF file name inside `name_or_path` when that is a folder or hub repo"""
    revision: str | None = None
    """hub revision (branch, tag or commit)"""
    dtype: str = "auto"
    """weights dtype for evaluation and merge: auto (bf16 on GPU, fp32 on CPU) | float32 | bfloat16 | float16"""
    cpu_matmul: str = "auto"
    """CPU: precision of fp32 matmuls in evaluation and training: auto (bfloat16 where the CPU has AMX-BF16, else
    float32) | float32 | bfloat16 (bf16 inputs and weights, fp32 sums; see harness/cpu_matmul.py)"""
    trust_remote_code: bool = False


@dataclass
class DataConfig:
    """The SFT dataset: alpaca-style rows (instruction, input, output)."""

    path: str = "shipped:code_instructions"
    """`shipped:code_instructions`, a local .jsonl/.json file, or a hub dataset id"""
    split: str = "train"
    heldout_fraction: float = 0.1
    """fraction of rows held out of training (never trained on; eval loss and later the heldout task)"""
    max_rows: int | None = None
    seed: int = 0
    on_bad_row: str = "error"
    """error | skip: what to do with a malformed row"""


@dataclass
class LoraConfig:
    """PEFT LoRA adapter."""

    r: int = 16
    alpha: int = 32
    dropout: float = 0.05
    target_modules: list[str] = field(
        default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
    )


@dataclass
class TrainConfig:
    """QLoRA supervised fine-tuning with TRL's SFTTrainer."""

    quantization: str = "nf4"
    """nf4 (4-bit base through bitsandbytes, QLoRA) | none (plain LoRA on a 16/32-bit base)"""
    double_quant: bool = False
    compute_dtype: str = "auto"
    """dtype of 4-bit matmuls and LoRA compute: auto (bf16 on GPU, fp32 on CPU) | float32 | bfloat16 | float16"""
    prompt_format: str = "chat"
    """chat (the tokenizer's chat template) | seed (the tutorial's `<s>[INST] ... [/INST]` text)"""
    completion_only_loss: bool = True
    """loss on the answer tokens only (False: on prompt and answer)"""
    max_steps: int = 100
    batch_size: int = 4
    grad_accum: int = 1
    lr: float = 2e-4
    lr_scheduler: str = "constant"
    warmup_ratio: float = 0.03
    weight_decay: float = 0.001
    max_grad_norm: float = 0.3
    optim: str = "adamw_torch"
    max_seq_len: int = 512
    group_by_length: bool = True
    gradient_checkpointing: bool = False
    checkpoint_layers: float = 1.0
    """with gradient_checkpointing: fraction of decoder layers recomputed in the backward pass (selective
    checkpointing trades memory for speed; 1.0 = every layer)"""
    checkpoint_reentrant: bool = False
    """with gradient_checkpointing: reentrant checkpointing (the older torch default, what the tutorial ran) or
    non-reentrant (recomputes a layer only as far as its backward needs; 20% faster on the 7B shape)"""
    checkpoint_save: str = "none"
    """with gradient_checkpointing: base-layer matmul outputs kept instead of recomputed (selective activation
    checkpointing): none | mlp (gate and up projections) | projections (mlp and q/k/v/o). Eager torch pays a
    Python dispatch per op for it: on the 7B shape `mlp` was slower than none (5,464 vs 7,351 tokens/s)"""
    liger_kernel: bool = False
    """Liger's fused Triton kernels for RMSNorm, SwiGLU and RoPE (needs CUDA and `pip install liger-kernel`)"""
    packing: bool = False
    gpus: int = 1
    """processes training data parallel (DDP through `accelerate launch`), one per GPU; each takes
    `batch_size` rows a step, so the global batch is gpus x batch_size x grad_accum"""
    parallel: str = "ddp"
    """with gpus > 1: ddp (every GPU holds the whole base) | fsdp (FSDP FULL_SHARD of the decoder layers: each GPU
    holds 1/gpus of the base; needs CUDA; a 4-bit base is then stored in the compute dtype)"""
    logging_steps: int = 1
    save_steps: int = 50
    """checkpoint every N steps (a killed run resumes from the last one; none under train.parallel=fsdp)"""
    eval_steps: int = 50
    seed: int = 42


@dataclass
class MergeConfig:
    """Merging the adapter into a base, and what the merge cost (equivalence figures)."""

    dtype: str = "float16"
    """float16 | bfloat16 | float32: dtype of the merged model as saved"""
    base: str = "16bit"
    """16bit (the base's own weights, the tutorial's way) | nf4-dequantized (each weight the 4-bit load
    quantizes, through NF4 and back as in training: what the adapter saw)"""
    method: str = "shards"
    """shards (stream the base's safetensors on CPU, one tensor at a time) | peft (load the whole model,
    PEFT's merge_and_unload)"""
    equivalence: str = "as-trained"
    """off | as-trained (merged vs the adapter on its training base) | both (also vs the adapter on a
    16-bit base when training was on NF4)"""
    probe_tokens: int = 32
    """greedy tokens per probe prompt for the equivalence figures"""


@dataclass
class GenerationConfig:
    """Sampling settings for evaluation."""

    max_new_tokens: int = 512
    do_sample: bool = False
    temperature: float = 0.8
    """used only when do_sample"""
    top_p: float = 0.95
    n_samples: int = 1
    """samples per problem (greedy needs 1)"""
    batch_size: int = 16
    seed: int = 1234
    engine: str = "auto"
    """auto (slots for Llama-family models, else dynamic) | slots (a static KV cache row per batch slot; on
    GPU the decode step is captured as a CUDA graph, on CPU it runs only the live rows) | dynamic
    (transformers' DynamicCache, any model)"""
    prompt_lookup: int = 0
    """greedy on CPU with the slot engine, once at most 16 rows run: up to N draft tokens per step, copied from
    where the sequence's last n-gram occurred before (prompt-lookup decoding), checked in the same forward pass;
    the output is unchanged (0: off)"""


@dataclass
class EvalConfig:
    """What to evaluate and how to score it."""

    tasks: list[str] = field(default_factory=lambda: ["humaneval"])
    prompt_mode: str = "chat"
    """chat (instruct models, the tokenizer's chat template) | completion (base models, raw prompt)"""
    ks: list[int] = field(default_factory=lambda: [1])
    limit: int | None = None
    """first N problems of each task (None: all)"""
    timeout_s: float = 10.0
    workers: int | None = None
    """parallel programs (None: all CPU cores)"""
    gpus: int = 1
    """generation processes, one per GPU, each generating a shard of the samples (data parallel)"""


@dataclass
class RunConfig:
    """A whole recipe."""

    recipe: str = "custom"
    description: str = ""
    model: ModelConfig = field(default_factory=ModelConfig)
    data: DataConfig = field(default_factory=DataConfig)
    lora: LoraConfig = field(default_factory=LoraConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    merge: MergeConfig = field(default_factory=MergeConfig)
    generation: GenerationConfig = field(default_factory=GenerationConfig)
    eval: EvalConfig = field(default_factory=EvalConfig)
    notes: list[str] = field(default_factory=list)
    """deviations from the recipe's source, shown in the report"""


CHOICES = {
    "model.dtype": {"auto", "float32", "bfloat16", "float16"},
    "model.cpu_matmul": set(cpu_matmul.CHOICES),
    "data.on_bad_row": {"error", "skip"},
    "train.quantization": {"nf4", "none"},
    "train.compute_dtype": {"auto", "float32", "bfloat16", "float16"},
    "train.prompt_format": {"chat", "seed"},
    "train.lr_scheduler": {"constant", "linear", "cosine", "constant_with_warmup"},
    "merge.dtype": {"float16", "bfloat16", "float32"},
    "merge.base": {"16bit", "nf4-dequantized"},
    "merge.method": {"shards", "peft"},
    "merge.equivalence": {"off", "as-trained", "both"},
    "eval.prompt_mode": {"chat", "completion"},
    "generation.engine": {"auto", "slots", "dynamic"},
    "train.checkpoint_save": {"none", "mlp", "projections"},
    "train.parallel": {"ddp", "fsdp"},
}
POSITIVE = {"train.max_steps", "train.batch_size", "train.grad_accum", "train.max_seq_len", "lora.r",
            "lora.alpha", "generation.max_new_tokens", "generation.n_samples", "generation.batch_size",
            "eval.limit", "eval.timeout_s", "eval.workers", "eval.gpus", "train.gpus", "train.logging_steps", "train.save_steps",
            "train.eval_steps", "train.lr", "data.max_rows", "merge.probe_tokens"}
FRACTIONS = {"data.heldout_fraction", "lora.dropout", "train.warmup_ratio", "generation.top_p",
             "train.checkpoint_layers"}


def _fail(key: str, msg: str) -> HarnessError:
    return HarnessError(f"config: {key}: {msg}")


def _coerce(key: str, value: Any, tp: Any) -> Any:
    """Check `value` against the annotation `tp` (ints accepted for floats)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _coerce(key, value, inner[0])
    if origin is list:
        (item,) = typing.get_args(tp)
        if isinstance(value, str):
            value = [yaml.safe_load(v.strip()) for v in value.split(",") if v.strip()]
        if not isinstance(value, list):
            raise _fail(key, f"expected a list, got {value!r}")
        return [_coerce(key, v, item) for v in value]
    if tp is bool:
        if isinstance(value, bool):
            return value
        raise _fail(key, f"expected true/false, got {value!r}")
    if tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise _fail(key, f"expected an integer, got {value!r}")
    if tp is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        raise _fail(key, f"expected a number, got {value!r}")
    if tp is str:
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return str(value)
        raise _fail(key, f"expected a string, got {value!r}")
    raise _fail(key, f"unsupported type {tp}")


def _build(cls: type, data: dict, prefix: str = "") -> Any:
    if not isinstance(data, dict):
        raise _fail(prefix.rstrip(".") or "config", f"expected a mapping, got {data!r}")
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    kwargs = {}
    for key, value in data.items():
        if key not in names:
            close = difflib.get_close_matches(str(key), names, n=1)
            hint = f"; did you mean '{prefix}{close[0]}'?" if close else f"; known keys: {', '.join(names)}"
            raise _fail(f"{prefix}{key}", f"unknown key{hint}")
        tp = hints[key]
        if dataclasses.is_dataclass(tp):
            kwargs[key] = _build(tp, value or {}, f"{prefix}{key}.")
        else:
            kwargs[key] = _coerce(f"{prefix}{key}", value, tp)
    return cls(**kwargs)


def validate(cfg: RunConfig) -> RunConfig:
    """Check values that types cannot express; returns cfg."""
    flat = to_dict(cfg)
    for key, allowed in CHOICES.items():
        section, name = key.split(".")
        value = flat[section][name]
        if value not in allowed:
            raise _fail(key, f"{value!r} is not one of {', '.join(sorted(allowed))}")
    for key in POSITIVE:
        section, name = key.split(".")
        value = flat[section][name]
        if value is not None and value <= 0:
            raise _fail(key, f"must be > 0, got {value!r}")
    for key in FRACTIONS:
        section, name = key.split(".")
        value = flat[section][name]
        if not 0 <= value <= 1:
            raise _fail(key, f"must be within [0, 1], got {value!r}")
    if flat["data"]["heldout_fraction"] >= 1:
        raise _fail("data.heldout_fraction", "must leave rows to train on (< 1)")
    gen, ev = cfg.generation, cfg.eval
    if not gen.do_sample and gen.n_samples != 1:
        raise _fail("generation.n_samples", "greedy decoding gives one sample per problem; set "
                    "generation.do_sample=true for n > 1")
    too_big = [k for k in ev.ks if k > gen.n_samples or k <= 0]
    if too_big:
        raise _fail("eval.ks", f"k={too_big[0]} needs 1 <= k <= generation.n_samples "
                    f"({gen.n_samples}); raise generation.n_samples or drop that k")
    if gen.prompt_lookup < 0:
        raise _fail("generation.prompt_lookup", f"must be >= 0 (0 turns it off), got {gen.prompt_lookup!r}")
    if gen.do_sample and gen.temperature <= 0:
        raise _fail("generation.temperature", "must be > 0 when sampling")
    if cfg.merge.base == "nf4-dequantized" and cfg.train.quantization != "nf4":
        raise _fail("merge.base", "nf4-dequantized needs train.quantization=nf4 (the adapter saw a 16-bit base)")
    if not cfg.eval.tasks:
        raise _fail("eval.tasks", "needs at least one task")
    return cfg


def from_dict(data: dict) -> RunConfig:
    """Build and validate a RunConfig from a (YAML-loaded) mapping."""
    return validate(_build(RunConfig, data))


def to_dict(cfg: Any) -> dict:
    return dataclasses.asdict(cfg)


def parse_override(item: str) -> tuple[list[str], Any]:
    """`train.lr=1e-4` -> (['train', 'lr'], 0.0001); the value is read as YAML."""
    if "=" not in item:
        raise HarnessError(f"--set {item!r}: expected KEY=VALUE, e.g. --set train.lr=1e-4")
    key, raw = item.split("=", 1)
    try:
        value = yaml.safe_load(raw) if raw != "" else None
    except yaml.YAMLError:
        value = raw
    if isinstance(value, str) and _looks_numeric(value):
        value = float(value)
    return key.strip().split("."), value


def _looks_numeric(s: str) -> bool:
    try:
        float(s)
    except ValueError:
        return False
    return True


def apply_overrides(data: dict, overrides: list[str]) -> dict:
    """Apply `--set` overrides to a raw mapping (before validation)."""
    data = json.loads(json.dumps(data))
    for item in overrides:
        path, value = parse_override(item)
        node = data
        for part in path[:-1]:
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                raise HarnessError(f"--set {item!r}: '{part}' is not a section")
        node[path[-1]] = value
    return data


def load_yaml(text: str, source: str) -> dict:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as e:
        raise HarnessError(f"{source}: not valid YAML ({str(e).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise HarnessError(f"{source}: expected a mapping at the top level")
    return data


def config_hash(obj: Any, length: int = 12) -> str:
    """Canonical sha256 of a JSON-able object (dataclasses allowed)."""
    if dataclasses.is_dataclass(obj):
        obj = dataclasses.asdict(obj)
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:length]


def dump_yaml(cfg: RunConfig) -> str:
    return yaml.safe_dump(to_dict(cfg), sort_keys=False)
