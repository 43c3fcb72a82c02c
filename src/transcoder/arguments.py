"""Checks of user-given arguments, shared by the command line and the Python API.

Each check either returns the value or raises an ``InputError`` (one line: what is wrong with which
argument). The ``*_argument`` functions are argparse ``type=`` callables: argparse turns their
``ArgumentTypeError`` into the command's one-line error.
"""

from __future__ import annotations

import argparse
import inspect
import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from transcoder.errors import InputError

# Inputs larger than this are refused before parsing: translation cost grows with size, and a
# function or file this large is not a translation task (the largest GfG script is 6 KB).
MAX_INPUT_BYTES = 4 << 20


def positive_integer(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{name} must be an integer, got {type(value).__name__} {value!r}")
    if value < 1:
        raise InputError(f"{name} must be at least 1, got {value}")
    return value


def text(name: str, value: object, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise InputError(f"{name} must be a string (str), got {type(value).__name__}")
    return value


def source_code(code: object) -> str:
    """The code to translate: text, not bytes, and not larger than ``MAX_INPUT_BYTES``."""
    if isinstance(code, bytes | bytearray):
        raise InputError("code must be text (str), got bytes: decode it first (UTF-8)")
    checked = text("code", code)
    assert checked is not None
    if len(checked) > MAX_INPUT_BYTES:
        raise InputError(
            f"input too large: {len(checked):,} characters (at most {MAX_INPUT_BYTES:,}); translate it in parts"
        )
    return checked


def engine_options(engine: str, cls: type, options: Mapping[str, Any]) -> dict[str, Any]:
    """``options`` if ``cls`` (an engine class) accepts each of them, else an error naming the
    first unknown one and the options the engine has."""
    try:
        parameters = inspect.signature(cls).parameters
    except (TypeError, ValueError):
        return dict(options)
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()):
        return dict(options)
    known = [name for name, p in parameters.items() if p.kind is not inspect.Parameter.VAR_POSITIONAL]
    for key in options:
        if key not in known:
            offered = ", ".join(known) if known else "none"
            raise InputError(f"engine '{engine}' has no option '{key}' (its options: {offered})")
    return dict(options)


def writable_report(path: str) -> Path:
    """A path the report can be written to, checked before the work starts."""
    report = Path(path)
    if report.is_dir():
        raise InputError(f"--report names a directory, not a file: {path}")
    parent = report.parent if str(report.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(f"--report: no such directory: {parent}")
    if not os.access(parent, os.W_OK) or (report.exists() and not os.access(report, os.W_OK)):
        raise InputError(f"--report: cannot write {path}: permission denied")
    return report


def _argument(check: Any, parse: Any) -> Any:
    def convert(raw: str) -> Any:
        try:
            value = parse(raw)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected {parse.__name__ if parse is not int else 'an integer'}, "
                                             f"got '{raw}'") from None  # fmt: skip
        try:
            return check(value)
        except InputError as error:
            raise argparse.ArgumentTypeError(error.message) from None

    return convert


def _positive(value: int) -> int:
    if value < 1:
        raise InputError(f"must be at least 1, got {value}")
    return value


def _positive_seconds(value: float) -> float:
    if not math.isfinite(value) or value <= 0:
        raise InputError(f"must be a positive number of seconds, got {value:g}")
    return value


def _number(raw: str) -> float:
    return float(raw)


_number.__name__ = "a number"

positive_int_argument = _argument(_positive, int)
positive_seconds_argument = _argument(_positive_seconds, _number)


def engine_option_argument(raw: str) -> tuple[str, str]:
    """``KEY=VALUE`` from the command line; engines convert values to the types they need."""
    key, separator, value = raw.partition("=")
    if not separator or not key.strip():
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got '{raw}'")
    return key.strip(), value
