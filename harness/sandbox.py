"""Run untrusted, model-written Python in a locked-down subprocess (never in-process).

Each program runs as ``sys.executable -I -S -c _BOOT`` in a new session, with a fresh temporary
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


# The boot code runs in the child as `python -I -S -c _BOOT` (so it must be self-contained).
# stdin carries a length line, the marshalled config (nonce, limits, what to attempt), then the
# program's source. The boot code imports only what it needs before the program runs (no json,
# re, enum or traceback: they would double the per-program start-up time).
_BOOT = r'''
import _signal as signal, ctypes, marshal, os, resource, sys

raw = sys.stdin.buffer.read()
size, _, rest = raw.partition(b"\n")
cfg, src = marshal.loads(rest[: int(size)]), rest[int(size) :]
del raw, rest
fd = os.open(os.devnull, os.O_RDONLY)
os.dup2(fd, 0)
os.close(fd)
sys.stdin = open(os.devnull)
want, lim = cfg["want"], cfg["limits"]
sys.path.extend(p for p in cfg["site"] if p not in sys.path)
workdir = os.getcwd()
rep = {"netns": False, "pidns": False, "mountns": False, "userns": False}
linux = sys.platform.startswith("linux")
libc = ctypes.CDLL(None, use_errno=True)
if linux:
    libc.mount.argtypes = [ctypes.c_char_p] * 3 + [ctypes.c_ulong, ctypes.c_void_p]
root = os.geteuid() == 0
NEWNS, NEWUSER, NEWPID, NEWNET = 0x20000, 0x10000000, 0x20000000, 0x40000000
RDONLY, NOSUID, NODEV, NOEXEC, REMOUNT, BIND, REC, PRIVATE = 1, 2, 4, 8, 32, 4096, 16384, 1 << 18
ATIME = {"noatime": 1024, "nodiratime": 2048, "relatime": 1 << 21, "strictatime": 1 << 24}


def err():
    return os.strerror(ctypes.get_errno())


def unshare():
    flags = (NEWNET if want["netns"] else 0) | (NEWPID if want["pidns"] else 0)
    flags |= NEWNS if want["mountns"] else 0
    if not flags or not linux:
        return
    user = not root and want["userns"]
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(flags | (NEWUSER if user else 0)) != 0:
        rep["unshare_error"] = err()
        if user:
            return
        flags = sum(f for f in (NEWNET, NEWPID, NEWNS) if flags & f and libc.unshare(f) == 0)
    if user:
        rep["userns"] = True
        for path, text in (("uid_map", f"{uid} {uid} 1"), ("setgroups", "deny"), ("gid_map", f"{gid} {gid} 1")):
            with open(f"/proc/self/{path}", "w") as f:
                f.write(text)
    rep["netns"], rep["pidns"] = bool(flags & NEWNET), bool(flags & NEWPID)
    if flags & NEWNS:
        rep["mountns"] = True
        readonly_except_workdir()


def readonly_except_workdir():
    """Re-mount every mount read-only in our private mount namespace; keep the workdir writable."""
    if libc.mount(None, b"/", None, REC | PRIVATE, None) != 0:
        rep["mount_error"] = "make-private: " + err()
        return
    if libc.mount(workdir.encode(), workdir.encode(), None, BIND, None) != 0:
        rep["mount_error"] = "bind workdir: " + err()
        return
    if root:
        expose_python()
    failed = []
    with open("/proc/self/mountinfo") as f:
        mounts = [line.split() for line in f]
    for fields in mounts:
        point = fields[4].encode().decode("unicode_escape").encode("latin-1")
        if point == workdir.encode():
            continue
        keep = {"nosuid": NOSUID, "nodev": NODEV, "noexec": NOEXEC, **ATIME}
        extra = sum(keep.get(o, 0) for o in set(fields[5].split(",")))
        if libc.mount(None, point, None, REMOUNT | BIND | RDONLY | extra, None) != 0:
            failed.append(point.decode(errors="replace"))
    rep["readonly_fs"] = not failed
    if failed:
        rep["readonly_failed"] = failed[:5]
    os.chdir(workdir)  # onto the writable bind mount


def expose_python():
    """Let the unprivileged uid reach the interpreter and its packages (e.g. under a 0700 /root).

    Each topmost directory that others cannot traverse is covered with an empty tmpfs (which
    also hides the rest of it), and the needed trees are bind-mounted back at their own paths.
    """
    real = os.path.realpath
    needed = {real(p) for p in (sys.base_prefix, sys.prefix, sys.base_exec_prefix, sys.exec_prefix)}
    needed |= {real(p) for p in sys.path if os.path.isdir(p)}
    needed.add(os.path.dirname(real(sys.executable)))
    # a virtualenv's bin/ (its python is a symlink into the base install): programs that run
    # sys.executable must find it even when the venv lies under a 0700 directory (e.g. tox's .tox)
    needed.add(real(os.path.dirname(os.path.abspath(sys.executable))))
    needed = sorted(p for p in needed if not any(p.startswith(q + "/") for q in needed if q != p))
    covers, fds = {}, {}
    for path in needed:
        parts = path.split("/")
        for i in range(2, len(parts)):
            anc = "/".join(parts[:i])
            if not os.stat(anc).st_mode & 0o001:
                if not (workdir + "/").startswith(anc + "/"):
                    covers.setdefault(anc, []).append(path)
                    fds[path] = os.open(path, os.O_PATH)
                break
    failed = []
    for anc, paths in covers.items():
        opts = b"mode=0755,size=1m"
        if libc.mount(b"tmpfs", anc.encode(), b"tmpfs", NOSUID | NODEV, opts) != 0:
            failed.append(anc + ": " + err())
            continue
        for path in paths:
            os.makedirs(path, mode=0o755, exist_ok=True)
            if libc.mount(f"/proc/self/fd/{fds[path]}".encode(), path.encode(), None, BIND | REC, None) != 0:
                failed.append(path + ": " + err())
    for fd in fds.values():
        os.close(fd)
    if covers:
        rep["exposed_python"] = not failed
    if failed:
        rep["expose_failed"] = failed[:5]


def mirror(child, translate=False):
    """Fork; run child() there; reap every child (we may be a PID-namespace init); exit alike.

    A namespace init cannot kill itself with a signal, so it exits 128+N instead, and its
    parent (translate=True) turns that back into death by signal N.
    """
    pid = os.fork()
    if pid == 0:
        try:
            child()
        finally:
            os._exit(70)
    while True:
        got, status = os.waitpid(-1, 0)
        if got == pid:
            break
    code = os.waitstatus_to_exitcode(status)
    if translate and 128 < code < 128 + 65:
        code = 128 - code
    if code < 0 and os.getpid() != 1:
        try:
            signal.signal(-code, signal.SIG_DFL)
        except (OSError, ValueError):
            pass  # SIGKILL, SIGSTOP
        os.kill(os.getpid(), -code)
    os._exit(128 - code if code < 0 else code)


def init():
    """PID 1 of the new namespace: private /proc, then run the program as PID 2."""
    if want["mountns"] and rep["mountns"]:
        ok = libc.mount(b"proc", b"/proc", b"proc", RDONLY | NOSUID | NODEV | NOEXEC, None) == 0
        rep["private_proc"] = ok
    mirror(run)


def user_tasks(uid):
    n = 0
    for pid in os.listdir("/proc"):
        try:
            with open(f"/proc/{pid}/status") as f:
                st = dict(line.split(":", 1) for line in f if ":" in line)
            if int(st["Uid"].split()[0]) == uid:
                n += int(st["Threads"])
        except (OSError, ValueError, KeyError):
            pass
    return n


def drop_privileges():
    if root:
        for uid in (cfg["uid"], 65534):
            try:
                os.chown(workdir, uid, uid)
                os.setgroups([])
                os.setgid(uid)
                os.setuid(uid)
                rep["uid"] = uid
                break
            except OSError as e:
                rep["uid_error"] = str(e)
    elif rep["userns"]:  # full capabilities inside the user namespace: drop them all
        class Hdr(ctypes.Structure):
            _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]
        data = (ctypes.c_uint32 * 6)()
        rep["caps_dropped"] = libc.capset(ctypes.byref(Hdr(0x20080522, 0)), data) == 0
    if linux:
        rep["no_new_privs"] = libc.prctl(38, 1, 0, 0, 0) == 0


def set_limits():
    nproc = lim["max_procs"]
    if "uid" not in rep and linux:
        nproc += user_tasks(os.getuid())
    mb = 1024 * 1024
    for name, soft, hard in (
        ("RLIMIT_AS", lim["memory_mb"] * mb, None),
        ("RLIMIT_CPU", lim["cpu_s"], lim["cpu_s"] + 1),
        ("RLIMIT_NPROC", nproc, None),
        ("RLIMIT_FSIZE", lim["max_file_mb"] * mb, None),
        ("RLIMIT_NOFILE", lim["max_open_files"], None),
        ("RLIMIT_CORE", 0, None),
    ):
        if not hasattr(resource, name):
            continue
        res = getattr(resource, name)
        cur_hard = resource.getrlimit(res)[1]
        hard = soft if hard is None else hard
        if cur_hard != resource.RLIM_INFINITY:
            soft, hard = min(soft, cur_hard), min(hard, cur_hard)
        try:
            resource.setrlimit(res, (soft, hard))
        except (OSError, ValueError) as e:
            rep.setdefault("rlimit_errors", []).append(f"{name}: {e}")


def flush_all():
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        try:
            stream.flush()
        except Exception:
            pass


def print_exception(e, tb, text):
    """The program's traceback on stderr, from its own frames on (never raises)."""
    try:
        import linecache, traceback
        linecache.cache["<program>"] = (len(text), None, text.splitlines(True), "<program>")
        traceback.print_exception(type(e), e, tb)
    except BaseException:  # e.g. no memory or file descriptors left, or a sabotaged import
        try:
            msg = str(e)
        except BaseException:
            msg = ""
        os.write(2, (type(e).__name__ + (": " + msg if msg else "") + "\n").encode("utf-8", "replace"))


