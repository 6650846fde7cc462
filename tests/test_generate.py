"""The generation engine on a tiny random model: continuous batching gives the same greedy tokens
as one prompt at a time, stop strings end each sequence on its own, a killed log resumes."""

from __future__ import annotations

import json

import pytest

from harness.config import GenerationConfig
from harness.generate import Request, cut_at_stop, generate, read_log

PROMPTS = ["def add(a, b):", "Write a Python function", "import math\nclass Point:\n    pass\n" * 3,
           "for i in range(10):", "x", "from typing import List\n" * 5, "    return True", "print(i)"]


def reference(model, tok, prompt: str, max_new: int) -> str:
    """Plain transformers greedy generate, one prompt at a time (the tutorial's way)."""
    ids = tok(prompt, return_tensors="pt", add_special_tokens=False)
    out = model.generate(**ids, max_new_tokens=max_new, do_sample=False, pad_token_id=tok.pad_token_id,
                         eos_token_id=tok.eos_token_id)
    return tok.decode(out[0, ids.input_ids.shape[1]:], skip_special_tokens=True)


@pytest.mark.parametrize("batch_size", [1, 3, 8])
@pytest.mark.parametrize("cache", ["growing", "concatenating", "slots", "slots-small-prefills", "slots-lookup",
                                   "slots-shared-prefix", "slots-matmul", "slots-lookup-matmul"])
def test_continuous_batching_matches_one_at_a_time(tiny, tmp_path, batch_size, cache, monkeypatch):
    from harness import static_decode

    model, tok = tiny
    prompts = PROMPTS
    if cache == "slots-shared-prefix":  # the prefix every prompt starts with is computed once, then copied
        prompts = ["You are a careful Python programmer. Complete the code below:\n" + p for p in PROMPTS]
        monkeypatch.setattr("harness.static_decode.MIN_PREFIX", 4)
    if cache == "slots-small-prefills":  # a refill split into several right-padded prefill groups
        monkeypatch.setattr("harness.static_decode.PREFILL_TOKENS", 24)
    if cache.endswith("-matmul"):  # plain torch: attention as batched matmuls (no C compiler), weights unpacked
        monkeypatch.setattr("harness.cpu_attention.load", lambda: None)
        monkeypatch.setattr("harness.cpu_linear.pack", lambda model, batch_hint: {})
    if cache == "concatenating":  # the GPU path: transformers' own DynamicCache layers
        from transformers import DynamicCache

        monkeypatch.setattr("harness.generate.new_cache", lambda m: DynamicCache(config=m.config))
    engine = "slots" if cache.startswith("slots") else "dynamic"  # slots: a static KV row per batch slot
    cfg = GenerationConfig(max_new_tokens=12, batch_size=batch_size, engine=engine,
                           prompt_lookup=4 if cache.startswith("slots-lookup") else 0)
    reqs = [Request(f"k{i}", p) for i, p in enumerate(prompts)]
    got = generate(model, tok, reqs, cfg, tmp_path / "log.jsonl", progress=False)
    for i, p in enumerate(prompts):
        assert got[f"k{i}"]["text"] == reference(model, tok, p, 12), f"prompt {i} differs at batch {batch_size}"
    assert {r["finish"] for r in got.values()} <= {"stop", "length"}
    if cache == "slots-shared-prefix":
        assert static_decode.LAST_STATS["prefix_tokens_reused"] > 0
    if engine == "slots":  # the C kernel wherever it builds, unless turned off
        from harness import cpu_attention

        matmul = cache.endswith("-matmul") or cpu_attention.load() is None
        assert static_decode.LAST_STATS["attention"].startswith("matmul" if matmul else "C kernel")
        assert (static_decode.LAST_STATS["packed_linears"] == 0) == cache.endswith("-matmul")


@pytest.mark.parametrize("batch_size", [4, 24])
def test_samples_of_one_prompt_share_its_computed_prompt(tiny, tmp_path, batch_size):
    """Three samples per prompt (as pass@k runs them): each prompt is computed once and its keys/values copied,
    within a refill (24 slots: all at once) or from a live slot (4 slots: refills one by one); greedy, so every
    sample must still be the one-prompt-at-a-time text."""
    from harness import static_decode

    model, tok = tiny
    reqs = [Request(f"k{i}/{j}", p) for i, p in enumerate(PROMPTS) for j in range(3)]
    got = generate(model, tok, reqs, GenerationConfig(max_new_tokens=12, batch_size=batch_size, engine="slots"),
                   tmp_path / "log.jsonl", progress=False)
    for i, p in enumerate(PROMPTS):
        want = reference(model, tok, p, 12)
        assert [got[f"k{i}/{j}"]["text"] for j in range(3)] == [want] * 3, f"prompt {i} at batch {batch_size}"
    copies = static_decode.LAST_STATS["prompt_copies"]
    assert copies == 2 * len(PROMPTS) if batch_size == 24 else 0 < copies <= 2 * len(PROMPTS)


