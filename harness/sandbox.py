"""Run untrusted, model-written Python in a locked-down subprocess (never in-process).

Each program runs as ``sys.executable -I -S -c BOOT`` (``sandbox_boot.py``) in a new session, with a fresh temporary
working directory and a scrubbed environment. The program (and a per-run nonce) reach the boot
code through stdin, so neither is visible in the program's cwd or ``/proc/self/cmdline``. The boot
code isolates itself as far as the OS allows, then forks the process that runs the program:

* Linux as root (the intended deployment): new network, PID and mount namespaces; every mount
  re-mounted read-only except the working directory; a private ``/proc``; the program runs under
  a random unprivileged uid/gid from ``0x70000000-0x7ffdffff`` (a fresh uid per run, so
  ``RLIMIT_NPROC``, which counts per uid, limits exactly this run and is not shared between
  parallel runs) with ``PR_SET_NO_NEW_PRIVS``. When the program's init process ends, the
  kernel kills everything left in its PID namespace, detached daemons included.
* Linux, not root: the same namespaces inside a new user namespace when unprivileged user
  namespaces are enabled (capabilities dropped before the program runs); ``RLIMIT_NPROC`` is set
  to ``max_procs`` plus the tasks the user already runs, since it counts all of the user's tasks.
* Wherever a step is refused (containers without ``CAP_SYS_ADMIN``, other OSes) it is skipped
  and recorded in :func:`isolation`; the resource limits and the process-group kill always apply,
  and when no PID namespace is available but a private uid is, every process of that uid is
  killed at the end.

The program passes only when it exits 0 *and* the boot code, after the program's code ran to the
end, wrote the nonce to a saved stdout descriptor. Residual risk: the nonce lives in the memory
of the program's own process, so deliberately hostile code could dig it out (``gc``, frame
inspection, ``/proc/self/mem``) and then skip its tests; model-written code that merely exits
early, kills itself or prints fake output cannot pass.

Resource limits are set in the boot code rather than a ``preexec_fn``: ``preexec_fn`` is unsafe in
a threaded parent, and :func:`run_many` starts subprocesses from threads.
"""

from __future__ import annotations

import ast
import json
import logging
import marshal
import os
import secrets
import selectors
import shutil
import signal
import site
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from pathlib import Path

from tqdm import tqdm

from harness.errors import HarnessError

log = logging.getLogger(__name__)

STATUSES = ("passed", "failed", "timeout", "runtime_error", "syntax_error", "killed")
_REPORT_TAG = b"harness-sandbox-isolation:"
_EXC_TAG = "harness-sandbox-exception:"
_ENV_KEEP = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"}
# Which isolation steps to attempt; tests switch some off to exercise the fallbacks.
_WANT = {"userns": True, "netns": True, "pidns": True, "mountns": True}


@dataclass(frozen=True)
class Limits:
    """Per-program limits. ``max_procs`` counts the tasks of the run's own uid (see module doc)."""

    timeout_s: float = 10.0  # wall clock
    cpu_s: int = 10  # RLIMIT_CPU (SIGXCPU at cpu_s, SIGKILL one second later)
    memory_mb: int = 2048  # RLIMIT_AS
    max_procs: int = 64  # RLIMIT_NPROC
    max_file_mb: int = 16  # RLIMIT_FSIZE
    max_open_files: int = 64  # RLIMIT_NOFILE
    max_output_bytes: int = 65536  # per stream; more is a flood and the run is killed


def limits_for(timeout: float | None) -> Limits:
    """Default limits; ``timeout`` sets the wall clock and the CPU limit (rounded up) alike."""
    import math

    return Limits() if timeout is None else Limits(timeout_s=timeout, cpu_s=max(1, math.ceil(timeout)))


@dataclass
class ExecResult:
    """Outcome of one program: status is one of :data:`STATUSES`."""

    status: str
    passed: bool
    duration_s: float
    returncode: int | None
    error: str


BOOT = Path(__file__).with_name("sandbox_boot.py").read_text()
"""The child's boot code (`sandbox_boot.py`), run as `python -I -S -c BOOT`"""


def _site_packages() -> list[str]:
    """The interpreter's site-packages; the child runs with -S (saves ~25 ms a run) and adds
    these to sys.path itself, without running ``.pth`` files."""
    return [p for p in site.getsitepackages() if os.path.isdir(p)]


def execution_allowed(flag: bool) -> None:
    """Refuse to go on unless the user opted in to executing model-written code."""
    if not flag:
        raise HarnessError(
            "this step executes model-written code (in a sandboxed subprocess); "
            "pass --allow-code-execution to allow it"
        )


