"""`harness bench loss` on the tiny local model: equal token budgets, finite held-out losses, and a
held-out NLL that tokenizes as TRL does and drops when a model memorises a row."""

from __future__ import annotations

import json
import math

import pytest

from harness.bench_loss import answer_nll, encode
from harness.cli import main

ROW = {"instruction": "Write a function that adds two numbers.", "input": "",
       "output": "def add(a, b):\n    return a + b"}


def test_bench_loss_trains_both_recipes_to_the_same_budget(tiny_model_dir, tmp_path):
    out = tmp_path / "loss.json"
    budget = 600
    with pytest.raises(SystemExit) as e:
        main(["bench", "loss", "--model", str(tiny_model_dir), "--tokens", str(budget), "--eval-rows", "6",
              "--set", "train.max_seq_len=128",
              "--out", str(out)])
    assert e.value.code == 0
    r = json.loads(out.read_text())
    assert list(r["settings"]) == ["mistral-7b-seed", "mistral-7b-code"]
    assert r["reference"] == "mistral-7b-seed"
    assert r["quantization"] == "none" and "NF4" in r["quantization_why"]
    for fmt in ("chat", "seed"):
        assert math.isfinite(r["base"][fmt]["nll"]) and r["base"][fmt]["rows"] == 6
    for label, s in r["settings"].items():
        assert s["budget_reached"], label
        tokens = [0] + [n for _, _, n in s["loss"]]  # cumulative, one entry per optimizer step
        assert tokens[-2] < budget <= tokens[-1] == s["trained_tokens"], f"{label} did not stop at the budget"
        assert len(s["loss"]) == s["steps"] <= s["max_steps"]
        assert all(math.isfinite(s["heldout"][f]["nll"]) for f in ("chat", "seed"))
        assert s["heldout_own"] == s["heldout"][s["prompt_format"]]["nll"]
    seed, code = r["settings"]["mistral-7b-seed"], r["settings"]["mistral-7b-code"]
    assert (seed["prompt_format"], seed["completion_only_loss"], seed["lr_scheduler"]) == ("seed", False,
                                                                                           "constant")
    assert (code["prompt_format"], code["completion_only_loss"], code["lr_scheduler"]) == ("chat", True,
                                                                                           "cosine")
    assert code["effective_batch"] == 16
    if r["device"] == "cpu":  # CPU substitutions: no paged optimizer, micro-batches of 4
        assert seed["optim"] == "adamw_torch" and any("paged" in w for w in seed["substitutions"])
        assert code["batch_size"] == 4 and code["grad_accum"] == 4 and code["accumulated_loss_token_weighted"]
    assert isinstance(code["equal_or_lower_than_seed"], bool) and "equal_or_lower_than_seed" not in seed


@pytest.mark.parametrize("fmt", ["chat", "seed"])
def test_encode_matches_trl_tokenization(tiny_model_dir, tmp_path, fmt):
    from harness import models, train
    from harness.registry import load_recipe

    cfg = load_recipe("smollm2-135m", [f"model.name_or_path={tiny_model_dir}", "train.quantization=none",
                                       f"train.prompt_format={fmt}", "train.completion_only_loss=true"])
    rows = [ROW, {"instruction": "Print the numbers below.", "input": "1 2 3", "output": "print(1, 2, 3)"}]
    src = models.ModelSource(str(tiny_model_dir))
    trainer = train.build_trainer(cfg, src, rows, [], tmp_path, progress=False)
    tok = trainer.processing_class
    for row, ex in zip(rows, trainer.train_dataset, strict=True):
        ids, n_prompt = encode(row, tok, fmt, cfg.train.max_seq_len)
        assert ex["input_ids"] == ids
        assert [i for i, label in enumerate(ex["labels"]) if label != -100] == list(range(n_prompt, len(ids)))
        assert ids[-1] == tok.eos_token_id or tok.decode(ids[-2:]).startswith(tok.eos_token)


def test_answer_nll_drops_when_a_row_is_memorised(tiny_model_dir):
    import torch
    from transformers import AutoModelForCausalLM

    from harness import models

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    tok = models.load_tokenizer(models.ModelSource(str(tiny_model_dir)))
    before = answer_nll(model, tok, [ROW], "chat", 512)
    ids, n_prompt = encode(ROW, tok, "chat", 512)
    x = torch.tensor([ids])
    labels = x.clone()
    labels[:, :n_prompt] = -100
    opt = torch.optim.AdamW(model.parameters(), lr=3e-3)
    model.train()
    for _ in range(30):
        opt.zero_grad()
        model(input_ids=x, labels=labels).loss.backward()
        opt.step()
    after = answer_nll(model, tok, [ROW], "chat", 512)
    assert after["answer_tokens"] == before["answer_tokens"] == len(ids) - n_prompt
    assert after["nll"] < before["nll"] - 1.0, (before, after)
    assert answer_nll(model, tok, [ROW], "seed", 512)["nll"] > after["nll"], "another format is not memorised"