@pytest.mark.parametrize("engine", ["dynamic", "slots"])
def test_stop_strings_end_each_sequence_on_its_own(tiny, tmp_path, engine, monkeypatch):
    """Also, on CPU the slot engine packs the rows still running into the lowest slots once nothing is
    left to prefill (so steps skip the finished ones): the moved rows continue exactly."""
    from harness.static_decode import SlotDecoder

    moves = []
    move = SlotDecoder.move
    monkeypatch.setattr(SlotDecoder, "move", lambda self, src, dst: moves.append((src, dst)) or move(self, src, dst))
    model, tok = tiny
    cfg = GenerationConfig(max_new_tokens=30, batch_size=4, engine=engine)
    free = generate(model, tok, [Request(f"k{i}", p) for i, p in enumerate(PROMPTS)], cfg,
                    tmp_path / "a.jsonl", progress=False)
    # pick, for each prompt, a stop string that occurs in its unconstrained continuation
    stops = {}
    for key, rec in free.items():
        text = rec["text"]
        if len(text) > 6:
            stops[key] = text[3:6]
    assert stops, "the tiny model produced no text to stop on"
    reqs = [Request(k, PROMPTS[int(k[1:])], (s,)) for k, s in stops.items()]
    stopped = generate(model, tok, reqs, cfg, tmp_path / "b.jsonl", progress=False)
    for key, stop in stops.items():
        want, found = cut_at_stop(free[key]["text"], [stop])
        assert found
        assert stopped[key]["text"] == want
        assert stopped[key]["finish"] == "stop"
        assert stopped[key]["new_tokens"] <= free[key]["new_tokens"]
    if engine == "slots":
        assert moves and all(src > dst for src, dst in moves), "rows still running were packed down"


