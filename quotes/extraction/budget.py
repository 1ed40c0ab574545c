"""A time budget for one extraction, checked between steps of the engine.

The engine is linear in the length of the text, but a last guard keeps one
hostile article from stalling an import: `extract(text, seconds=...)` raises
`ExtractionTimeout` once the calling thread has spent that much CPU time on it.
The budget is read from the thread's own clock at checkpoints (between stages,
sentences and batches of marks), so it needs no signal and works on any thread.
"""

from __future__ import annotations

import time


class ExtractionTimeout(Exception):
    """An article took longer to extract than its time budget allows."""


class Budget:
    """A CPU-time limit for one extraction; `check` raises once it is spent."""

    __slots__ = ("limit", "seconds")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.limit = None if seconds is None else time.thread_time() + seconds

    def check(self, step: str) -> None:
        """Raise `ExtractionTimeout` when the budget is spent; `step` names where."""
        if self.limit is not None and time.thread_time() > self.limit:
            raise ExtractionTimeout(
                f"extraction took longer than its budget of {self.seconds:g} s (stopped in {step})"
            )


UNLIMITED = Budget(None)
