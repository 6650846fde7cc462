"""Errors that the CLI turns into one clear line and exit code 2 (never a traceback)."""


class HarnessError(Exception):
    """A problem the user can fix: the message names the problem and the fix."""

    exit_code = 2
