"""One evaluation stage: prompts for every task, resumable generation, sandboxed scoring, metrics."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from harness.config import RunConfig, config_hash
from harness.generate import Request, generate, read_log
from harness.metrics import summarize
from harness.sandbox import limits_for


def sample_key(task: str, task_id: str, i: int) -> str:
    return f"{task}/{task_id}/{i}"


def evaluate_model(load: Callable, cfg: RunConfig, out_dir: Path, label: str, progress: bool = True) -> dict:
    """Generate (resuming `out_dir/samples.jsonl`), execute and score every task in `cfg.eval.tasks`.

    `load()` returns (model, tokenizer); it is called only when some sample is still missing."""
    from tasks import get_task

    ev, gen = cfg.eval, cfg.generation
    log = out_dir / "samples.jsonl"
    tasks = {name: get_task(name, cfg) for name in ev.tasks}
    problems = {name: t.problems(ev.limit) for name, t in tasks.items()}
    keys = [sample_key(name, p.task_id, i) for name, ps in problems.items() for p in ps
            for i in range(gen.n_samples)]
    t0 = time.perf_counter()
    done = read_log(log)
    new_tokens = 0
    if any(k not in done for k in keys):
        model, tok = load()
        requests = [
            Request(sample_key(name, p.task_id, i), tasks[name].build_prompt(p, tok, ev.prompt_mode),
                    tuple(tasks[name].stop_sequences(ev.prompt_mode)))
            for name, ps in problems.items() for p in ps for i in range(gen.n_samples)]
        before = set(done)
        done = generate(model, tok, requests, gen, log, progress=progress, desc=f"generate {label}"[:60])
        new_tokens = sum(done[k]["new_tokens"] for k in done if k not in before)
        del model
    generate_s = time.perf_counter() - t0
    limits = limits_for(ev.timeout_s)
    task_results, t1 = {}, time.perf_counter()
    for name, task in tasks.items():
        gens = {p.task_id: [done[sample_key(name, p.task_id, i)] for i in range(gen.n_samples)]
                for p in problems[name]}
        records = task.score(problems[name], gens, ev.prompt_mode, limits=limits, workers=ev.workers)
        task_results[name] = {
            "version": task.version, "n_problems": len(records), "n_samples": gen.n_samples,
            "prompt_mode": ev.prompt_mode, "prompt_template_hash": config_hash(task.prompt_template(ev.prompt_mode)),
            "metrics": summarize(records, ev.ks), "problems": records,
        }
        if callable(getattr(task, "identity", None)):
            task_results[name]["identity"] = task.identity()
    execute_s = time.perf_counter() - t1
    return {
        "model": label, "tasks": task_results,
        "timing": {"generate_s": round(generate_s, 2), "execute_s": round(execute_s, 2),
                   "total_s": round(generate_s + execute_s, 2)},
        "throughput": {"new_tokens": new_tokens,
                       "tokens_per_s": round(new_tokens / generate_s, 1) if new_tokens else None},
    }
