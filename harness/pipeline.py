"""The stage graph: eval-base -> train -> eval-adapter -> merge -> eval-merged -> report.

Each stage writes into `RUN_DIR/<stage>-<key>/` where `key` hashes the stage's inputs (model
fingerprint, config slice, dataset hash, task versions, prompt templates). A stage whose folder
holds a complete manifest is reused; an interrupted evaluation resumes from its sample log."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from harness import cpu_matmul, models
from harness.config import STAGES, RunConfig, config_hash, dump_yaml, to_dict
from harness.cpu_memory import PeakRSS, release_freed_memory
from harness.env import environment, versions
from harness.errors import HarnessError
from harness.evaluate import evaluate_model

SCHEMA = 1
EVAL_STAGES = {"eval-base": "base", "eval-adapter": "adapter", "eval-merged": "merged"}


@dataclass
class Run:
    """A run folder and what the stages produced so far in this invocation."""

    cfg: RunConfig
    run_dir: Path
    allow_code_execution: bool = False
    progress: bool = True
    command: str | None = None
    """the command line that started the run (recorded in results.json)"""
    outputs: dict = field(default_factory=dict)
    keys: dict = field(default_factory=dict)

    def stage_dir(self, stage: str) -> Path:
        return self.run_dir / f"{stage}-{self.keys[stage]}"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _write_json(path: Path, obj) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(obj, indent=1, default=str))
    tmp.replace(path)


def load_complete(stage_dir: Path) -> dict | None:
    """The stage's result when its manifest says it completed, else None."""
    manifest = stage_dir / "manifest.json"
    if not manifest.is_file():
        return None
    data = json.loads(manifest.read_text())
    if data.get("status") != "complete":
        return None
    return json.loads((stage_dir / "result.json").read_text())


def _finish(stage_dir: Path, stage: str, key: str, inputs: dict, result: dict, seconds: float, rss: PeakRSS) -> None:
    _write_json(stage_dir / "result.json", result)
    _write_json(stage_dir / "manifest.json", {
        "stage": stage, "key": key, "status": "complete", "inputs": inputs, "finished": _now(),
        "seconds": round(seconds, 2), "peak_rss_mib": round(rss.peak, 1), "rss_before_mib": rss.before,
        "versions": versions()})


def eval_dtype(cfg: RunConfig, stage: str, device: str) -> str:
    """The dtype an evaluation stage runs the model in: the adapter on its NF4 base computes in
    `train.compute_dtype`, as it trained; the base and the merged model in `model.dtype`."""
    if stage == "eval-adapter" and cfg.train.quantization == "nf4":
        return models.dtype_name(cfg.train.compute_dtype, device)
    return models.dtype_name(cfg.model.dtype, device)


def stage_inputs(run: Run, stage: str, base_fp: str, dataset_sha: str | None) -> dict:
    """What a stage's output depends on: its key is the hash of this. The numerics are the ones this machine
    resolves `auto` to (`model.dtype`, `model.cpu_matmul`), so a CPU run and a GPU run of one config differ."""
    c, device = run.cfg, models.pick_device()
    matmul = cpu_matmul.resolve(c.model.cpu_matmul, device)
    ev = {"generation": asdict(c.generation), "eval": {**asdict(c.eval), "workers": None, "gpus": None},
          "numerics": {"dtype": eval_dtype(c, stage, device), "cpu_matmul": matmul}}
    train = {"model": base_fp, "data": asdict(c.data), "dataset_sha": dataset_sha, "lora": asdict(c.lora),
             "train": {**asdict(c.train), "logging_steps": None}}
    if matmul is not None:  # only where it applies, so GPU runs keep their keys
        train["cpu_matmul"] = matmul
    if stage == "eval-base":
        return {"model": base_fp, **ev, "tasks": _task_identity(c)}
    if stage == "train":
        return train
    if stage == "eval-adapter":
        return {"adapter": config_hash(train), **ev, "tasks": _task_identity(c)}
    if stage == "merge":
        return {"adapter": config_hash(train), "merge": asdict(c.merge)}
    if stage == "eval-merged":  # the merged weights depend on the merge settings, not on the equivalence probe
        weights = {k: v for k, v in asdict(c.merge).items() if k not in ("equivalence", "probe_tokens")}
        return {"merged": config_hash({"adapter": config_hash(train), "merge": weights}), **ev,
                "tasks": _task_identity(c)}
    raise KeyError(stage)


