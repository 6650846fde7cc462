"""`harness bench {exec,...}`: throughput benchmarks, one subcommand per module.

Each module in :data:`BENCH_MODULES` defines ``add_bench_command(subparsers)``, which adds its
subcommand to ``harness bench`` and sets ``func`` (parsed args -> exit code) via ``set_defaults``.
Add a benchmark by writing such a module and naming it here.
"""

from __future__ import annotations

import importlib

BENCH_MODULES: tuple[str, ...] = ("harness.bench_exec", "harness.bench_generate", "harness.bench_train", "harness.bench_loss",
                                  "harness.bench_scale")


def add_command(subparsers) -> None:
    p = subparsers.add_parser("bench", help="throughput benchmarks (see `harness bench -h`)",
                              description="Throughput benchmarks; each writes a JSON report.")
    sub = p.add_subparsers(dest="bench", required=True)
    for name in BENCH_MODULES:
        importlib.import_module(name).add_bench_command(sub)
