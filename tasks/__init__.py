"""Task registry: every subpackage of ``tasks/`` that exposes a ``TASK`` object is a task.

A task that depends on the run (e.g. ``heldout`` on its dataset) may define ``bind(cfg)``, which
``get_task(name, cfg)`` calls; see ``tasks.base.Task`` for the optional hooks."""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING

from harness.errors import HarnessError
from tasks.base import Problem, Task

if TYPE_CHECKING:
    from harness.config import RunConfig

__all__ = ["Problem", "Task", "get_task", "list_tasks"]


def _candidates() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if m.ispkg)


def _load(name: str) -> Task | None:
    task = getattr(importlib.import_module(f"{__name__}.{name}"), "TASK", None)
    if task is not None and task.name != name:
        raise HarnessError(f"task package tasks/{name} registers a TASK named {task.name!r}; rename one")
    return task


def list_tasks() -> list[str]:
    """Names of all registered tasks, sorted."""
    return [name for name in _candidates() if _load(name) is not None]


def get_task(name: str, cfg: RunConfig | None = None) -> Task:
    """The task registered as ``name`` (only that task's package is imported).

    With ``cfg``, a task that has a ``bind`` method is returned bound to that run: ``task.bind(cfg)``.
    """
    task = _load(name) if name in _candidates() else None
    if task is None:
        raise HarnessError(f"unknown task {name!r}; available: {', '.join(list_tasks()) or '(none)'}")
    bind = getattr(task, "bind", None)
    return bind(cfg) if cfg is not None and callable(bind) else task
