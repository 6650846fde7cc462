"""The regression gate `harness compare`: exit codes, thresholds, direction, significance, stages,
incomparable runs, bad input, and compare.html in headless Chromium. Hand-built results only."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import chromium_dom, needs_chromium, visible_text

from harness.cli import main
from harness.errors import HarnessError
from harness.gate import compare_runs, parse_rule

P, F = "passed", "failed"


def task(outcomes: list[str], finish: list[str] | None = None, version: str = "1",
         template: str = "t1" * 6, first_id: int = 0) -> dict[str, Any]:
    finish = finish or ["stop"] * len(outcomes)
    problems = [{"task_id": f"HumanEval/{first_id + i}", "n": 1, "c": int(s == P), "status": [s],
                 "syntax_ok": [s != "syntax_error"], "finish": [f], "code": ["pass"]}
                for i, (s, f) in enumerate(zip(outcomes, finish, strict=True))]
    rate = sum(s == P for s in outcomes) / len(outcomes)
    return {"version": version, "prompt_template_hash": template, "prompt_mode": "chat", "n_problems": len(outcomes),
            "n_samples": 1, "metrics": {"pass@1": {"value": rate, "ci95": [rate, rate]}}, "problems": problems}


def run(stages: dict[str, dict[str, Any]], run_id: str = "r") -> dict[str, Any]:
    return {"schema": 1, "run_id": run_id, "recipe": "smollm2-135m", "config_hash": run_id * 12,
            "hashes": {"prompt_template": "ph" * 6}, "env": {"git": {"sha": "0" * 40}},
            "method": {"n_samples": 1, "ks": [1], "do_sample": False},
            "stages": {s: {"tasks": {"humaneval": t}} for s, t in stages.items()}}


def save(tmp_path: Path, name: str, results: dict[str, Any]) -> Path:
    d = tmp_path / name
    d.mkdir()
    (d / "results.json").write_text(json.dumps(results))
    return d


def gate(capsys, *argv: str | Path) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as e:
        main(["compare", *map(str, argv)])
    out = capsys.readouterr()
    return e.value.code, out.out, out.err


def one_line_error(code: int, err: str, fragment: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("harness: error:") and fragment in lines[0], err


# 100 problems: baseline passes 50; the candidate breaks 6 of them and fixes none.
# exact McNemar p = 2/64 = 0.031: significant; -6 pts absolute, -12% relative.
BASE_100 = [P] * 50 + [F] * 50
CAND_100 = [F] * 6 + [P] * 44 + [F] * 50


@pytest.fixture
def runs(tmp_path: Path) -> tuple[Path, Path]:
    base = run({"base": task(BASE_100), "adapter": task(BASE_100), "merged": task(BASE_100)}, "base")
    cand = run({"base": task(BASE_100), "adapter": task(BASE_100), "merged": task(CAND_100)}, "cand")
    return save(tmp_path, "baseline", base), save(tmp_path, "candidate", cand)


def test_exit_codes_pass_regression_and_usage(runs, tmp_path, capsys):
    a, b = runs
    code, out, _ = gate(capsys, a, b, "--fail-on", "humaneval/pass@1:-10pp")
    assert code == 0 and "gate: PASS" in out
    code, out, _ = gate(capsys, a, b, "--fail-on", "humaneval/pass@1:-2pp")
    assert code == 1 and "gate: REGRESSION" in out and "merged/humaneval/pass@1 worse by 6.0pp" in out
    # Two failing rules: still exit 1, never a count.
    code, _, _ = gate(capsys, a, b, "--fail-on", "humaneval/pass@1:-2pp", "--fail-on", "merged/humaneval/pass@1:-1pp")
    assert code == 1
    code, _, err = gate(capsys, tmp_path / "nowhere", b, "--fail-on", "humaneval/pass@1:-2pp")
    one_line_error(code, err, "baseline: no results.json at")
    (tmp_path / "broken.json").write_text("{not json")
    code, _, err = gate(capsys, tmp_path / "broken.json", b)
    one_line_error(code, err, "is not valid JSON")
    code, _, err = gate(capsys, a, b, "--fail-on", "humaneval/pass@1:-2pp", "--alpha", "1.5")
    one_line_error(code, err, "--alpha")


def test_points_versus_relative_thresholds(runs, capsys):
    a, b = runs
    assert gate(capsys, a, b, "--fail-on", "humaneval/pass@1:-5pp")[0] == 1  # 6 pts > 5
    assert gate(capsys, a, b, "--fail-on", "humaneval/pass@1:-8pp")[0] == 0  # 6 pts < 8
    assert gate(capsys, a, b, "--fail-on", "humaneval/pass@1:-10%")[0] == 1  # 12% of 50% > 10%
    assert gate(capsys, a, b, "--fail-on", "humaneval/pass@1:-15%")[0] == 0  # 12% < 15%
    assert gate(capsys, a, b, "--fail-on", "humaneval/pass@1:-6pp")[0] == 0  # exactly at the limit: not past it
    assert gate(capsys, a, b, "--fail-on", "humaneval/pass@1:6pp")[0] == 0  # unsigned = the same tolerance


def test_direction_of_each_metric():
    # truncated: lower is better. 20 of 40 candidates hit max_new_tokens, pass@1 unchanged.
    outcomes = [P] * 20 + [F] * 20
    short, cut = ["stop"] * 40, ["length"] * 20 + ["stop"] * 20
    a, b = run({"merged": task(outcomes, short)}), run({"merged": task(outcomes, cut)})
    rule = [parse_rule("humaneval/truncated:-5pp")]
    worse = compare_runs(a, b, rule)
    m = worse["comparisons"][0]["metrics"]["truncated"]
    assert m["direction"] == "lower" and m["delta_pts"] == pytest.approx(50.0) and m["verdict"] == "regressed"
    assert (m["flips"]["fixed"], m["flips"]["broken"]) == (0, 20)  # more truncation: broken, not fixed
    assert worse["exit_code"] == 1
    better = compare_runs(b, a, rule)  # less truncation is an improvement, never a failure
    assert better["comparisons"][0]["metrics"]["truncated"]["verdict"] == "improved"
    assert better["exit_code"] == 0
    # syntax_valid and pass@1: higher is better; a rise never fails.
    up = compare_runs(run({"merged": task(CAND_100)}), run({"merged": task(BASE_100)}),
                      [parse_rule("humaneval/pass@1:-0pp"), parse_rule("humaneval/syntax_valid:-0pp")])
    assert up["exit_code"] == 0 and up["comparisons"][0]["metrics"]["pass@1"]["verdict"] == "improved"
    bad_syntax = task(BASE_100)
    for p in bad_syntax["problems"][:30]:
        p["syntax_ok"] = [False]
    down = compare_runs(run({"merged": task(BASE_100)}), run({"merged": bad_syntax}),
                        [parse_rule("humaneval/syntax_valid:-5pp")])
    assert down["exit_code"] == 1 and down["rules"][0]["worse"] == pytest.approx(30.0)


def test_significance_is_required(tmp_path, capsys):
    # 5 problems, 3 broken: -60 pts, far past the threshold, but exact McNemar p = 0.25.
    a = save(tmp_path, "a", run({"merged": task([P] * 5)}))
    b = save(tmp_path, "b", run({"merged": task([F] * 3 + [P] * 2)}))
    code, out, _ = gate(capsys, a, b, "--fail-on", "humaneval/pass@1:-2pp")
    assert code == 0, out
    assert "-60.0 pts" in out and "p = 0.250" in out and "not significant" in out
    md = (b / "compare.md").read_text()
    assert "dropped 60.0pp, not significant" in md and "REGRESSION" not in md


def test_stage_naming_and_default(runs, tmp_path, capsys):
    a, b = runs  # only the merged stage regressed
    assert gate(capsys, a, b, "--fail-on", "adapter/humaneval/pass@1:-2pp")[0] == 0
    assert gate(capsys, a, b, "--fail-on", "merged/humaneval/pass@1:-2pp")[0] == 1
    assert gate(capsys, a, b, "--fail-on", "base/humaneval/pass@1:-2pp")[0] == 0
    # Default: merged when both runs have it, else the adapter.
    no_merged = run({"base": task(BASE_100), "adapter": task(CAND_100)}, "cand2")
    c = save(tmp_path, "no-merged", no_merged)
    code, out, _ = gate(capsys, a, c, "--fail-on", "humaneval/pass@1:-2pp")
    assert code == 1 and "adapter/humaneval/pass@1 worse by 6.0pp" in out
    code, _, err = gate(capsys, a, c, "--fail-on", "merged/humaneval/pass@1:-2pp")
    one_line_error(code, err, "stage 'merged' is not in the candidate run")
    code, _, err = gate(capsys, a, c, "--fail-on", "heldout/pass@1:-2pp")
    one_line_error(code, err, "task 'heldout' is not in the baseline run's adapter stage")


def test_incomparable_runs_exit_2(tmp_path, capsys):
    base = run({"merged": task(BASE_100)})
    a = save(tmp_path, "a", base)
    cases = {
        "version": (run({"merged": task(BASE_100, version="2")}), "task version 1 vs 2"),
        "template": (run({"merged": task(BASE_100, template="t2" * 6)}), "prompt template hash"),
        "disjoint": (run({"merged": task(BASE_100, first_id=1000)}), "no common problems"),
    }
    for name, (cand, fragment) in cases.items():
        b = save(tmp_path, name, cand)
        code, _, err = gate(capsys, a, b, "--fail-on", "humaneval/pass@1:-2pp")
        one_line_error(code, err, fragment)
        assert "incomparable runs" in err
        code, _, err = gate(capsys, a, b)  # also without rules
        one_line_error(code, err, fragment)
    mode = run({"merged": task(BASE_100)})
    mode["stages"]["merged"]["tasks"]["humaneval"]["prompt_mode"] = "completion"
    with pytest.raises(HarnessError, match="prompt mode chat vs completion"):
        compare_runs(base, mode, [])


@pytest.mark.parametrize("rule, fragment", [
    ("humaneval/pass@1", "expected METRIC:THRESHOLD"),
    ("humaneval/pass@1:-2", "neither points like -2pp nor relative like -5%"),
    ("humaneval/pass@1:two%", "neither points"),
    ("humaneval/pass@1:+2pp", "write it as -2pp"),
    ("pass@1:-2pp", "expected [STAGE/]TASK/METRIC"),
    ("final/humaneval/pass@1:-2pp", "stages: merged, adapter, base"),
    ("humaneval/accuracy:-2pp", "unknown metric 'accuracy'"),
])
def test_malformed_rule_is_one_line_exit_2(runs, capsys, rule, fragment):
    a, b = runs
    code, out, err = gate(capsys, a, b, "--fail-on", rule)
    one_line_error(code, err, fragment)
    assert not (b / "compare.md").exists()


def test_partial_overlap_and_missing_metric_are_reported(tmp_path, capsys):
    a = save(tmp_path, "a", run({"merged": task(BASE_100)}))
    b = save(tmp_path, "b", run({"merged": task(BASE_100[:60])}))
    code, out, _ = gate(capsys, a, b, "--fail-on", "humaneval/pass@1:-2pp")
    assert code == 0 and "60 problems in both stages (100 vs 60)" in out
    code, _, err = gate(capsys, a, b, "--fail-on", "humaneval/pass@5:-2pp")
    one_line_error(code, err, "pass@5 cannot be compared")


def test_outputs_and_table(runs, tmp_path, capsys):
    a, b = runs
    out_dir = tmp_path / "gate-out"
    code, out, _ = gate(capsys, a / "results.json", b / "results.json", "--fail-on", "humaneval/pass@1:-2pp",
                        "--out", out_dir)
    assert code == 1
    assert re.search(r"merged/humaneval/pass@1 +50\.0% +44\.0% +-6\.0 pts .* p = 0\.031 +regressed +\[-2pp: FAIL\]",
                     out), out
    md = (out_dir / "compare.md").read_text()
    assert md.startswith("### Regression gate: ❌ REGRESSION · candidate `cand` vs baseline `base`")
    row = next(line for line in md.splitlines() if line.startswith("| merged/humaneval/pass@1"))
    assert "| 50.0% | 44.0% | -6.0 pts [" in row and "p = 0.031 (exact McNemar) | regressed | **FAIL** (-2pp) |" in row
    assert "**Regression:** merged/humaneval/pass@1 is worse by 6.0pp, past the -2pp limit" in md
    html = (out_dir / "compare.html").read_text()
    refs = re.findall(r'(?:src|href)\s*=\s*["\']?([^"\'\s>]+)', html, flags=re.I)
    assert not refs and not re.search(r"(?i)https?://(?!www\.w3\.org)", html)
    assert "--adapter:#d97706" in html  # the report's own stylesheet, shared


def test_without_rules_nothing_is_gated(runs, capsys):
    a, b = runs
    code, out, _ = gate(capsys, a, b)
    assert code == 0 and "nothing gated" in out and "regressed" in out


@needs_chromium
def test_compare_html_in_chromium(runs, tmp_path, capsys):
    a, b = runs
    assert gate(capsys, a, b, "--fail-on", "humaneval/pass@1:-2pp", "--fail-on", "humaneval/syntax_valid:-1pp")[0] == 1
    dom = chromium_dom(b / "compare.html", tmp_path)
    text = visible_text(dom)
    assert 'id="gate-status">REGRESSION<' in dom
    assert re.search(r'<tr class="rule rule-fail"><td><code>humaneval/pass@1:-2pp</code>', dom)
    assert re.search(r'<tr class="rule rule-pass"><td><code>humaneval/syntax_valid:-1pp</code>', dom)
    row = re.search(r'<tr data-metric="pass@1">.*?</tr>', dom, flags=re.S).group(0)
    assert "50.0%" in row and "44.0%" in row and "-6.0 pts" in row and "p = 0.031" in row
    assert '<span class="verdict verdict-regressed">regressed</span>' in row and "0 / 6" in row
    assert "exit code 1" in text and "1 of 2 rule(s) failed" in text
    assert "HumanEval/0" in text and "HumanEval/5" in text  # the broken problems are named
    assert "exact McNemar" in text and "higher is better" in text


@needs_chromium
def test_passing_compare_html_in_chromium(runs, tmp_path, capsys):
    a, _ = runs
    same = save(tmp_path, "same", copy.deepcopy(json.loads((a / "results.json").read_text())))
    assert gate(capsys, a, same, "--fail-on", "humaneval/pass@1:-2pp")[0] == 0
    dom = chromium_dom(same / "compare.html", tmp_path)
    assert 'id="gate-status">PASS<' in dom and "every rule held" in visible_text(dom)
    assert set(re.findall(r'class="verdict verdict-([a-z-]+)"', dom)) == {"no-significant-change"}


def test_different_heldout_problems_are_incomparable():
    from harness.gate import incomparable_reasons

    a = {"version": "1", "prompt_mode": "chat", "identity": {"problems_sha": "aaa"}}
    b = {**a, "identity": {"problems_sha": "bbb"}}
    assert incomparable_reasons({}, {}, a, dict(a)) == []
    assert any("problem set" in r for r in incomparable_reasons({}, {}, a, b))


def test_different_numerics_are_shown_not_blocking():
    """A stage evaluated with bf16 matmuls against one in fp32 (two kinds of CPU): compared, and said."""
    from harness.gate import method_differences

    a = run({"base": task(BASE_100), "merged": task(BASE_100)}, "a")
    b = copy.deepcopy(a)
    for r, matmul in ((a, "float32"), (b, "bfloat16")):
        r["stages"]["merged"]["numerics"] = {"dtype": "float32", "cpu_matmul": matmul}
    b["stages"]["base"]["numerics"] = {"dtype": "float32", "cpu_matmul": "bfloat16"}  # a has none recorded
    assert method_differences(a, b) == ["merged numerics: float32 vs float32, matmuls in bfloat16"]
    assert compare_runs(a, b, [parse_rule("humaneval/pass@1:-2pp")])["method_differences"] == method_differences(a, b)
    assert method_differences(a, copy.deepcopy(a)) == []
