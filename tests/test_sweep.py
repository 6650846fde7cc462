"""`harness sweep`: a grid of variants on the tiny model sharing one base evaluation, per-variant
results and reports, the comparison with the first variant, and bad input before anything runs."""

from __future__ import annotations

import json
import re

import pytest

from harness.cli import main
from harness.sweep import expand, parse_grid, variant_name

ROWS = [{"instruction": f"Write a function add{i}(a, b) returning a + b + {i}.", "input": "",
         "output": f"def add{i}(a, b):\n    return a + b + {i}\n"} for i in range(20)]


def run_cli(argv, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    out = capsys.readouterr()
    return e.value.code, out.out, out.err


def one_line_error(code, err, fragment):
    assert code == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("harness: error:") and fragment in lines[0], err


def test_grid_expands_in_order():
    grid = parse_grid(["train.lr=2e-4,1e-3", "lora.r=8,16"])
    names = [v.name for v in expand(grid)]
    assert names == ["train.lr=2e-4,lora.r=8", "train.lr=2e-4,lora.r=16", "train.lr=1e-3,lora.r=8",
                     "train.lr=1e-3,lora.r=16"]
    assert expand(grid)[1].overrides == ["train.lr=2e-4", "lora.r=16"]
    assert variant_name({"model.name_or_path": "/models/a b"}) == "model.name_or_path=_models_a_b"


@pytest.mark.parametrize("argv, fragment", [
    (["--grid", "train.lr"], "expected KEY=V1,V2"),
    (["--grid", "train.lr=1e-4,"], "expected KEY=V1,V2"),
    (["--grid", "train.lr=1e-4"], "at least two variants"),
    (["--grid", "train.lr=1e-4,1e-4"], "listed twice"),
    (["--grid", "train.lr=1e-4,2e-4", "--grid", "train.lr=3e-4,4e-4"], "given twice"),
    (["--grid", "train.nope=1,2"], "config: train.nope: unknown key"),
    (["--grid", "train.lr=1e-4,-1"], "train.lr: must be > 0"),
    (["--grid", "train.lr=1e-4,2e-4", "--set", "train.lr=3e-4"], "both --set and --grid"),
    (["--grid", "train.lr=1e-4,2e-4", "--fail-on", "humaneval/pass@1:-2"], "neither points"),
    (["--grid", "train.lr=1e-4,2e-4", "--set", "eval.tasks=[humaneval]", "--fail-on", "heldout/pass@1:-2pp"],
     "task 'heldout' is not evaluated"),
    (["--grid", "train.lr=1e-4,2e-4", "--stages", "train", "--fail-on", "humaneval/pass@1:-2pp"],
     "needs an evaluation stage"),
    (["--grid", "train.lr=1e-4,2e-4", "--stages", "eval-base,train,eval-adapter", "--fail-on",
      "merged/humaneval/pass@1:-2pp"], "stage 'merged' is not run"),
    (["--grid", "train.lr=1e-4,2e-4", "--stages", "eval-base,fit"], "unknown stage 'fit'"),
])
def test_bad_input_before_anything_runs(tmp_path, capsys, argv, fragment):
    run_dir = tmp_path / "sweep"
    code, _, err = run_cli(["sweep", "--run-dir", str(run_dir), "--allow-code-execution", *argv], capsys)
    one_line_error(code, err, fragment)
    assert not run_dir.exists()


def test_code_execution_must_be_allowed(tmp_path, capsys):
    code, _, err = run_cli(["sweep", "--run-dir", str(tmp_path / "s"), "--grid", "train.lr=1e-4,2e-4"], capsys)
    one_line_error(code, err, "--allow-code-execution")
    assert not (tmp_path / "s").exists()


def test_two_variants_share_the_base_evaluation(tiny_model_dir, tmp_path, capsys):
    data = tmp_path / "rows.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    run_dir = tmp_path / "sweep"
    argv = ["sweep", "--run-dir", str(run_dir), "--limit", "2", "--no-progress", "--allow-code-execution",
            "--grid", "train.lr=2e-4,1e-3", "--stages", "eval-base,train,eval-adapter,report",
            "--set", f"model.name_or_path={tiny_model_dir}", "--set", f"data.path={data}",
            "--set", "train.max_steps=2", "--set", "train.batch_size=2", "--set", "train.quantization=none",
            "--set", "generation.max_new_tokens=8", "--fail-on", "humaneval/pass@1:-2pp"]
    code, out, err = run_cli(argv, capsys)
    assert code == 0, out + err  # 2 problems can never make a significant regression
    # The base evaluation ran once; the second variant reused it and trained its own adapter.
    assert out.count("eval-base: reusing") == 1, out
    assert out.index("eval-base: reusing") > out.index("variant 2/2: train.lr=1e-3")
    assert "train: reusing" not in out and "eval-adapter: reusing" not in out
    stages = run_dir / "stages"
    assert len(list(stages.glob("eval-base-*"))) == 1 and len(list(stages.glob("train-*"))) == 2
    assert not (stages / "results.json").exists() and not (stages / "config.yaml").exists()
    first, second = run_dir / "train.lr=2e-4", run_dir / "train.lr=1e-3"
    r1, r2 = (json.loads((d / "results.json").read_text()) for d in (first, second))
    assert r1["run_id"] == "train.lr=2e-4" and r1["config"]["train"]["lr"] == 2e-4 and r2["config"]["train"]["lr"] == 1e-3
    assert r1["stages"]["base"]["stage_key"] == r2["stages"]["base"]["stage_key"]
    assert r1["stages"]["adapter"]["stage_key"] != r2["stages"]["adapter"]["stage_key"]
    assert set(r1["stages"]) == {"base", "adapter"} and "adapter_vs_base" in r1["comparisons"]
    assert "--set train.lr=1e-3" in r2["command"] and "--limit 2" in r2["command"]
    for d in (first, second):
        assert (d / "report.html").stat().st_size > 1000 and (d / "config.yaml").is_file()
        assert "pass@1" in (d / "summary.md").read_text()
    # One comparison against the first variant, gated like `harness compare`.
    sweep = json.loads((run_dir / "sweep.json").read_text())
    assert sweep["baseline"] == "train.lr=2e-4" and sweep["status"] == "pass" and sweep["exit_code"] == 0
    outcome = sweep["variants"][1]["outcome"]
    assert outcome["comparisons"][0]["stage"] == "adapter" and outcome["rules"][0]["status"] == "pass"
    md = (run_dir / "sweep.md").read_text()
    assert md.startswith("### Sweep: ✅ PASS · smollm2-135m · 2 variants vs `train.lr=2e-4`")
    assert "| variant | humaneval pass@1 (adapter) |" in md
    assert re.search(r"\| `train\.lr=1e-3` \| \d+\.\d% \([+-]\d+\.\d pts, p = [\d.]+, no significant change\) \|", md)
    html = (run_dir / "sweep.html").read_text()
    assert 'data-variant="train.lr=1e-3"' in html and "--adapter:#d97706" in html
    assert "sweep: PASS" in out and "train.lr=1e-3 vs train.lr=2e-4" in out
