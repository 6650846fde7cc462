"""Task registry: every subpackage of ``tasks/`` that exposes a ``TASK`` object is a task."""

from __future__ import annotations

import importlib
import pkgutil

from harness.errors import HarnessError
from tasks.base import Problem, Task

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


def get_task(name: str) -> Task:
    """The task registered as ``name`` (only that task's package is imported)."""
    task = _load(name) if name in _candidates() else None
    if task is None:
        raise HarnessError(f"unknown task {name!r}; available: {', '.join(list_tasks()) or '(none)'}")
    return task
