"""HumanEval: registered as the task ``humaneval``."""

from tasks.humaneval.task import HumanEval

TASK = HumanEval()

__all__ = ["TASK", "HumanEval"]
