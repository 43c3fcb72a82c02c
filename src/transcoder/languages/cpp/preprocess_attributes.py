"""Attribute-like macros of other files: ``LIBSEDML_EXTERN int f(...)``, ``void STDMETHODCALLTYPE
f(...)``, ``int U_CALLCONV f(...)``.

A project defines such a macro in a header (``#define LIBSEDML_EXTERN __declspec(dllexport)``,
``#define STDMETHODCALLTYPE __stdcall``); the file alone does not, and tree-sitter cannot read a
declaration with an unknown word in it. These macros only set linkage, symbol visibility or the
calling convention: how the function is exported and called at the machine level, never what it
computes. So an all-caps name that this file does not define (``#define``s of the file were
expanded before: ``preprocess.py``, which calls this last) and that stands where no type can (right before a
built-in type at the start of a declaration, or between a built-in return type and the function's
name) is read as expanding to nothing: it is blanked (columns kept) and each name is reported in a
warning, never silently. An unknown name where a type could stand (``HRESULT f()``,
``BOOL WINAPI f()``) is left alone and refused later as an unknown type.
"""

from __future__ import annotations

import re

_BUILTIN = (
    r"(?:void|bool|char|short|int|long|float|double|unsigned|signed|wchar_t|size_t"
    r"|u?int(?:8|16|32|64)_t|std::\w+)"
)
_QUALIFIER = r"(?:const|static|inline|extern|virtual|constexpr)"
_MACRO = r"[A-Z_][A-Z0-9_]*[A-Z][A-Z0-9_]*"  # all capitals (digits and underscores allowed)
# `MACRO int f(`, `MACRO static inline double g(`: at the start of a line, before the declaration.
_BEFORE = re.compile(rf"(?m)^[ \t]*(?P<macro>{_MACRO})(?=\s+(?:{_QUALIFIER}\s+)*{_BUILTIN}\b)")
# `void MACRO f(`, `int * MACRO g(`: between a built-in return type and the function's name.
_BETWEEN = re.compile(rf"\b{_BUILTIN}[\s*&]+(?P<macro>{_MACRO})(?=\s+[A-Za-z_]\w*\s*\()")


# Blanked text -> its warnings, for the engines that report them (``attribute_warnings``); bounded.
_WARNINGS: dict[str, list[str]] = {}
_REMEMBERED = 256


def attribute_warnings(prepared: str) -> list[str]:
    """The warnings of the macros blanked to make ``prepared`` (the text ``expand_macros`` returned)."""
    return list(_WARNINGS.get(prepared, ()))


def blank_attribute_macros(code: str) -> tuple[str, list[str]]:
    """``code`` with the attribute-like macros blanked, and a warning naming each (module docstring)."""
    spans: dict[str, list[int]] = {}
    found: list[tuple[int, int]] = []
    for pattern in (_BEFORE, _BETWEEN):
        for match in pattern.finditer(code):
            name = match.group("macro")
            if name.startswith("__") or _defined(code, name):
                continue
            start, end = match.span("macro")
            found.append((start, end))
            spans.setdefault(name, []).append(code.count("\n", 0, start) + 1)
    if not found:
        return code, []
    chars = list(code)
    for start, end in found:
        chars[start:end] = " " * (end - start)
    warnings = [
        f"'{name}' (line {', '.join(map(str, lines))}) read as an attribute-like macro expanding to nothing: "
        "it is not defined in this file and stands where no type can; such macros set linkage, "
        "visibility or the calling convention, not what the code computes"
        for name, lines in spans.items()
    ]
    blanked = "".join(chars)
    if len(_WARNINGS) >= _REMEMBERED:
        _WARNINGS.clear()
    _WARNINGS[blanked] = warnings
    return blanked, warnings


def _defined(code: str, name: str) -> bool:
    """Whether the file declares ``name`` itself (a kept ``#define``, a type or a variable of that name)."""
    return re.search(rf"#\s*define\s+{name}\b|\b(?:class|struct|enum|union|typedef)\b[^;{{]*\b{name}\b", code) is not None