@pytest.mark.parametrize("engine", ["dynamic", "slots"])
def test_resume_after_kill_has_no_duplicate_and_no_loss(tiny, tmp_path, engine, monkeypatch):
    from harness.static_decode import SlotDecoder

    model, tok = tiny
    cfg = GenerationConfig(max_new_tokens=8, batch_size=3, engine=engine)
    reqs = [Request(f"k{i}", p) for i, p in enumerate(PROMPTS)]
    full = generate(model, tok, reqs, cfg, tmp_path / "full.jsonl", progress=False)
    log = tmp_path / "killed.jsonl"
    lines = (tmp_path / "full.jsonl").read_text().splitlines(keepends=True)
    log.write_text("".join(lines[:3]) + lines[3][: len(lines[3]) // 2])  # killed mid-write
    prompts_run = []  # batch sizes of the forward calls that start samples (dynamic: every forward)
    if engine == "dynamic":
        orig = model.forward
        monkeypatch.setattr(model, "forward", lambda *a, **kw: prompts_run.append(kw["input_ids"].shape[0]) or orig(*a, **kw))
    else:
        prefill = SlotDecoder.prefill
        monkeypatch.setattr(SlotDecoder, "prefill", lambda self, slots, prompts: prompts_run.append(len(prompts))
                            or prefill(self, slots, prompts))
    resumed = generate(model, tok, reqs, cfg, log, progress=False)
    monkeypatch.undo()
    keys = [json.loads(line)["key"] for line in log.read_text().splitlines()]
    assert sorted(keys) == sorted(r.key for r in reqs), "duplicate or missing sample after resume"
    assert {k: v["text"] for k, v in resumed.items()} == {k: v["text"] for k, v in full.items()}
    assert prompts_run and max(prompts_run) <= len(reqs) - 3, "samples already in the log were generated again"
    if engine == "slots":
        assert sum(prompts_run) == len(reqs) - 3, "each missing sample is prefilled exactly once"


def test_read_log_ignores_torn_line(tmp_path):
    log = tmp_path / "s.jsonl"
    log.write_text(json.dumps({"key": "a", "text": "x"}) + "\n" + '{"key": "b", "te')
    assert list(read_log(log)) == ["a"]


@pytest.mark.parametrize("engine", ["dynamic", "slots"])
def test_sampling_is_reproducible(tiny, tmp_path, engine):
    model, tok = tiny
    cfg = GenerationConfig(max_new_tokens=10, batch_size=4, do_sample=True, temperature=1.0, n_samples=2,
                           engine=engine)
    reqs = [Request(f"k{i}", p) for i, p in enumerate(PROMPTS)]
    a = generate(model, tok, reqs, cfg, tmp_path / "a.jsonl", progress=False)
    b = generate(model, tok, reqs, cfg, tmp_path / "b.jsonl", progress=False)
    assert {k: v["text"] for k, v in a.items()} == {k: v["text"] for k, v in b.items()}
    greedy = generate(model, tok, reqs, GenerationConfig(max_new_tokens=10, batch_size=4),
                      tmp_path / "g.jsonl", progress=False)
    assert any(a[k]["text"] != greedy[k]["text"] for k in a), "sampling gave the greedy text everywhere"


def test_cut_at_stop_takes_the_earliest():
    assert cut_at_stop("abc\n```def", ["def", "\n```"]) == ("abc", True)
    assert cut_at_stop("abc", ["z"]) == ("abc", False)


@pytest.mark.parametrize("engine", ["dynamic", "slots"])
def test_out_of_memory_halves_the_batch_and_loses_nothing(tiny, tmp_path, engine, monkeypatch):
    import torch

    from harness.static_decode import SlotDecoder

    model, tok = tiny
    cfg = GenerationConfig(max_new_tokens=6, batch_size=8, engine=engine)
    reqs = [Request(f"k{i}", p) for i, p in enumerate(PROMPTS)]
    want = generate(model, tok, reqs, cfg, tmp_path / "a.jsonl", progress=False)
    seen = []

    def small_memory(run, rows: int):
        seen.append(rows)
        if rows > 2:
            raise torch.OutOfMemoryError("CUDA out of memory (simulated)")
        return run()

    if engine == "dynamic":
        orig = model.forward
        monkeypatch.setattr(model, "forward", lambda *a, **kw: small_memory(lambda: orig(*a, **kw),
                                                                            kw["input_ids"].shape[0]))
    else:
        step = SlotDecoder._step
        monkeypatch.setattr(SlotDecoder, "_step", lambda self, width, b: small_memory(lambda: step(self, width, b), b))
    got = generate(model, tok, reqs, cfg, tmp_path / "b.jsonl", progress=False)
    monkeypatch.undo()
    assert {k: v["text"] for k, v in got.items()} == {k: v["text"] for k, v in want.items()}
    assert max(seen) == 8 and seen[-1] <= 2, "the batch must shrink after the out-of-memory error"
    assert len((tmp_path / "b.jsonl").read_text().splitlines()) == len(reqs)


@pytest.mark.parametrize("engine", ["dynamic", "slots"])
def test_force_length_ignores_eos(tiny, tmp_path, engine):
    model, tok = tiny
    got = generate(model, tok, [Request(f"k{i}", p) for i, p in enumerate(PROMPTS)],
                   GenerationConfig(max_new_tokens=20, batch_size=4, engine=engine), tmp_path / "f.jsonl",
                   progress=False,
                   force_length=True)
    assert all(r["new_tokens"] == 20 and r["finish"] == "length" for r in got.values())


def test_slots_engine_refuses_a_model_it_cannot_run(tiny, tmp_path):
    from harness.errors import HarnessError

    model, tok = tiny
    model.config.model_type = "gpt2"
    try:
        with pytest.raises(HarnessError, match="engine=slots cannot run"):
            generate(model, tok, [Request("k", "x")], GenerationConfig(max_new_tokens=2, engine="slots"),
                     tmp_path / "x.jsonl", progress=False)
    finally:
        model.config.model_type = "llama"


@pytest.mark.skipif(not __import__("torch").cuda.is_available(), reason="needs CUDA (CUDA-graph decode step)")
@pytest.mark.parametrize("dtype", ["float32", "bfloat16"])
def test_slots_engine_with_cuda_graphs_matches_one_at_a_time(tiny_model_dir, tmp_path, dtype):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=getattr(torch, dtype)).cuda().eval()
    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    reqs = [Request(f"k{i}", p) for i, p in enumerate(PROMPTS * 3)]
    got = generate(model, tok, reqs, GenerationConfig(max_new_tokens=40, batch_size=5, engine="slots"),
                   tmp_path / "log.jsonl", progress=False)
    dynamic = generate(model, tok, reqs, GenerationConfig(max_new_tokens=40, batch_size=5, engine="dynamic"),
                       tmp_path / "d.jsonl", progress=False)
    same = sum(got[k]["text"] == dynamic[k]["text"] for k in got)
    if dtype == "float32":
        for i, p in enumerate(PROMPTS):
            assert got[f"k{i}"]["text"] == reference(model, tok, p, 40), f"prompt {i} differs"
        assert same == len(reqs)
    else:  # bf16 rounding differs between attention kernels: a random model's near-uniform logits flip
        # argmaxes late in a text, so compare the starts
        starts = sum(got[k]["text"][:4] == dynamic[k]["text"][:4] for k in got)
        assert starts >= len(reqs) * 0.5, f"only {starts}/{len(reqs)} starts agree ({same} whole texts)"
        assert all(r["new_tokens"] > 0 for r in got.values())


def test_slots_engine_runs_an_adapter_on_its_nf4_base_as_the_dynamic_engine_does(tiny_model_dir, tmp_path):
    """On CPU the slot engine also takes a PEFT LoRA model on a 4-bit base (eval-adapter): same greedy text."""
    import torch
    from peft import LoraConfig, get_peft_model

    from harness.models import ModelSource, load_model, load_tokenizer
    from harness.static_decode import supported

    base = load_model(ModelSource(str(tiny_model_dir)), torch.float32, "cpu", quant_4bit=True)
    torch.manual_seed(0)
    model = get_peft_model(base, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj", "up_proj"],
                                            init_lora_weights=False)).eval()
    tok = load_tokenizer(ModelSource(str(tiny_model_dir)))
    assert supported(model) is None
    reqs = [Request(f"k{i}", p) for i, p in enumerate(PROMPTS)]
    got = {e: generate(model, tok, reqs, GenerationConfig(max_new_tokens=10, batch_size=3, engine=e),
                       tmp_path / f"{e}.jsonl", progress=False) for e in ("dynamic", "slots")}
    assert {k: v["text"] for k, v in got["slots"].items()} == {k: v["text"] for k, v in got["dynamic"].items()}
    with torch.no_grad(), model.disable_adapter():  # the adapter changes the text: the test sees it
        plain = generate(model, tok, reqs, GenerationConfig(max_new_tokens=10, batch_size=3, engine="slots"),
                         tmp_path / "plain.jsonl", progress=False)
    assert any(plain[k]["text"] != got["slots"][k]["text"] for k in plain)