class _Capped:
    """Collects a stream up to ``cap`` bytes; remembers whether more arrived."""

    def __init__(self, cap: int) -> None:
        self.cap, self.buf, self.total = cap, bytearray(), 0

    def add(self, chunk: bytes) -> None:
        self.total += len(chunk)
        room = self.cap - len(self.buf)
        if room > 0:
            self.buf += chunk[:room]

    @property
    def overflow(self) -> bool:
        return self.total > self.cap


_last_report: dict | None = None
_report_lock = threading.Lock()


def _note_report(report: dict) -> None:
    global _last_report
    with _report_lock:
        first = _last_report is None
        _last_report = report
    if first and not _fully_isolated(report):
        log.warning("sandbox isolation is partial on this host: %s", json.dumps(report))


def _fully_isolated(report: dict) -> bool:
    return all(report.get(k) for k in ("netns", "pidns", "mountns", "readonly_fs", "no_new_privs")) and (
        "uid" in report or bool(report.get("caps_dropped"))
    )


def isolation() -> dict:
    """What isolation the sandbox achieves on this host (from the latest run; runs one if none)."""
    if _last_report is None:
        run_program("pass", Limits(timeout_s=30))
    report = dict(_last_report or {"error": "no isolation report from the sandbox"})
    report["full"] = _fully_isolated(report)
    return report


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _kill_uid(uid: int) -> None:
    """Kill every process of ``uid`` (used when no PID namespace could contain the run)."""
    kill = shutil.which("kill", path=_ENV_KEEP["PATH"])
    if kill is None:
        log.warning("no kill(1) found: processes of sandbox uid %d may outlive their run", uid)
        return
    subprocess.run(
        [kill, "-KILL", "-1"], user=uid, group=uid, extra_groups=[], env=_ENV_KEEP, cwd="/",
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=30, check=False,
    )  # fmt: skip


def _pump(proc: subprocess.Popen, limits: Limits, out: _Capped, err: _Capped, on_exit) -> tuple[bool, bool]:
    """Read stdout/stderr into capped buffers until EOF; kill on timeout or flood. -> (timeout, flood)."""
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ, out)
    sel.register(proc.stderr, selectors.EVENT_READ, err)
    deadline = time.monotonic() + limits.timeout_s
    exited_at: float | None = None
    try:
        while sel.get_map():
            now = time.monotonic()
            if exited_at is None and proc.poll() is not None:
                exited_at = now
                on_exit()  # stragglers may hold the pipes open
            if exited_at is not None and now - exited_at > 2.0:
                return False, False
            if now >= deadline:
                return exited_at is None, False
            for key, _ in sel.select(timeout=min(deadline - now, 0.05)):
                chunk = os.read(key.fd, 65536)
                if not chunk:
                    sel.unregister(key.fileobj)
                    continue
                key.data.add(chunk)
                if key.data.overflow:
                    return False, True
    finally:
        sel.close()
    return False, False


def _split_report(stderr: bytes) -> tuple[dict | None, str]:
    """Take the boot code's isolation report (first stderr line) off stderr."""
    head, sep, rest = stderr.partition(b"\n")
    if sep and head.startswith(_REPORT_TAG):
        try:
            report = ast.literal_eval(head[len(_REPORT_TAG) :].decode())
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            report = None
        if isinstance(report, dict):
            return report, rest.decode("utf-8", "replace")
    return None, stderr.decode("utf-8", "replace")


def _check_started(report: dict | None, stderr: str, timed_out: bool) -> None:
    """Raise when the sandbox itself failed, which would otherwise fail every program silently."""
    if report is None:
        if not timed_out:
            raise HarnessError(f"the code-execution sandbox failed to start: {stderr.strip()[-500:]}")
        return
    _note_report(report)
    if "uid_error" in report and "uid" not in report:
        raise HarnessError(
            f"the sandbox could not switch from root to an unprivileged uid ({report['uid_error']}); "
            "run the harness as an unprivileged user instead"
        )
    if "python_unreadable" in report:
        raise HarnessError(
            f"the sandbox's unprivileged uid cannot read {report['python_unreadable']} of the "
            "Python installation; install Python and the virtualenv world-readable, or allow "
            "mount namespaces (CAP_SYS_ADMIN) so the sandbox can expose them"
        )


def _exception(stderr: str) -> tuple[list[str], str]:
    """(class names of the exception's MRO, short excerpt) of the program's uncaught exception."""
    body, sep, tag = stderr.rpartition("\n" + _EXC_TAG)
    if not sep:
        return [], ""
    lines = [ln for ln in body.splitlines() if ln.strip() and not ln.startswith(_EXC_TAG)]
    if not lines:
        return tag.split(","), ""
    excerpt = lines[-1]
    context = [ln.strip() for ln in lines[-4:-1] if ln[:1].isspace() and set(ln.strip()) - set("^~ ")]
    if context and not context[-1].startswith("File "):
        excerpt += f" (at: {context[-1]})"
    return tag.strip().split(","), excerpt[:500]


