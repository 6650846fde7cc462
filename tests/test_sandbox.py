"""The sandbox: outcome classification, and hostile programs that must not pass nor harm the host."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import tempfile
import time
from pathlib import Path

import pytest

from harness import sandbox
from harness.errors import HarnessError
from harness.sandbox import ExecResult, Limits, isolation, run_many, run_program

FAST = Limits(timeout_s=4, cpu_s=3)


@pytest.fixture(scope="module")
def iso() -> dict:
    return isolation()


def contained(iso: dict) -> bool:
    """RLIMIT_NPROC binds (root ignores it): the program runs under another uid or as non-root."""
    return "uid" in iso or os.geteuid() != 0


def alive_with(marker: str) -> list[int]:
    """Pids whose command line contains ``marker``."""
    pids = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if marker.encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                pids.append(int(pid))
        except OSError:
            pass
    return pids


def check(result: ExecResult, status: str) -> None:
    assert result.status == status, result
    assert result.passed is (status == "passed")


# --- classification -------------------------------------------------------------------------


def test_passing_program() -> None:
    r = run_program("def f(x):\n    return x + 1\n\nassert f(1) == 2\n")
    check(r, "passed")
    assert r.returncode == 0 and r.error == "" and r.duration_s > 0


def test_failed_assertion_names_the_assert() -> None:
    r = run_program("def check(c):\n    assert c(1) == 2\n\ncheck(abs)\n")
    check(r, "failed")
    assert r.error.startswith("AssertionError") and "assert c(1) == 2" in r.error


@pytest.mark.parametrize(
    "src", ["def f(:\n    pass\n", "def f():\nreturn 1\n", "if True:\n\tx = 1\n        y = 2\n"]
)
def test_syntax_errors(src: str) -> None:
    r = run_program(src)
    check(r, "syntax_error")
    assert "Error" in r.error


def test_runtime_error() -> None:
    r = run_program("{}['missing']\n")
    check(r, "runtime_error")
    assert r.error.startswith("KeyError")


def test_program_stdin_is_empty() -> None:
    check(run_program("import sys\nassert sys.stdin.read() == ''\n"), "passed")


def test_execution_allowed() -> None:
    sandbox.execution_allowed(True)
    with pytest.raises(HarnessError, match="--allow-code-execution"):
        sandbox.execution_allowed(False)


def test_run_many_keeps_order() -> None:
    programs = [f"import time\ntime.sleep({0.3 if i % 2 else 0})\nassert {i} % 3 != 0\n" for i in range(8)]
    results = run_many(programs, FAST, workers=4, progress=False)
    assert [r.passed for r in results] == [i % 3 != 0 for i in range(8)]


def test_workdir_is_fresh_and_removed(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    real = sandbox.tempfile.mkdtemp
    monkeypatch.setattr(sandbox.tempfile, "mkdtemp", lambda **kw: made.append(real(**kw)) or made[-1])
    src = "import os\nassert os.listdir('.') == []\nopen('scratch.txt', 'w').write('x')\n"
    src += "assert os.environ['HOME'] == os.getcwd()\n"
    check(run_program(src), "passed")
    assert made and not os.path.exists(made[0])


# --- hostile programs -----------------------------------------------------------------------


def test_infinite_loop_times_out() -> None:
    start = time.monotonic()
    r = run_program("while True:\n    pass\n", Limits(timeout_s=2, cpu_s=10))
    check(r, "timeout")
    assert r.returncode is None and "timeout after 2s" in r.error
    assert time.monotonic() - start < 6


def test_cpu_limit() -> None:
    r = run_program("while True:\n    pass\n", Limits(timeout_s=20, cpu_s=1))
    check(r, "timeout")
    assert r.duration_s < 10


def test_sleeping_program_times_out() -> None:
    check(run_program("import time\ntime.sleep(60)\n", Limits(timeout_s=1)), "timeout")


def test_fork_bomb_is_contained(iso: dict) -> None:
    if not contained(iso):
        pytest.skip("programs run as root here: RLIMIT_NPROC would not bind")
    before = len(os.listdir("/proc"))
    r = run_program("import os\nwhile True:\n    os.fork()\n", FAST)
    assert not r.passed and r.status in ("runtime_error", "timeout", "killed"), r
    stubborn = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"
    check(run_program(stubborn, Limits(timeout_s=2)), "timeout")
    time.sleep(0.2)
    assert len(os.listdir("/proc")) < before + 20  # nothing left behind


def test_process_count_is_limited(iso: dict) -> None:
    if not contained(iso):
        pytest.skip("programs run as root here: RLIMIT_NPROC would not bind")
    src = (
        "import os, time\nn = 0\ntry:\n    while True:\n        if os.fork() == 0:\n"
        "            time.sleep(30)\n            os._exit(0)\n        n += 1\nexcept OSError:\n    pass\n"
        "assert n < 16, n\n"
    )
    check(run_program(src, Limits(max_procs=16)), "passed")


def test_memory_bomb() -> None:
    r = run_program("x = bytearray(10 ** 11)\n", Limits(memory_mb=512))
    check(r, "runtime_error")
    assert "MemoryError" in r.error
    r = run_program(
        "xs = []\nwhile True:\n    xs.append(' ' * 10 ** 7)\n", Limits(memory_mb=512, timeout_s=10)
    )
    assert not r.passed and r.status in ("runtime_error", "killed"), r


@pytest.mark.parametrize("stream", ["stdout", "stderr"])
def test_output_flood(stream: str) -> None:
    r = run_program(f"import sys\nwhile True:\n    sys.{stream}.write('x' * 4096)\n", FAST)
    check(r, "killed")
    assert "output flood" in r.error and r.duration_s < 4


def test_big_but_bounded_output_passes() -> None:
    check(run_program("print('x' * 60000)\n"), "passed")
    check(run_program("print('x' * 70000)\n"), "killed")


def test_write_outside_workdir(tmp_path: Path, iso: dict) -> None:
    target = tmp_path / "pwned.txt"
    r = run_program(f"open({str(target)!r}, 'w').write('x')\n")
    assert not r.passed and not target.exists(), r
    if iso.get("readonly_fs"):
        shared = Path("/tmp") / f"harness-test-{secrets.token_hex(4)}"
        r = run_program(f"open({str(shared)!r}, 'w').write('x')\n")
        assert not r.passed and not shared.exists(), r


def test_file_size_limit() -> None:
    r = run_program("open('big', 'wb').write(b'x' * 3 * 1024 * 1024)\n", Limits(max_file_mb=1))
    check(r, "runtime_error")


def test_kill_parent() -> None:
    r = run_program(
        "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\nimport time\ntime.sleep(5)\n", FAST
    )
    assert not r.passed, r
    check(run_program("assert True\n"), "passed")  # the host carries on


def test_kill_own_group() -> None:
    r = run_program("import os, signal\nos.killpg(0, signal.SIGKILL)\n", FAST)
    check(r, "killed")


@pytest.mark.parametrize(
    "early",
    [
        "import sys\nsys.exit(0)\n",
        "import os\nos._exit(0)\n",
        "raise SystemExit\n",
        "import os\nos.abort()\n",
    ],
)
def test_exit_before_tests(early: str) -> None:
    r = run_program("def f():\n    return 1\n\n" + early + "assert f() == 2\n")
    assert not r.passed and r.status in ("failed", "killed"), r


def test_fake_success_output() -> None:
    src = "print('passed')\nprint('OK')\nprint('0' * 32)\nimport os\nos._exit(0)\n"
    check(run_program(src), "failed")


def test_nonce_not_readable_from_outside_the_process() -> None:
    """The nonce is neither in the cwd, stdin, nor the command line the program can see."""
    src = (
        "import os, re, sys\nseen = sys.stdin.read() + open('/proc/self/cmdline', 'rb').read().decode()\n"
        "seen += ''.join(open(f).read() for f in os.listdir('.'))\n"
        "for tok in set(re.findall('[0-9a-f]{32}', seen)):\n    print(tok)\nos._exit(0)\n"
    )
    check(run_program(src), "failed")


def test_no_network(iso: dict) -> None:
    src = "import socket\nsocket.create_connection(('1.1.1.1', 53), timeout=2).close()\n"
    assert not run_program(src, FAST).passed
    if iso.get("netns"):
        check(
            run_program("import socket\nassert [n for _, n in socket.if_nameindex()] == ['lo']\n"), "passed"
        )


def test_env_secret_not_visible(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "sk-test-" + secrets.token_hex(8)
    monkeypatch.setenv("HARNESS_FAKE_SECRET", secret)
    src = (
        "import glob, os\nassert 'HARNESS_FAKE_SECRET' not in os.environ\n"
        "assert set(os.environ) <= {'PATH', 'LANG', 'HOME', 'LC_CTYPE'}, sorted(os.environ)\n"
        "for path in glob.glob('/proc/*/environ'):\n    try:\n        data = open(path, 'rb').read()\n"
        "    except OSError:\n        continue\n"
        f"    assert {secret.encode()!r} not in data, path\n"
    )
    check(run_program(src), "passed")


def _detached(marker: str) -> str:
    return (
        "import subprocess, sys, time\n"
        f"subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(30)  # {marker}'],\n"
        "                 start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "time.sleep(0.5)\n"
    )


def _assert_detached_child_killed(iso: dict) -> None:
    if not (iso.get("pidns") or "uid" in iso):
        pytest.skip("neither a PID namespace nor a private uid: detached children can escape here")
    marker = f"harness-detached-{secrets.token_hex(4)}"
    r = run_program(_detached(marker), FAST)
    check(r, "passed")
    assert r.duration_s < 3
    time.sleep(0.2)
    assert alive_with(marker) == []


def test_detached_child_is_killed(iso: dict) -> None:
    _assert_detached_child_killed(iso)


def test_detached_child_is_killed_without_pid_namespace(monkeypatch: pytest.MonkeyPatch, iso: dict) -> None:
    if "uid" not in iso:
        pytest.skip("needs root (a private uid per run)")
    monkeypatch.setitem(sandbox._WANT, "pidns", False)
    _assert_detached_child_killed({"uid": iso["uid"]})


def test_isolation_report(iso: dict) -> None:
    assert {"netns", "pidns", "mountns", "full"} <= set(iso)
    if os.geteuid() == 0 and iso["pidns"]:
        assert iso["full"], iso
        check(run_program("import os\nassert os.getuid() != 0 and os.getppid() == 1\n"), "passed")


def _humaneval_like(candidate_body: str, prelude: str = "") -> str:
    """A HumanEval-shaped program whose check fails unless the checks are skipped somehow."""
    return (
        f"{prelude}\ndef candidate(x):\n{candidate_body}\n\n"
        "def check(c):\n    assert c(1) == 2\n    assert c(2) == 3\n\ncheck(candidate)\n"
    )


@pytest.mark.parametrize(
    "body",
    [
        "    raise SystemExit(0)",
        "    raise SystemExit",
        "    import sys\n    sys.exit(0)",
        "    import os\n    os._exit(0)",
        "    raise KeyboardInterrupt",
        "    raise GeneratorExit",
    ],
)
def test_exit_inside_the_checks(body: str) -> None:
    r = run_program(_humaneval_like(body), FAST)
    assert not r.passed and r.status in ("failed", "runtime_error"), r


@pytest.mark.parametrize(
    "prelude",
    [
        "import builtins\nbuiltins.AssertionError = type('Quiet', (Exception,), {})",
        "import builtins\nbuiltins.AssertionError = SystemExit",
        "import os\n_real = os._exit\nos._exit = lambda code=0: _real(0)",
        "import sys\nsys.exit = lambda *a: None\nsys.excepthook = lambda *a: None",
        "import traceback, os\ntraceback.print_exception = lambda *a, **k: os._exit(0)",
        "import os, sys\nsys.stderr = open(os.devnull, 'w')\nsys.stdout = sys.stderr",
        "import os\nos.write = lambda fd, data: len(data)",
        "import builtins\nbuiltins.print = lambda *a, **k: None\nbuiltins.__import__ = None",
    ],
)
def test_replaced_builtins_cannot_pass(prelude: str) -> None:
    r = run_program(_humaneval_like("    return x", prelude), FAST)
    assert not r.passed, r


def test_fake_success_lines_then_failing_checks() -> None:
    prelude = "print('passed')\nprint('harness-sandbox-isolation:{}')\nprint('{\"passed\": true}')"
    r = run_program(_humaneval_like("    return x", prelude), FAST)
    check(r, "failed")


@pytest.fixture()
def victim_dir(iso: dict):
    """A world-writable folder in /tmp with a world-writable file: only the sandbox stands in the way."""
    if not (iso.get("readonly_fs") or contained(iso)):
        pytest.skip("programs run as root without a read-only file system here")
    folder = Path(tempfile.mkdtemp(prefix="harness-victim-"))
    (folder / "victim.txt").write_text("original")
    os.chmod(folder, 0o777)
    os.chmod(folder / "victim.txt", 0o666)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize(
    "attack",
    [
        "import os\nos.remove({victim!r})",
        "open({victim!r}, 'w').write('pwned')",
        "open({victim!r}, 'a').write('pwned')",
        "import os\nos.rename({victim!r}, {victim!r} + '.moved')",
        "import os\nos.truncate({victim!r}, 0)",
        "import os\nos.chmod({victim!r}, 0)",
        "import shutil\nshutil.rmtree({folder!r})",
    ],
)
def test_host_files_cannot_be_deleted_or_overwritten(victim_dir: Path, attack: str) -> None:
    victim = victim_dir / "victim.txt"
    before = victim.stat()
    r = run_program(attack.format(victim=str(victim), folder=str(victim_dir)) + "\n", FAST)
    assert not r.passed, r
    after = victim.stat()
    assert victim.read_text() == "original" and sorted(os.listdir(victim_dir)) == ["victim.txt"]
    assert (after.st_mode, after.st_mtime_ns) == (before.st_mode, before.st_mtime_ns)


def test_python_installation_is_not_writable() -> None:
    stdlib = os.__file__
    before = os.stat(stdlib)
    src = f"open({stdlib!r}, 'a').close()\n"  # append mode: harmless even if it were allowed
    r = run_program(src, FAST)
    check(r, "runtime_error")
    assert "Error" in r.error and os.stat(stdlib).st_mtime_ns == before.st_mtime_ns


def test_socket_cannot_reach_the_hosts_loopback(iso: dict) -> None:
    if not iso.get("netns"):
        pytest.skip("no network namespace on this host")
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(0.5)
        port = server.getsockname()[1]
        r = run_program(f"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=2).close()\n", FAST)
        assert not r.passed and r.status == "runtime_error", r
        with pytest.raises(TimeoutError):
            server.accept()


def test_hostile_corpus_runs_together_in_bounded_time(iso: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole corpus in one parallel batch: nothing passes, nothing outlives its limits."""
    secret = "sk-test-" + secrets.token_hex(8)
    monkeypatch.setenv("HARNESS_FAKE_SECRET", secret)
    corpus = {
        "infinite loop": "while True:\n    pass\n",
        "sleep": "import time\ntime.sleep(60)\n",
        "memory bomb": "xs = []\nwhile True:\n    xs.append(' ' * 10 ** 7)\n",
        "stdout flood": "while True:\n    print('x' * 4096)\n",
        "stderr flood": "import sys\nwhile True:\n    sys.stderr.write('x' * 4096)\n",
        "kill parent": "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\nimport time\ntime.sleep(5)\n",
        "kill group": "import os, signal\nos.killpg(0, signal.SIGKILL)\n",
        "early exit": "import os\nos._exit(0)\nassert False\n",
        "exit in checks": _humaneval_like("    raise SystemExit(0)"),
        "fake success": "print('passed')\nimport os\nos._exit(0)\n",
        "replaced exit": _humaneval_like("    return x", "import os\n_r = os._exit\nos._exit = lambda c=0: _r(0)"),
        "socket": "import socket\ns = socket.socket()\ns.settimeout(1)\ns.connect(('127.0.0.1', 9))\n",
        "env secret": (
            "import glob, os\nfound = 'HARNESS_FAKE_SECRET' in os.environ\n"
            "for path in glob.glob('/proc/*/environ'):\n    try:\n"
            f"        found = found or {secret.encode()!r} in open(path, 'rb').read()\n"
            "    except OSError:\n        pass\nassert found\n"
        ),
        "detached then fail": _detached("harness-corpus") + "assert False\n",
    }
    if iso.get("pidns") or "uid" in iso:  # else kill(-1) would reach the test runner itself
        corpus["kill all"] = "import os, signal\nos.kill(-1, signal.SIGKILL)\n"
    if contained(iso):
        corpus["fork bomb"] = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"
    limits = Limits(timeout_s=3, cpu_s=2, memory_mb=512)
    start = time.monotonic()
    results = run_many(list(corpus.values()), limits, workers=2, progress=False)
    wall = time.monotonic() - start
    passed = [name for name, r in zip(corpus, results, strict=True) if r.passed]
    assert passed == [], passed
    assert max(r.duration_s for r in results) < limits.timeout_s + 3
    assert wall < len(corpus) * (limits.timeout_s + 3) / 2, wall  # every program ends within its limits
    check(run_program("assert True\n"), "passed")  # and the host carries on