def _task_identity(cfg: RunConfig) -> dict:
    """Per task: version, prompt-template hash and, for tasks that have one, ``identity()`` (e.g. the
    heldout task's dataset hash), so that a change to any of them gives new evaluation stage keys."""
    from tasks import get_task

    out = {}
    for name in cfg.eval.tasks:
        task = get_task(name, cfg)
        out[name] = {"version": task.version, "template": config_hash(task.prompt_template(cfg.eval.prompt_mode))}
        if callable(getattr(task, "identity", None)):
            out[name]["identity"] = task.identity()
    return out


def _world_size() -> int:
    return int(os.environ.get("WORLD_SIZE", "1"))


def _rank() -> int:
    """This process's rank under a data-parallel launcher (0 otherwise)."""
    return int(os.environ.get("RANK", "0"))


def _skip_untestable_heldout(cfg: RunConfig) -> None:
    """A recipe that lists the heldout task, run on a dataset whose held-out rows carry no tests
    (e.g. a hub set), evaluates HumanEval only and says so in the results' notes."""
    from tasks import get_task

    if "heldout" not in cfg.eval.tasks or len(cfg.eval.tasks) == 1:
        return
    try:
        get_task("heldout", cfg).problems(1)
    except HarnessError as e:
        cfg.eval.tasks = [t for t in cfg.eval.tasks if t != "heldout"]
        cfg.notes = [*cfg.notes, f"heldout task skipped: {e}"]
        print(f"[harness] heldout task skipped: {e}", flush=True)


def run_pipeline(run: Run, stages: list[str]) -> dict:
    """Run the named stages in order (reusing complete ones); returns results.json's content."""
    cfg = run.cfg
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        raise HarnessError(f"unknown stage '{unknown[0]}'; stages: {', '.join(STAGES)}")
    if any(s in EVAL_STAGES for s in stages) and not run.allow_code_execution:
        raise HarnessError("evaluation runs model-written code; pass --allow-code-execution to allow it "
                           "(each program runs in a sandboxed subprocess)")
    if _world_size() > 1 and set(stages) - {"train"}:
        raise HarnessError("under `accelerate launch` (or torchrun) run only the training stage: `harness train "
                           "RECIPE`; evaluation shards itself across GPUs with --gpus N")
    _skip_untestable_heldout(cfg)
    _task_identity(cfg)  # unknown task names fail here, before any work
    _prepare_run_dir(run)
    base_src = models.resolve(cfg.model)
    base_fp = models.fingerprint(base_src)
    dataset = None
    if {"train", "eval-adapter", "merge", "eval-merged"} & set(stages):
        from harness.data import load_dataset

        dataset = load_dataset(cfg.data)
    for stage in STAGES[:-1]:
        run.keys[stage] = config_hash(stage_inputs(run, stage, base_fp, dataset.sha256 if dataset else None))
    for stage in [s for s in STAGES if s in stages and s != "report"]:
        run.outputs[stage] = _run_stage(run, stage, base_src, base_fp, dataset)
    results = assemble_results(run, dataset)
    if _rank() != 0:  # data-parallel training launched from outside: process 0 writes the run folder
        return results
    _write_json(run.run_dir / "results.json", results)
    if "report" in stages:
        from reports import render_report

        paths = render_report(results, run.run_dir)
        _write_json(run.run_dir / "results.json", results)
        print(f"[harness] report: {paths['html']}", flush=True)
    return results


