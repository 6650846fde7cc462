"""Held-out split of the run's SFT dataset: registered as the task ``heldout``."""

from tasks.heldout.task import HeldOut

TASK = HeldOut()

__all__ = ["TASK", "HeldOut"]