def _classify(
    limits: Limits, rc: int | None, timed_out: bool, flood: bool, nonce_seen: bool, stderr: str
) -> tuple[str, str]:
    """Status and error excerpt of a finished run."""
    if timed_out:
        return "timeout", f"timeout after {limits.timeout_s:g}s"
    if flood:
        return "killed", f"output flood: more than {limits.max_output_bytes} bytes on stdout or stderr"
    if rc == 0 and nonce_seen:
        return "passed", ""
    if rc == -signal.SIGXCPU:
        return "timeout", f"cpu limit of {limits.cpu_s}s exceeded"
    if rc is not None and rc < 0:
        try:
            name = signal.Signals(-rc).name
        except ValueError:
            name = f"signal {-rc}"
        return "killed", f"killed by {name}"
    mro, excerpt = _exception(stderr) if rc == 1 else ([], "")
    if "SyntaxError" in mro:
        return "syntax_error", excerpt
    if "AssertionError" in mro:
        return "failed", excerpt
    if mro:
        return "runtime_error", excerpt
    return "failed", f"exited with code {rc} before its tests ran to the end"


def run_program(program: str, limits: Limits = Limits()) -> ExecResult:  # noqa: B008
    """Run one program (code + its tests) in the sandbox and classify the outcome."""
    nonce = secrets.token_hex(16)
    uid = 0x70000000 + secrets.randbelow(0x7FFE0000 - 0x70000000)
    workdir = tempfile.mkdtemp(prefix="harness-sbx-")
    cfg = {"nonce": nonce, "uid": uid, "want": _WANT, "limits": asdict(limits), "site": _site_packages()}
    head = marshal.dumps(cfg)
    payload = b"%d\n" % len(head) + head + program.encode("utf-8", "surrogatepass")
    out, err = _Capped(limits.max_output_bytes + 64), _Capped(limits.max_output_bytes)
    uid_killed = False
    proc = None

    def kill_all() -> None:
        """SIGKILL the process group and, without a PID namespace, every process of the run's uid."""
        nonlocal uid_killed
        _kill_group(proc.pid)
        report = _split_report(bytes(err.buf))[0] or {}
        if not uid_killed and not report.get("pidns") and "uid" in report:
            uid_killed = True
            _kill_uid(report["uid"])

    start = time.monotonic()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", BOOT], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, cwd=workdir, env={**_ENV_KEEP, "HOME": workdir},
            start_new_session=True, close_fds=True,
        )  # fmt: skip
        try:
            proc.stdin.write(payload)
            proc.stdin.close()
        except BrokenPipeError:
            pass
        timed_out, flood = _pump(proc, limits, out, err, kill_all)
        duration = time.monotonic() - start
        kill_all()
        rc = None if timed_out or flood else proc.wait()
        report, stderr = _split_report(bytes(err.buf))
        _check_started(report, stderr, timed_out)
        status, error = _classify(limits, rc, timed_out, flood, nonce.encode() in out.buf, stderr)
        return ExecResult(status, status == "passed", round(duration, 4), rc, error)
    finally:
        if proc is not None:
            kill_all()
            for pipe in (proc.stdin, proc.stdout, proc.stderr):
                pipe.close()
            proc.wait()
        if sys.version_info >= (3, 12):
            shutil.rmtree(workdir, onexc=_force_remove)
        else:
            shutil.rmtree(workdir, onerror=_force_remove)


def _force_remove(func, path: str, _exc) -> None:
    """rmtree error handler: make the parent writable and retry once (the program may chmod)."""
    try:
        os.chmod(os.path.dirname(path), 0o700)
        func(path)
    except OSError:
        log.warning("could not remove sandbox file %s", path)


def run_many(
    programs: Sequence[str],
    limits: Limits = Limits(),  # noqa: B008
    workers: int | None = None,
    progress: bool = True,
    desc: str = "execute",
) -> list[ExecResult]:
    """Run programs in parallel (one thread per live subprocess); results keep the input order."""
    if workers is None:
        workers = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    results: list[ExecResult | None] = [None] * len(programs)
    with (
        ThreadPoolExecutor(max_workers=max(1, workers)) as pool,
        tqdm(total=len(programs), desc=desc, disable=not progress, unit="prog") as bar,
    ):
        futures = {pool.submit(run_program, p, limits): i for i, p in enumerate(programs)}
        try:
            for fut in as_completed(futures):
                results[futures[fut]] = fut.result()
                bar.update(1)
        except BaseException:  # a sandbox failure (HarnessError) or Ctrl-C: start nothing new
            for fut in futures:
                fut.cancel()
            raise
    return results  # type: ignore[return-value]
