"""Python library names recognized as IR library operations: one row per name."""

from __future__ import annotations

from transcoder.engines.rules.python.frontend.irtools import L

MATH_DOUBLE = {
    "sqrt": L.SQRT, "exp": L.EXP, "log2": L.LOG2, "log10": L.LOG10, "sin": L.SIN, "cos": L.COS,
    "tan": L.TAN, "asin": L.ASIN, "acos": L.ACOS, "atan": L.ATAN, "cbrt": L.CBRT,
}  # fmt: skip


CHAR_TESTS = {
    "isdigit": L.IS_DIGIT, "isalpha": L.IS_ALPHA, "isalnum": L.IS_ALNUM, "isupper": L.IS_UPPER,
    "islower": L.IS_LOWER, "isspace": L.IS_SPACE,
}  # fmt: skip


GROWING_METHODS = {"append", "pop", "insert", "extend", "remove", "appendleft", "popleft", "clear"}
