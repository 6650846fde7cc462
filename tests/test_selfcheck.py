"""`harness selfcheck`: the real run (every canonical solution passes, empty / `pass` bodies fail),
and that it notices a scorer that lies."""

from __future__ import annotations

import pytest

from harness import cli, exec_score
from harness.sandbox import ExecResult


def harness(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    """Run `harness ARGV` through the real entry point (only this verb registered)."""
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("harness.selfcheck",))
    with pytest.raises(SystemExit) as exit_:
        cli.main(list(argv))
    out, err = capsys.readouterr()
    return exit_.value.code, out, err


def test_selfcheck_passes(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    code, out, err = harness(monkeypatch, capsys, "selfcheck", "--no-progress", "--workers", "2")
    assert code == 0, out + err
    assert "canonical: 164/164 passed" in out
    assert "empty: 164/164 failed" in out and "pass: 164/164 failed" in out
    assert "492 programs in" in out and "programs/s" in out and out.rstrip().endswith("selfcheck: OK")


@pytest.mark.parametrize(("passed", "wrong", "n_wrong"), [(True, "HumanEval/0 empty should fail", 328),
                                                          (False, "HumanEval/0 canonical should pass", 164)])  # fmt: skip
def test_selfcheck_catches_a_lying_scorer(monkeypatch, capsys, passed: bool, wrong: str, n_wrong: int) -> None:
    status = "passed" if passed else "failed"

    def fake_run_many(programs, *args, **kwargs):
        return [ExecResult(status, passed, 0.01, 0, "") for _ in programs]

    monkeypatch.setattr(exec_score, "run_many", fake_run_many)
    code, out, _ = harness(monkeypatch, capsys, "selfcheck", "--no-progress")
    assert code == 1
    assert wrong in out and f"selfcheck: FAILED ({n_wrong} wrong)" in out
