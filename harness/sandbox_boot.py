"""The sandbox's child script: `harness.sandbox` runs this file's text as `python -I -S -c` (so it imports nothing
from harness and must stay self-contained). stdin carries a length line, the marshalled config (nonce, limits, what
to attempt), then the program's source. It imports only what it needs before the program runs (no json, re, enum or
traceback: they would double the per-program start-up time). See `harness.sandbox` for what it isolates and why."""

if __name__ != "__main__":
    raise ImportError("harness/sandbox_boot.py is the sandbox's child script (harness.sandbox runs it), not a module")

import _signal as signal
import ctypes
import marshal
import os
import resource
import sys

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
        import linecache
        import traceback
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