def _prepare_run_dir(run: Run) -> None:
    try:
        run.run_dir.mkdir(parents=True, exist_ok=True)
        (run.run_dir / "config.yaml").write_text(dump_yaml(run.cfg))
    except OSError as e:
        raise HarnessError(f"cannot write the run folder {run.run_dir}: {e.strerror}; "
                           "pick another with --run-dir") from None
    free_gib = shutil.disk_usage(run.run_dir).free / 2**30
    if free_gib < 1.0:
        raise HarnessError(f"only {free_gib:.2f} GiB free where the run folder is ({run.run_dir}); "
                           "free some space or pick another with --run-dir")


def _run_stage(run: Run, stage: str, base_src, base_fp: str, dataset) -> dict:
    """Reuse a complete stage or compute it."""
    out_dir = run.stage_dir(stage)
    done = load_complete(out_dir)
    if done is not None:
        print(f"[harness] {stage}: reusing {out_dir.name} (inputs unchanged)", flush=True)
        return done
    out_dir.mkdir(parents=True, exist_ok=True)
    inputs = stage_inputs(run, stage, base_fp, dataset.sha256 if dataset else None)
    t0 = time.perf_counter()
    try:
        with PeakRSS() as rss:
            result = _compute(run, stage, out_dir, base_src, dataset, inputs)
        release_freed_memory()
    except OSError as e:
        if e.errno == errno.ENOSPC:
            raise HarnessError(f"no space left on the device while writing {out_dir}; free space and run "
                               "again (finished work is kept and reused)") from None
        raise
    result["stage_key"] = run.keys[stage]
    if _rank() == 0:
        _finish(out_dir, stage, run.keys[stage], inputs, result, time.perf_counter() - t0, rss)
    print(f"[harness] {stage}: done in {time.perf_counter() - t0:.1f}s -> {out_dir}", flush=True)
    return result


def _upstream(run: Run, stage: str) -> dict:
    """The output of an earlier stage: from this invocation, or from its complete folder."""
    if stage not in run.outputs:
        done = load_complete(run.stage_dir(stage))
        if done is None:
            raise HarnessError(f"stage '{stage}' has not run with this config yet; include it in --stages")
        run.outputs[stage] = done
    return run.outputs[stage]


def _compute(run: Run, stage: str, out_dir: Path, base_src, dataset, inputs: dict) -> dict:
    """The stage's output; an evaluation runs in the numerics its key holds (`inputs`, from `stage_inputs`)."""
    cfg = run.cfg
    device = models.pick_device()
    if stage == "train":
        from harness.train import train

        src = models.materialize(base_src)
        data_check = check_training_data(dataset)
        if cfg.train.gpus > 1 and _world_size() == 1:
            from harness.train_parallel import launch_data_parallel as train
        record = train(cfg, src, dataset.train, dataset.heldout[:64], out_dir, progress=run.progress)
        return {**record, "dataset": dataset.summary(), "data_check": data_check,
                "adapter_dir": str(out_dir / "adapter")}
    if stage == "merge":
        from harness.merge import merge

        trained = _upstream(run, "train")
        adapter, src = Path(trained["adapter_dir"]), models.materialize(base_src)
        compute = trained.get("compute_dtype") or str(models.resolve_dtype(cfg.train.compute_dtype, device))[6:]
        record = merge(src, adapter, out_dir / "model", cfg.merge.dtype, base=cfg.merge.base,
                       method=cfg.merge.method, compute_dtype=compute, double_quant=cfg.train.double_quant)
        if cfg.merge.equivalence != "off":
            from harness.merge_check import check_merge

            record["equivalence"] = check_merge(cfg, src, adapter, Path(record["path"]), device)
        return record
    dtype, matmul = inputs["numerics"]["dtype"], inputs["numerics"]["cpu_matmul"]
    if stage == "eval-base":
        src = models.materialize(base_src)
        spec, label = models.ModelSpec(src.path, dtype, revision=src.revision), cfg.model.name_or_path
    elif stage == "eval-adapter":
        adapter = _upstream(run, "train")["adapter_dir"]
        quant = cfg.train.quantization == "nf4"
        src = models.materialize(base_src)
        spec = models.ModelSpec(src.path, dtype, quant_4bit=quant, double_quant=cfg.train.double_quant,
                                adapter=adapter, tokenizer=adapter, revision=src.revision)
        label = f"{cfg.model.name_or_path} + LoRA ({'nf4 base' if quant else 'base'})"
    else:
        spec, label = models.ModelSpec(_upstream(run, "merge")["path"], dtype), f"merged ({cfg.merge.dtype})"
    spec = dataclasses.replace(spec, cpu_matmul=matmul)
    return evaluate_model(spec, cfg, out_dir, label, progress=run.progress)


