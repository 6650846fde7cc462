"""Shared fixtures: a tiny random Llama and a byte-level BPE tokenizer with a chat template, built
in the test session (no download) and saved as a local Hugging Face folder."""

from __future__ import annotations

import html
import os
import re
import subprocess
from pathlib import Path

import pytest

CHATML = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def build_tokenizer(vocab_size: int = 512):
    """A byte-level BPE tokenizer trained on a little Python, with ChatML special tokens."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    corpus = [
        "def add(a, b):\n    return a + b\n", "```python\nfor i in range(10):\n    print(i)\n```",
        "Write a Python function that returns the sum of a list.", "from typing import List\n",
        "    if x > 0:\n        return True\n    return False\n", "import math\nclass Point:\n    pass\n",
    ] * 20
    tok = Tokenizer(models.BPE(unk_token=None))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=["<|endoftext|>", "<|im_start|>",
                                                                         "<|im_end|>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(corpus, trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|im_end|>", pad_token="<|endoftext|>",
                                   bos_token="<|im_start|>")
    fast.chat_template = CHATML
    return fast


def build_model(vocab_size: int, seed: int = 0):
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(seed)
    cfg = LlamaConfig(hidden_size=64, intermediate_size=128, num_hidden_layers=2, num_attention_heads=4,
                      num_key_value_heads=2, vocab_size=vocab_size, max_position_embeddings=2048,
                      eos_token_id=2, pad_token_id=0, bos_token_id=1, tie_word_embeddings=False)
    return LlamaForCausalLM(cfg)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    """A local model folder: tiny random Llama + tokenizer (a `model.name_or_path` for the pipeline)."""
    out = tmp_path_factory.mktemp("tiny-llama")
    tok = build_tokenizer()
    model = build_model(len(tok))
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return out


@pytest.fixture(scope="session")
def tiny(tiny_model_dir):
    """(model, tokenizer) loaded from the tiny folder, fp32, eval mode."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir).eval()
    return model, AutoTokenizer.from_pretrained(tiny_model_dir)


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    """Converted models go to a per-session cache unless the caller set one (CI shares it)."""
    if "HARNESS_CACHE" not in os.environ:
        monkeypatch.setenv("HARNESS_CACHE", str(tmp_path_factory.getbasetemp() / "harness-cache"))


# ---------------------------------------------------------------- headless Chromium (report pages)
CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="headless Chromium not installed at /usr/bin/chromium (CI installs it)"
)


def chromium(page: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on a local page with a fresh profile (no network, no first-run noise)."""
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", "--hide-scrollbars", f"--user-data-dir={profile}", *args, page.as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def chromium_dom(page: Path, tmp_path: Path) -> str:
    """The DOM after the page's scripts ran."""
    proc = chromium(page, tmp_path, "--dump-dom")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "<html" in proc.stdout
    return proc.stdout


def visible_text(dom: str) -> str:
    """Roughly what a reader sees: the DOM without scripts, styles and tags."""
    dom = re.sub(r"<(script|style)\b.*?</\1>", " ", dom, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", dom)))