# --- classification details -----------------------------------------------------------------


def test_classify_signals_and_exit_codes() -> None:
    lim = Limits()
    assert sandbox._classify(lim, -9, False, False, False, "") == ("killed", "killed by SIGKILL")
    assert sandbox._classify(lim, 0, False, False, True, "")[0] == "passed"
    assert sandbox._classify(lim, 0, False, False, False, "")[0] == "failed"
    assert sandbox._classify(lim, 3, False, False, False, "")[0] == "failed"
    # a forged "passed" traceback tag cannot pass without exit 0 + nonce
    stderr = "ValueError: x\n\nharness-sandbox-exception:ValueError,Exception,BaseException,object\n"
    assert sandbox._classify(lim, 1, False, False, False, stderr) == ("runtime_error", "ValueError: x")


def test_sandbox_failures_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox, "_last_report", None)  # keep the fake reports out of isolation()
    with pytest.raises(HarnessError, match="failed to start"):
        sandbox._check_started(None, "Traceback ...\nOSError: boom", timed_out=False)
    sandbox._check_started(None, "", timed_out=True)  # a slow start is a timeout, not an error
    with pytest.raises(HarnessError, match="unprivileged uid"):
        sandbox._check_started({"uid_error": "EINVAL"}, "", timed_out=False)
    with pytest.raises(HarnessError, match="cannot read /opt/py"):
        sandbox._check_started({"uid": 7, "python_unreadable": "/opt/py"}, "", timed_out=False)


def test_programs_find_sys_executable_of_a_venv_under_a_private_dir(tmp_path):
    """tox puts its venvs under a 0700 `.tox`: a program that runs sys.executable must still find it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    venv = private / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", "--system-site-packages", str(venv)],
                   check=True, timeout=120)
    project = str(Path(__file__).resolve().parents[1])
    script = ("from harness.sandbox import run_program, Limits\n"
              "prog = 'import subprocess, sys\\nsubprocess.run([sys.executable, \"-c\", \"pass\"], check=True)\\n'\n"
              "r = run_program(prog, Limits(timeout_s=20))\n"
              "print(r.status, r.error)\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([project, *sys.path[1:]])}
    out = subprocess.run([str(venv / "bin" / "python"), "-c", script], capture_output=True, text=True,
                         timeout=120, env=env)
    assert out.stdout.startswith("passed"), out.stdout + out.stderr