def check_training_data(dataset, max_hits: int = 50) -> dict:
    """`harness data check` on every row of the training set (train and held-out): 13-gram overlap and
    near-duplicates against HumanEval. A contaminated set is reported (here and in the report), not
    refused: the user decides."""
    from harness.decontam import check_rows, describe

    report = check_rows(dataset.train + dataset.heldout)
    if not report["clean"]:
        print(f"[harness] WARNING: {report['contaminated_rows']} training rows overlap HumanEval "
              f"(see `harness data check {dataset.source}`); e.g. {describe(report['hits'][0])}", flush=True)
    return {**report, "hits": report["hits"][:max_hits], "hits_total": len(report["hits"])}


def _stage_records(run: Run, fields: tuple[str, ...]) -> dict[str, dict[str, float]]:
    """Per field, each stage's value from its manifest, as it was when the stage was computed (reuse costs nothing):
    `seconds` (wall time), `peak_rss_mib` (the process's peak resident memory during the stage)."""
    out: dict[str, dict[str, float]] = {f: {} for f in fields}
    for stage in run.keys:
        path = run.stage_dir(stage) / "manifest.json"
        if path.is_file():
            manifest = json.loads(path.read_text())
            for f in fields:
                out[f][stage] = manifest.get(f)
    return out


def _sandbox_isolation() -> dict:
    from harness.sandbox import isolation

    return isolation()


def assemble_results(run: Run, dataset) -> dict:
    """results.json (SPEC schema) from the stage outputs of this run folder."""
    cfg = run.cfg
    previous = {}
    path = run.run_dir / "results.json"
    if path.is_file():
        previous = json.loads(path.read_text())
    stages = dict(previous.get("stages", {})) if previous.get("config_hash") == config_hash(cfg) else {}
    records = _stage_records(run, ("seconds", "peak_rss_mib"))
    for stage, name in EVAL_STAGES.items():
        if stage in run.outputs:
            stages[name] = run.outputs[stage]
    results = {
        "schema": SCHEMA, "run_id": run.run_dir.name, "recipe": cfg.recipe, "config_hash": config_hash(cfg),
        "created": _now(), "config": to_dict(cfg), "env": {**environment(), "sandbox": _sandbox_isolation()},
        "hashes": {"dataset": dataset.sha256 if dataset else None,
                   "prompt_template": config_hash(_task_identity(cfg))},
        "method": {"prompt_mode": cfg.eval.prompt_mode, "do_sample": cfg.generation.do_sample,
                   "temperature": cfg.generation.temperature if cfg.generation.do_sample else 0.0,
                   "top_p": cfg.generation.top_p, "n_samples": cfg.generation.n_samples, "ks": cfg.eval.ks,
                   "timeout_s": cfg.eval.timeout_s, "max_new_tokens": cfg.generation.max_new_tokens,
                   "limit": cfg.eval.limit},
        "stages": stages,
        "stage_keys": dict(run.keys),
        "timings": {**previous.get("timings", {}), **records["seconds"]},
        "peak_rss_mib": {**previous.get("peak_rss_mib", {}), **records["peak_rss_mib"]},
        "notes": list(cfg.notes),
    }
    if run.command:
        results["command"] = run.command
    same_config = previous.get("config_hash") == config_hash(cfg)
    for stage in ("train", "merge"):
        if stage in run.outputs:
            results[stage] = run.outputs[stage]
        elif same_config and stage in previous:
            results[stage] = previous[stage]
    if dataset is not None and dataset.skipped:
        results["notes"].append(f"{len(dataset.skipped)} malformed dataset rows skipped")
    from reports.compare import build_comparisons

    build_comparisons(results)
    return results
