"""Merging in the style of litgpt's test_lora_merge: merged weight = W + scale * B @ A, merged logits
equal the adapter's on a 16/32-bit base, the result loads with plain transformers."""

from __future__ import annotations

import json

import pytest
import torch
from safetensors.torch import load_file

from harness.merge import merge
from harness.models import ModelSource


@pytest.fixture(scope="module")
def adapter_dir(tiny_model_dir, tmp_path_factory):
    """A LoRA adapter with random (non-zero) B, so merging changes the weights."""
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(1)
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    peft = get_peft_model(base, LoraConfig(r=4, lora_alpha=32, target_modules=["q_proj", "v_proj", "down_proj"],
                                           init_lora_weights=False))
    out = tmp_path_factory.mktemp("adapter")
    peft.save_pretrained(out)
    from transformers import AutoTokenizer

    AutoTokenizer.from_pretrained(tiny_model_dir).save_pretrained(out)
    return out


def _adapter_model(tiny_model_dir, adapter_dir):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    return PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model_dir), adapter_dir).eval()


def test_merged_weight_is_w_plus_scaled_ba(tiny_model_dir, adapter_dir, tmp_path):
    rec = merge(ModelSource(str(tiny_model_dir)), adapter_dir, tmp_path / "m", "float32")
    assert rec["dtype"] == "float32" and rec["merge_s"] >= 0
    merged = load_file(tmp_path / "m" / "model.safetensors")
    base = load_file(tiny_model_dir / "model.safetensors")
    lora = load_file(adapter_dir / "adapter_model.safetensors")
    scale = json.loads((adapter_dir / "adapter_config.json").read_text())["lora_alpha"] / 4
    name = "model.layers.0.self_attn.q_proj"
    a = lora[f"base_model.model.{name}.lora_A.weight"]
    b = lora[f"base_model.model.{name}.lora_B.weight"]
    expected = base[f"{name}.weight"] + scale * b @ a
    torch.testing.assert_close(merged[f"{name}.weight"], expected, rtol=1e-5, atol=1e-6)
    untouched = "model.layers.0.self_attn.k_proj.weight"
    torch.testing.assert_close(merged[untouched], base[untouched])
    assert not any("lora" in k for k in merged), "merged checkpoint must hold no LoRA tensors"


@pytest.mark.parametrize("dtype, atol", [("float32", 1e-4), ("float16", 3e-2), ("bfloat16", 1e-1)])
def test_merged_logits_match_the_adapter(tiny_model_dir, adapter_dir, tmp_path, dtype, atol):
    from transformers import AutoModelForCausalLM

    merge(ModelSource(str(tiny_model_dir)), adapter_dir, tmp_path / "m", dtype)
    merged = AutoModelForCausalLM.from_pretrained(tmp_path / "m", dtype=torch.float32).eval()
    assert not hasattr(merged, "peft_config"), "plain transformers loads it as a plain model"
    ids = torch.randint(3, 300, (2, 24), generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        want = _adapter_model(tiny_model_dir, adapter_dir)(ids).logits
        got = merged(ids).logits
    torch.testing.assert_close(got, want, atol=atol, rtol=0)
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval()
    with torch.no_grad():
        assert (base(ids).logits - want).abs().max() > 10 * atol, "the adapter must change the logits"


def test_merging_twice_gives_the_same_model(tiny_model_dir, adapter_dir, tmp_path):
    merge(ModelSource(str(tiny_model_dir)), adapter_dir, tmp_path / "a", "float16")
    merge(ModelSource(str(tiny_model_dir)), adapter_dir, tmp_path / "b", "float16")
    a, b = load_file(tmp_path / "a" / "model.safetensors"), load_file(tmp_path / "b" / "model.safetensors")
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)
    assert (tmp_path / "a" / "tokenizer_config.json").is_file()