# ---------------------------------------------------------------- prompt-lookup drafts (CPU, greedy)
def test_drafter_proposes_what_followed_the_last_occurrence_and_adapts():
    from harness.prompt_lookup import Drafter, accept

    d = Drafter([1, 2, 3, 4, 5, 9, 1, 2, 3, 7, 8, 2, 3], max_draft=8)
    assert d.draft(8) == [7, 8]  # "2 3" last came before 7 8 (the latest occurrence wins); length starts at 2
    assert d.draft(1) == [7] and d.draft(0) == []
    d.extend([7])  # now the tail "3 7" occurred once, followed by 8
    assert d.draft(8) == [8, 2]
    d.accepted(2, 2)
    assert d.length == 4, "a fully accepted draft doubles the length"
    d.accepted(4, 1)
    assert d.length == 1, "a partly accepted one drops to what was kept"
    assert Drafter([5, 6, 7], 8).draft(8) == [], "no n-gram recurs"
    assert accept([4, 5, 6], [4, 5, 9, 1]) == 2 and accept([4], [3, 4]) == 0 and accept([], [3]) == 0


def test_prompt_lookup_gives_the_same_greedy_text_in_fewer_steps(tiny, tmp_path):
    """Repetitive prompts: drafts copied from them are checked in the same forward pass; the samples (text,
    token count, finish) equal plain greedy decoding's, with and without stop strings, up to the max_new_tokens
    cap, and the decode takes fewer steps."""
    from harness import static_decode

    model, tok = tiny
    prompts = [("def f(x):\n    return x + 1\n" * 4), "a b c d e f a b c d e f a b c", "print(1)\n" * 6, "x = [1, 2, 3]"]
    free = [Request(f"k{i}", p) for i, p in enumerate(prompts)]
    runs = {}
    for lookup in (0, 6):
        cfg = GenerationConfig(max_new_tokens=40, batch_size=3, engine="slots", prompt_lookup=lookup)
        runs[lookup] = generate(model, tok, free, cfg, tmp_path / f"{lookup}.jsonl", progress=False)
        runs[lookup, "stats"] = dict(static_decode.LAST_STATS)
        stops = [Request(r.key, r.prompt, (runs[0][r.key]["text"][9:12],)) for r in free]
        runs[lookup, "stops"] = generate(model, tok, stops, cfg, tmp_path / f"{lookup}-stops.jsonl", progress=False)
    for run in (lambda x: runs[x], lambda x: runs[x, "stops"]):
        for key, want in run(0).items():
            assert {k: v for k, v in run(6)[key].items() if k != "seconds"} == \
                {k: v for k, v in want.items() if k != "seconds"}, key
    assert {r["finish"] for r in runs[0, "stops"].values()} == {"stop"}
    plain, lookup = runs[0, "stats"], runs[6, "stats"]
    assert lookup["accepted"] > 0 and lookup["drafted"] >= lookup["accepted"]
    assert lookup["steps"] < plain["steps"]
