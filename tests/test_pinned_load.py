"""Loading a local 16/32-bit checkpoint onto a GPU through pinned staging buffers: which loads take that path, and
(on a GPU) the same weights and logits as transformers' own loading, tied embeddings included."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness import pinned_load

needs_cuda = pytest.mark.skipif(not __import__("torch").cuda.is_available(), reason="needs a CUDA GPU")


def _tiny(folder, tied: bool):
    import torch
    from transformers import AutoModelForCausalLM, MistralConfig

    cfg = MistralConfig(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                        num_key_value_heads=2, vocab_size=512, tie_word_embeddings=tied)
    torch.manual_seed(0)
    AutoModelForCausalLM.from_config(cfg).to(torch.bfloat16).save_pretrained(folder)
    return folder


def test_only_complete_16bit_safetensors_onto_a_gpu_take_the_pinned_path(tmp_path):
    import json

    assert pinned_load.eligible("cuda:0", quantized=False, gguf_file=None)
    assert not pinned_load.eligible("cpu", quantized=False, gguf_file=None)
    assert not pinned_load.eligible("cuda:0", quantized=True, gguf_file=None), "4-bit: bitsandbytes"
    assert not pinned_load.eligible("cuda:0", quantized=False, gguf_file="m.gguf")
    folder = _tiny(tmp_path / "m", tied=False)
    assert pinned_load.checkpoint_files(folder)
    (tmp_path / "empty").mkdir()
    assert not pinned_load.checkpoint_files(tmp_path / "empty")
    assert not pinned_load.checkpoint_files(tmp_path / "absent")
    adapter = tmp_path / "adapter"  # an adapter's folder is not a model
    adapter.mkdir()
    (adapter / "adapter_model.safetensors").write_bytes(b"")
    (adapter / "adapter_config.json").write_text("{}")
    assert not pinned_load.checkpoint_files(adapter)
    (folder / "model.safetensors").rename(folder / "model-00001-of-00002.safetensors")  # a shard is missing
    (folder / "model.safetensors.index.json").write_text(json.dumps({"weight_map": {
        "a": "model-00001-of-00002.safetensors", "b": "model-00002-of-00002.safetensors"}}))
    assert not pinned_load.checkpoint_files(folder)


def _hub_cache(root, repo: str, files: dict) -> None:
    """A Hugging Face cache under `root` holding `files` (name -> source path) for `repo` at refs/main."""
    import shutil

    sha = "0123456789abcdef0123456789abcdef01234567"
    base = root / ("models--" + repo.replace("/", "--"))
    (base / "refs").mkdir(parents=True)
    (base / "refs" / "main").write_text(sha)
    (base / "snapshots" / sha).mkdir(parents=True)
    for name, source in files.items():
        shutil.copy(source, base / "snapshots" / sha / name)


@pytest.fixture
def offline_hub(tmp_path, monkeypatch):
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    return tmp_path / "hub"


def test_a_hub_model_loads_from_its_cached_snapshot(tmp_path, offline_hub):
    import json

    folder = _tiny(tmp_path / "m", tied=False)
    _hub_cache(offline_hub, "acme/tiny", {n: folder / n for n in ("config.json", "model.safetensors")})
    snapshot = pinned_load.hub_folder("acme/tiny", None)
    assert snapshot is not None and snapshot.parent.name == "snapshots" and pinned_load.checkpoint_files(snapshot)
    assert pinned_load.hub_folder("acme/absent", None) is None, "not cached: transformers' loading reports it"
    assert pinned_load.hub_folder("acme/tiny", "v2") is None, "another revision is not in the cache"
    # sharded: every file the index names must be cached
    index = {"weight_map": {"a": "model-00001-of-00002.safetensors", "b": "model-00002-of-00002.safetensors"}}
    (tmp_path / "index.json").write_text(json.dumps(index))
    shards = {"config.json": folder / "config.json", "model.safetensors.index.json": tmp_path / "index.json",
              "model-00001-of-00002.safetensors": folder / "model.safetensors"}
    _hub_cache(offline_hub, "acme/sharded", shards)
    assert pinned_load.hub_folder("acme/sharded", None) is None
    _hub_cache(offline_hub, "acme/bin", {"config.json": folder / "config.json"})  # .bin weights only
    assert pinned_load.hub_folder("acme/bin", None) is None


def test_weight_files_are_the_ones_transformers_reads(tmp_path):
    import json

    folder = _tiny(tmp_path / "m", tied=False)
    (folder / "consolidated.safetensors").write_bytes(b"")  # the original-format copy some hub repos ship
    assert pinned_load.weight_files(folder) == [folder / "model.safetensors"]
    (folder / "model.safetensors").rename(folder / "model-00001-of-00002.safetensors")
    (folder / "model-00002-of-00002.safetensors").write_bytes(b"")
    (folder / "model.safetensors.index.json").write_text(json.dumps({"weight_map": {
        "a": "model-00002-of-00002.safetensors", "b": "model-00001-of-00002.safetensors",
        "c": "model-00001-of-00002.safetensors"}}))
    assert pinned_load.weight_files(folder) == [folder / f"model-0000{i}-of-00002.safetensors" for i in (1, 2)]


@needs_cuda
@pytest.mark.parametrize("tied", [False, True])
def test_same_weights_and_logits_as_transformers_loading(tmp_path, monkeypatch, tied):
    import torch
    from transformers import AutoModelForCausalLM

    from harness import models

    folder = _tiny(tmp_path / "m", tied)
    # small buffers: they take turns many times, tensors are copied in several pieces, and the embedding (64 KiB)
    # spans four buffers
    monkeypatch.setattr(pinned_load, "STAGE_BYTES", 20 << 10)
    monkeypatch.setattr(pinned_load, "PIECE_BYTES", 5000)
    calls = []
    real = pinned_load.load_state_dict
    monkeypatch.setattr(pinned_load, "load_state_dict", lambda *a: calls.append(a) or real(*a))
    ours = models.load_model(models.ModelSource(str(folder)), torch.bfloat16, "cuda")
    assert calls, "load_model took the pinned path"
    theirs = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.bfloat16, device_map={"": "cuda:0"})
    a, b = ours.state_dict(), theirs.state_dict()
    assert sorted(a) == sorted(b)
    assert all(torch.equal(a[k], b[k]) and a[k].device == b[k].device for k in a)
    assert (ours.lm_head.weight.data_ptr() == ours.model.embed_tokens.weight.data_ptr()) is tied
    ids = torch.randint(0, 512, (2, 16), device="cuda")
    with torch.no_grad():
        assert torch.equal(ours(ids).logits, theirs(ids).logits)


@needs_cuda
def test_a_folder_without_a_causal_lm_is_one_line(tmp_path):
    import torch
    from transformers import DistilBertConfig, DistilBertModel

    from harness import models
    from harness.errors import HarnessError

    DistilBertModel(DistilBertConfig(dim=32, n_layers=1, n_heads=2, hidden_dim=64)).save_pretrained(tmp_path / "enc")
    with pytest.raises(HarnessError, match="cannot load .*enc.* locally: model type 'distilbert'"):
        models.load_model(models.ModelSource(str(tmp_path / "enc")), torch.float32, "cuda")


@needs_cuda
def test_a_cached_hub_model_takes_the_pinned_path(tmp_path, offline_hub, monkeypatch):
    import torch
    from transformers import AutoModelForCausalLM

    from harness import models

    folder = _tiny(tmp_path / "m", tied=True)
    _hub_cache(offline_hub, "acme/tiny", {n: folder / n for n in ("config.json", "model.safetensors")})
    calls = []
    real = pinned_load.load_state_dict
    monkeypatch.setattr(pinned_load, "load_state_dict", lambda *a: calls.append(a) or real(*a))
    ours = models.load_model(models.ModelSource("acme/tiny", hub=True), torch.bfloat16, "cuda")
    assert [Path(c[0]) for c in calls] == [pinned_load.hub_folder("acme/tiny", None)]
    theirs = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.bfloat16, device_map={"": "cuda:0"})
    a, b = ours.state_dict(), theirs.state_dict()
    assert sorted(a) == sorted(b) and all(torch.equal(a[k], b[k]) for k in a)


@pytest.mark.parametrize(("shape", "params", "embedding_bytes"), [
    ("mistral-7b", 7_241_732_096, 32000 * 4096 * 2),
    ("llama-3-8b", 8_030_261_248, 128256 * 4096 * 2),  # larger than a staging buffer: it spans three
])
def test_named_shapes_have_their_models_sizes(shape, params, embedding_bytes):
    import torch

    from harness import models

    model = models.random_model(shape, device="meta", dtype=torch.bfloat16)
    assert sum(p.numel() for p in model.parameters()) == params
    emb = model.get_input_embeddings().weight
    assert emb.numel() * emb.element_size() == embedding_bytes
    assert (embedding_bytes > pinned_load.STAGE_BYTES) is (shape == "llama-3-8b")
