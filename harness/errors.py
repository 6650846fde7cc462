"""Errors that the CLI turns into one clear line and exit code 2 (never a traceback)."""


class HarnessError(Exception):
    """A problem the user can fix: the message names the problem and the fix."""

    exit_code = 2


def last_error_line(output: str, limit: int = 300) -> str:
    """The line of a failed subprocess's output worth showing: its last line naming an error, else its last."""
    lines = output.strip().splitlines()
    return ([x for x in lines if "Error" in x][-1:] or lines[-1:] or ["no output"])[0][:limit]
