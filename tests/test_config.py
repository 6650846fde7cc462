"""Recipes load, overrides apply, bad values are one clear error naming the key, hashes are stable."""

from __future__ import annotations

import pytest

from harness.config import config_hash, from_dict, parse_override
from harness.errors import HarnessError
from harness.registry import list_recipes, load_recipe


def test_every_shipped_recipe_loads():
    names = list_recipes()
    assert {"smollm2-135m", "mistral-7b-seed", "mistral-7b-code"} <= set(names)
    for name in names:
        assert load_recipe(name).recipe == name


def test_seed_recipe_keeps_the_tutorials_hyperparameters():
    c = load_recipe("mistral-7b-seed")
    assert (c.lora.r, c.lora.alpha, c.lora.dropout) == (64, 16, 0.1)
    assert (c.train.lr, c.train.batch_size, c.train.max_steps, c.train.max_grad_norm) == (2e-4, 4, 100, 0.3)
    assert c.train.optim == "paged_adamw_32bit" and c.train.lr_scheduler == "constant"
    assert any("lm_head" in n for n in c.notes), "the lm_head deviation must be listed"


def test_overrides_are_typed():
    c = load_recipe("smollm2-135m", ["train.lr=1e-4", "eval.limit=5", "lora.target_modules=q_proj,v_proj",
                                     "generation.do_sample=true", "generation.n_samples=10", "eval.ks=1,10"])
    assert c.train.lr == 1e-4 and c.eval.limit == 5
    assert c.lora.target_modules == ["q_proj", "v_proj"]
    assert c.eval.ks == [1, 10]


@pytest.mark.parametrize("override, fragment", [
    ("train.lrr=1", "train.lrr: unknown key; did you mean 'train.lr'"),
    ("train.lr=fast", "train.lr: expected a number"),
    ("train.batch_size=0", "train.batch_size: must be > 0"),
    ("train.batch_size=2.5", "train.batch_size: expected an integer"),
    ("eval.prompt_mode=freeform", "eval.prompt_mode: 'freeform' is not one of chat, completion"),
    ("eval.ks=1,10", "eval.ks: k=10 needs"),
    ("data.heldout_fraction=1.5", "data.heldout_fraction: must be within [0, 1]"),
    ("generation.prompt_lookup=-1", "generation.prompt_lookup: must be >= 0"),
    ("generation.n_samples=5", "generation.n_samples: greedy decoding gives one sample"),
    ("nosuchsection.x=1", "nosuchsection: unknown key"),
    ("train", "expected KEY=VALUE"),
])
def test_bad_values_name_the_key(override, fragment):
    with pytest.raises(HarnessError) as e:
        load_recipe("smollm2-135m", [override])
    assert fragment in str(e.value)
    assert "\n" not in str(e.value)


def test_unknown_recipe_lists_the_known_ones():
    with pytest.raises(HarnessError, match="unknown recipe 'nope'; available: .*smollm2-135m"):
        load_recipe("nope")


def test_recipe_from_a_yaml_file(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("model:\n  name_or_path: embedded:smollm2-135m\ntrain:\n  max_steps: 3\n")
    c = load_recipe(str(path))
    assert c.recipe == "mine" and c.train.max_steps == 3
    path.write_text("train: [unclosed\n")
    with pytest.raises(HarnessError, match="not valid YAML"):
        load_recipe(str(path))


def test_hash_is_canonical_and_sensitive():
    a, b = load_recipe("smollm2-135m"), load_recipe("smollm2-135m")
    assert config_hash(a) == config_hash(b)
    assert config_hash(a) != config_hash(load_recipe("smollm2-135m", ["train.lr=1e-5"]))
    assert config_hash({"x": 1, "y": 2}) == config_hash({"y": 2, "x": 1})


def test_parse_override_reads_yaml_values():
    assert parse_override("a.b=true") == (["a", "b"], True)
    assert parse_override("a.b=null") == (["a", "b"], None)
    assert parse_override("a.b=3e-4") == (["a", "b"], 3e-4)
    assert parse_override("a.b=text") == (["a", "b"], "text")


def test_from_dict_rejects_non_mapping_section():
    with pytest.raises(HarnessError, match="train: expected a mapping"):
        from_dict({"train": 3})
