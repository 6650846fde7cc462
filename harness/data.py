"""The SFT dataset: load alpaca-style rows (shipped, local JSONL/JSON, or hub), validate them by line,
remove exact duplicates, split off a held-out slice deterministically, hash the result."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from harness.config import DataConfig
from harness.errors import HarnessError

SHIPPED = {"code_instructions": "code_instructions.jsonl"}
REQUIRED = ("instruction", "output")


@dataclass
class Dataset:
    """Rows split into train and held-out, with what loading had to drop."""

    train: list[dict]
    heldout: list[dict]
    source: str
    sha256: str
    skipped: list[str] = field(default_factory=list)
    duplicates: int = 0

    def summary(self) -> dict:
        return {"source": self.source, "sha256": self.sha256, "train_rows": len(self.train),
                "heldout_rows": len(self.heldout), "skipped_rows": len(self.skipped),
                "skipped": self.skipped[:20], "duplicates_removed": self.duplicates}


def shipped_path(name: str) -> Path:
    if name not in SHIPPED:
        raise HarnessError(f"unknown shipped dataset '{name}'; available: {', '.join(SHIPPED)}")
    return Path(str(resources.files("tasks") / "data" / SHIPPED[name]))


def _read_local(path: Path) -> list[tuple[str, object]]:
    """(location, parsed-or-error) per record of a .jsonl or .json file."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise HarnessError(f"{path}: not valid JSON ({e.msg} at line {e.lineno}); fix the file") from None
        if not isinstance(data, list):
            raise HarnessError(f"{path}: expected a JSON list of rows")
        return [(f"{path}: row {i + 1}", row) for i, row in enumerate(data)]
    out: list[tuple[str, object]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append((f"{path}:{n}", json.loads(line)))
        except json.JSONDecodeError as e:
            out.append((f"{path}:{n}", ValueError(f"not valid JSON ({e.msg})")))
    return out


def _read_hub(name: str, split: str) -> list[tuple[str, object]]:
    try:
        import datasets

        ds = datasets.load_dataset(name, split=split)
    except Exception as e:  # noqa: BLE001 - any hub failure becomes one line
        first = (str(e).strip().splitlines() or [type(e).__name__])[0]
        raise HarnessError(f"cannot load dataset '{name}' from the hub: {first[:200]} "
                           "(pass a local .jsonl with data.path=FILE when offline)") from None
    return [(f"{name}[{i}]", row) for i, row in enumerate(ds)]


def _check_row(row: object) -> str | None:
    """Why a row is malformed, or None."""
    if not isinstance(row, dict):
        return "not a JSON object"
    for key in REQUIRED:
        if not isinstance(row.get(key), str) or not row[key].strip():
            return f"missing or empty '{key}'"
    if "input" in row and row["input"] is not None and not isinstance(row["input"], str):
        return "'input' must be a string"
    return None


def load_dataset(cfg: DataConfig) -> Dataset:
    """Load, validate, dedupe and split the SFT rows named by `data.path`."""
    if cfg.path.startswith("shipped:"):
        path = shipped_path(cfg.path.split(":", 1)[1])
        records = _read_local(path)
    elif Path(cfg.path).suffix in (".jsonl", ".json") or Path(cfg.path).exists():
        path = Path(cfg.path)
        if not path.is_file():
            raise HarnessError(f"dataset file not found: {cfg.path} (fix data.path)")
        records = _read_local(path)
    else:
        records = _read_hub(cfg.path, cfg.split)
    rows, skipped, seen, dups = [], [], set(), 0
    for where, row in records:
        problem = str(row) if isinstance(row, Exception) else _check_row(row)
        if problem:
            if cfg.on_bad_row == "error":
                raise HarnessError(f"malformed dataset row at {where}: {problem} "
                                   "(fix it, or pass --set data.on_bad_row=skip)")
            skipped.append(f"{where}: {problem}")
            continue
        clean = {"instruction": row["instruction"].strip(), "input": (row.get("input") or "").strip(),
                 "output": row["output"].rstrip(), **{k: v for k, v in row.items() if k in ("id", "test")}}
        ident = json.dumps([clean["instruction"], clean["input"], clean["output"]])
        if ident in seen:
            dups += 1
            continue
        seen.add(ident)
        rows.append(clean)
    if cfg.max_rows:
        rows = rows[: cfg.max_rows]
    if len(rows) < 2:
        raise HarnessError(f"dataset {cfg.path} has {len(rows)} usable rows; need at least 2")
    digest = hashlib.sha256("\n".join(json.dumps(r, sort_keys=True) for r in rows).encode()).hexdigest()
    train, heldout = split_heldout(rows, cfg.heldout_fraction, cfg.seed)
    return Dataset(train, heldout, cfg.path, digest[:16], skipped, dups)


def split_heldout(rows: list[dict], fraction: float, seed: int) -> tuple[list[dict], list[dict]]:
    """Deterministic split by a hash of each row's content: a row's side never depends on the others."""
    def bucket(row: dict) -> float:
        h = hashlib.sha256(f"{seed}:{row['instruction']}\n{row['input']}".encode()).digest()
        return int.from_bytes(h[:8], "big") / 2**64

    heldout = [r for r in rows if bucket(r) < fraction]
    train = [r for r in rows if bucket(r) >= fraction]
    if not train:
        raise HarnessError("data.heldout_fraction leaves no rows to train on; lower it")
    return train, heldout
