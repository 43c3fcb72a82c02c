"""Progress of the LLM engine on a terminal, for the command line only.

The engine logs each step (a request, a retry, a round's verdict) to the
``transcoder.engines.llm`` logger; ``terminal_progress()`` shows the latest as a transient rich
status line on standard error while a translation runs, as ``transcoder eval`` shows its progress
bar. Off a terminal it shows nothing, so piped output and logs stay clean.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console
    from rich.status import Status

LOGGER_NAME = "transcoder.engines.llm"


class StatusHandler(logging.Handler):
    """Each record's message becomes the status line's text."""

    def __init__(self, status: Status) -> None:
        super().__init__(logging.INFO)
        self.status = status

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.status.update(f"llm: {record.getMessage()}")
        except Exception:  # a display problem must never stop a translation
            self.handleError(record)


@contextmanager
def terminal_progress(stream: TextIO | None = None, *, console: Console | None = None) -> Iterator[None]:
    """While inside, show the engine's progress on ``stream`` (standard error) if it is a terminal."""
    from rich.console import Console

    console = console or Console(file=stream or sys.stderr, stderr=stream is None)
    if not console.is_terminal:
        yield
        return
    logger = logging.getLogger(LOGGER_NAME)
    previous_level = logger.level
    with console.status("llm: starting") as status:
        handler = StatusHandler(status)
        logger.addHandler(handler)
        if logger.getEffectiveLevel() > logging.INFO:
            logger.setLevel(logging.INFO)
        try:
            yield
        finally:
            logger.removeHandler(handler)
            logger.setLevel(previous_level)
