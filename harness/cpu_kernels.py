"""Small C kernels for CPU work that torch does slowly, compiled on first use and loaded with ctypes.

Each kernel is compiled with the system C compiler (`$CC` or `cc`) into the harness cache
(`models.cache_root()/kernels`), one file per name, source, flags and CPU, atomically; no torch headers and no build
step at install. Without a compiler, with an unwritable cache, or with HARNESS_CPU_KERNELS=0, `build` says why and
the caller keeps its torch path.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import platform
import shutil
import subprocess
import tempfile
from pathlib import Path

FLAGS = ["-O3", "-march=native", "-ffast-math", "-fopenmp", "-shared", "-fPIC"]
_built: dict[str, tuple] = {}  # name -> (the loaded library or None, why)


def _cpu_tag() -> str:
    """What the compiled code depends on besides its source: machine type and CPU flags (-march=native)."""
    flags = ""
    try:
        flags = next((line for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("flags")), "")
    except OSError:
        pass
    return f"{platform.machine()}|{flags}"


def _compile(target: Path, compiler: str, source: str) -> str | None:
    """Build `source` into `target` (atomically); None, or why it failed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        src, lib = Path(tmp) / "kernel.c", Path(tmp) / "kernel.so"
        src.write_text(source)
        proc = subprocess.run([compiler, *FLAGS, str(src), "-o", str(lib), "-lm"], capture_output=True, text=True)
        if proc.returncode != 0:
            lines = (proc.stderr or proc.stdout).strip().splitlines()
            return f"{compiler} failed: {lines[-1] if lines else proc.returncode}"
        os.replace(lib, target)
    return None


def build(name: str, source: str, signatures: dict[str, list] | None = None) -> tuple[ctypes.CDLL | None, str]:
    """(the compiled library, "compiled C kernel"), or (None, why not); built, loaded and its functions typed once
    per process and name. `signatures`: function name -> its ctypes argument types (the functions return void)."""
    if name in _built:
        return _built[name]
    from harness.models import cache_root

    lib, compiler = None, os.environ.get("CC", "cc")
    if os.environ.get("HARNESS_CPU_KERNELS", "1") == "0":
        why = "off (HARNESS_CPU_KERNELS=0)"
    elif shutil.which(compiler) is None:
        why = f"no C compiler ({compiler!r} not found)"
    else:
        key = hashlib.sha256("\n".join([source, compiler, *FLAGS, _cpu_tag()]).encode()).hexdigest()[:16]
        target = cache_root() / "kernels" / f"{name}-{key}.so"
        try:
            why = None if target.is_file() else _compile(target, compiler, source)
        except OSError as e:  # an unwritable cache, a compiler that cannot start
            why = f"could not build {target}: {e}"
        if why is None:
            try:
                lib, why = ctypes.CDLL(str(target)), "compiled C kernel"
            except OSError as e:
                why = f"could not load {target}: {e}"
            else:
                for fn, argtypes in (signatures or {}).items():
                    getattr(lib, fn).argtypes, getattr(lib, fn).restype = argtypes, None
    _built[name] = (lib, why)
    return _built[name]

