"""The whole pipeline on a tiny random model from a local folder: every stage, results.json schema,
manifests, reuse of unchanged stages, resume of an interrupted evaluation, bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from harness import cpu_matmul
from harness.cli import main
from harness.config import config_hash
from harness.errors import HarnessError

ROWS = [{"instruction": f"Write a function add{i}(a, b) returning a + b + {i}.", "input": "",
         "output": f"def add{i}(a, b):\n    return a + b + {i}\n"} for i in range(30)]


@pytest.fixture(scope="module")
def data_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("data") / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    return path


def args_for(model_dir, data_file, run_dir, *extra):
    return ["run", "--run-dir", str(run_dir), "--limit", "2", "--no-progress", "--allow-code-execution",
            "--set", f"model.name_or_path={model_dir}", "--set", f"data.path={data_file}",
            "--set", "train.max_steps=2", "--set", "train.batch_size=2", "--set", "train.quantization=none",
            "--set", "generation.max_new_tokens=12", "--set", "merge.dtype=float32", *extra]


def run_cli(argv, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    out = capsys.readouterr()
    return e.value.code, out.out, out.err


@pytest.fixture(scope="module")
def finished_run(tiny_model_dir, data_file, tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("run")
    with pytest.raises(SystemExit) as e:
        main(args_for(tiny_model_dir, data_file, run_dir))
    assert e.value.code == 0
    return run_dir


def test_results_follow_the_schema(finished_run):
    r = json.loads((finished_run / "results.json").read_text())
    assert r["schema"] == 1 and r["recipe"] == "smollm2-135m" and len(r["config_hash"]) == 12
    assert r["command"].startswith("harness run --run-dir ") and "--allow-code-execution" in r["command"]
    assert set(r["stages"]) == {"base", "adapter", "merged"}
    for stage in r["stages"].values():
        he = stage["tasks"]["humaneval"]
        assert he["n_problems"] == 2 and he["n_samples"] == 1
        assert set(he["metrics"]["pass@1"]) >= {"value", "ci95"}
        assert "syntax_valid" in he["metrics"]
        assert [p["task_id"] for p in he["problems"]] == ["HumanEval/0", "HumanEval/1"]
        assert all(p["status"][0] in {"passed", "failed", "timeout", "syntax_error", "runtime_error",
                                      "truncated", "killed"} for p in he["problems"])
        assert stage["timing"]["total_s"] >= 0
        assert stage["numerics"] == {"dtype": "float32", "cpu_matmul": cpu_matmul.resolve("auto", "cpu")}
        engine = stage["throughput"]["engine"]  # the slot engine's counters; greedy on CPU, prompt lookup drafts
        assert set(engine) == {"steps", "prefills", "prefill_s", "drafted", "accepted"}, engine
        assert engine["steps"] > 0 and engine["prefills"] > 0 and 0 <= engine["accepted"] <= engine["drafted"]
    assert r["train"]["cpu_matmul"] == cpu_matmul.resolve("auto", "cpu")
    assert set(r["peak_rss_mib"]) == {"eval-base", "train", "eval-adapter", "merge", "eval-merged"}
    assert all(100 < mib < 64 * 1024 for mib in r["peak_rss_mib"].values()), r["peak_rss_mib"]
    assert len(r["train"]["loss"]) == 2 and r["train"]["dataset"]["train_rows"] > 0
    assert r["merge"]["dtype"] == "float32"
    assert set(r["comparisons"]) == {"adapter_vs_base", "merged_vs_base", "merged_vs_adapter"}
    assert r["env"]["versions"]["torch"] and r["hashes"]["dataset"] and r["hashes"]["prompt_template"]
    assert (finished_run / "report.html").stat().st_size > 1000
    assert "pass@1" in (finished_run / "summary.md").read_text()


def test_every_stage_has_a_complete_manifest(finished_run):
    manifests = sorted(finished_run.glob("*/manifest.json"))
    assert sorted(m.parent.name.rsplit("-", 1)[0] for m in manifests) == sorted(
        ["eval-base", "train", "eval-adapter", "merge", "eval-merged"])
    for m in manifests:
        data = json.loads(m.read_text())
        assert data["status"] == "complete" and data["inputs"] and data["versions"]["transformers"]


@pytest.mark.parametrize("flags, same_as_auto", [({"amx_bf16"}, "bfloat16"), (set(), "float32")])
def test_stage_keys_follow_the_resolved_cpu_matmul(tmp_path, monkeypatch, flags, same_as_auto):
    """`auto` keys a stage as what it resolves to on this CPU: the same stages as the explicit value, others than the
    other value. Only evaluation and training depend on it."""
    from harness import models
    from harness.pipeline import Run, stage_inputs
    from harness.registry import load_recipe

    monkeypatch.setattr(cpu_matmul, "cpu_flags", lambda: flags)
    monkeypatch.setattr(models, "pick_device", lambda: "cpu")

    def keys(value):
        run = Run(load_recipe("smollm2-135m", [f"model.cpu_matmul={value}"]), tmp_path)
        return {s: config_hash(stage_inputs(run, s, "fp", "sha")) for s in ("eval-base", "train", "eval-adapter",
                                                                               "merge", "eval-merged")}

    other = {"bfloat16": "float32", "float32": "bfloat16"}[same_as_auto]
    if other == "bfloat16" and not flags:  # asking for bf16 on a CPU without it is refused, not keyed
        with pytest.raises(HarnessError, match="needs a CPU with AMX-BF16"):
            keys(other)
        return
    auto, same, changed = keys("auto"), keys(same_as_auto), keys(other)
    assert auto == same
    assert {s for s in auto if auto[s] != changed[s]} == {"eval-base", "train", "eval-adapter", "merge", "eval-merged"}


def test_eval_adapter_is_keyed_by_the_dtype_it_runs_in(tmp_path, monkeypatch):
    """The adapter on its NF4 base computes in train.compute_dtype: model.dtype moves the base and merged
    evaluations' keys, not its own; compute_dtype moves its key (and training's)."""
    from harness import models
    from harness.pipeline import Run, stage_inputs
    from harness.registry import load_recipe

    monkeypatch.setattr(models, "pick_device", lambda: "cpu")

    def keys(*overrides):
        run = Run(load_recipe("smollm2-135m", ["train.quantization=nf4", *overrides]), tmp_path)
        return {s: config_hash(stage_inputs(run, s, "fp", "sha")) for s in ("eval-base", "eval-adapter", "eval-merged")}

    plain = keys("model.dtype=float32", "train.compute_dtype=float32")
    model_bf16 = keys("model.dtype=bfloat16", "train.compute_dtype=float32")
    compute_bf16 = keys("model.dtype=float32", "train.compute_dtype=bfloat16")
    assert {s for s in plain if plain[s] != model_bf16[s]} == {"eval-base", "eval-merged"}
    assert {s for s in plain if plain[s] != compute_bf16[s]} == {"eval-adapter", "eval-merged"}  # merged: new adapter


def test_unchanged_stages_are_reused(finished_run, tiny_model_dir, data_file, capsys):
    code, out, _ = run_cli(args_for(tiny_model_dir, data_file, finished_run), capsys)
    assert code == 0
    assert out.count("reusing") == 5
    code, out, _ = run_cli(args_for(tiny_model_dir, data_file, finished_run, "--set", "eval.timeout_s=5"), capsys)
    assert code == 0
    assert "train: reusing" in out and "merge: reusing" in out
    assert "eval-base: reusing" not in out  # the evaluation config changed


def test_interrupted_evaluation_resumes_without_regenerating(finished_run, tiny_model_dir, data_file, capsys):
    (stage,) = [d for d in finished_run.glob("eval-merged-*")  # the default config's (not timeout_s=5)
                if json.loads((d / "manifest.json").read_text())["inputs"]["eval"]["timeout_s"] == 10]
    samples = (stage / "samples.jsonl").read_text().splitlines(keepends=True)
    (stage / "manifest.json").unlink()
    (stage / "samples.jsonl").write_text(samples[0])  # killed after the first sample
    code, out, _ = run_cli(args_for(tiny_model_dir, data_file, finished_run), capsys)
    assert code == 0 and out.count("reusing") == 4
    lines = (stage / "samples.jsonl").read_text().splitlines()
    assert len(lines) == 2 and lines[0] == samples[0].rstrip("\n"), "the kept sample is not regenerated"

    def texts(rows):
        return sorted((json.loads(r)["key"], json.loads(r)["text"]) for r in rows)

    assert texts(lines) == texts(samples)


def one_line_error(code, err, fragment):
    assert code == 2, err
    assert "Traceback" not in err
    lines = [x for x in err.strip().splitlines() if x.startswith("harness: error:")]
    assert len(lines) == 1 and fragment in lines[0], err


def test_bad_input_is_one_line_and_exit_2(tiny_model_dir, data_file, tmp_path, capsys):
    code, _, err = run_cli(["run", "--set", "model.name_or_path=/no/such/model.gguf", "--allow-code-execution",
                            "--run-dir", str(tmp_path / "r")], capsys)
    one_line_error(code, err, "model file not found: /no/such/model.gguf")
    code, _, err = run_cli(["run", "no-such-recipe"], capsys)
    one_line_error(code, err, "unknown recipe 'no-such-recipe'")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(ROWS[0]) + "\n" + '{"instruction": "x", "output": ' + "\n")
    code, _, err = run_cli(args_for(tiny_model_dir, bad, tmp_path / "r2"), capsys)
    one_line_error(code, err, "malformed dataset row at")
    assert "bad.jsonl:2" in err
    argv = [a for a in args_for(tiny_model_dir, data_file, tmp_path / "r3") if a != "--allow-code-execution"]
    code, _, err = run_cli(argv, capsys)
    one_line_error(code, err, "--allow-code-execution")
    assert not (tmp_path / "r3").exists(), "nothing may start before the refusal"


def test_no_disk_space_keeps_finished_work(finished_run, tiny_model_dir, data_file, capsys, monkeypatch):
    import errno

    from harness import merge as merge_mod

    def full_disk(*a, **kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    for m in finished_run.glob("merge-*/manifest.json"):
        m.unlink()
    monkeypatch.setattr(merge_mod, "merge", full_disk)
    code, _, err = run_cli(args_for(tiny_model_dir, data_file, finished_run), capsys)
    one_line_error(code, err, "no space left")
    assert list(finished_run.glob("train-*/adapter/adapter_config.json")), "the trained adapter is kept"
    assert all(json.loads(m.read_text())["status"] == "complete"
               for m in finished_run.glob("eval-base-*/manifest.json"))


def test_low_disk_space_is_refused_before_starting(tiny_model_dir, data_file, tmp_path, capsys, monkeypatch):
    import shutil
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage(10**9, 10**9 - 10**6, 10**6))
    code, _, err = run_cli(args_for(tiny_model_dir, data_file, tmp_path / "r"), capsys)
    one_line_error(code, err, "GiB free where the run folder is")


def test_module_entry_point_and_ls():
    out = subprocess.run([sys.executable, "-m", "harness", "ls"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "smollm2-135m" in out.stdout and "humaneval" in out.stdout


def test_a_later_stage_alone_needs_its_inputs(tiny_model_dir, data_file, tmp_path, capsys):
    code, _, err = run_cli(args_for(tiny_model_dir, data_file, tmp_path / "r", "--stages", "merge"), capsys)
    one_line_error(code, err, "stage 'train' has not run with this config yet")


def test_a_later_stage_alone_reuses_earlier_folders(finished_run, tiny_model_dir, data_file, capsys):
    code, out, _ = run_cli(args_for(tiny_model_dir, data_file, finished_run, "--stages", "eval-merged,report"),
                           capsys)
    assert code == 0 and "eval-merged: reusing" in out