def run():
    import builtins
    drop_privileges()
    set_limits()
    for path in {os.path.dirname(os.__file__), *(p for p in sys.path if os.path.isdir(p))}:
        if not os.access(path, os.R_OK | os.X_OK):
            rep["python_unreadable"] = path
    os.write(2, b"harness-sandbox-isolation:" + repr(rep).encode() + b"\n")
    if "python_unreadable" in rep or (root and "uid" not in rep):
        os._exit(71)  # the host raises a HarnessError
    write, out, nonce = os.write, os.dup(1), ("\n" + cfg.pop("nonce") + "\n").encode()
    try:
        main = type(sys)("__main__")  # a fresh __main__, so pickle & co. find the program's names
        main.__builtins__ = builtins
        sys.modules["__main__"] = main
        exec(compile(src, "<program>", "exec"), main.__dict__)
        flush_all()
        write(out, nonce)
        os._exit(0)
    except SystemExit as e:
        code = e.code
        if code is not None and not isinstance(code, int):
            print(code, file=sys.stderr)
            code = 1
        flush_all()
        os._exit(code or 0)
    except BaseException as e:
        tb = e.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != "<program>":
            tb = tb.tb_next
        print_exception(e, tb, src.decode("utf-8", "replace"))
        flush_all()
        mro = ",".join(c.__name__ for c in type(e).__mro__)
        os.write(2, b"\nharness-sandbox-exception:" + mro.encode() + b"\n")
        os._exit(1)


resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
unshare()
if rep["pidns"]:
    mirror(init, translate=True)
mirror(run)
'''


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
            [sys.executable, "-I", "-S", "-c", _BOOT], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
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
