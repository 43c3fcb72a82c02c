"""The C preprocessor, for the macros a file defines for itself (``#define rep(i,a,b) for ...``).

Code written with its own macros does not parse as C++ until they are expanded, so every engine
that reads C++ structure needs this step. It runs pcpp (a C99 preprocessor in pure Python) with
three rules:

- ``#include`` lines stay as written: system headers are the compiler's business, and a header
  of the project is not ours to inline;
- a *named constant* (``#define MOD 1000000007``, ``#define N (1 << 20)``) or a *type name*
  (``#define ll long long``) defined outside any conditional stays a ``#define``: translators
  turn those into constants and type aliases, which reads better than their values pasted in;
- everything else (function-like macros, statement macros, ``#if``/``#ifdef`` sections) is
  expanded or resolved as the compiler would.

Lines keep their numbers (a directive becomes an empty line), so locations reported on the
expanded text are the source's lines; a column after an expanded macro on the same line may differ.
Input without any such macro or conditional comes back unchanged (but for the comments of its
``#define`` lines), without running pcpp.
"""

from __future__ import annotations

import io
import re
from functools import lru_cache
from typing import Any

from transcoder.errors import InputError, SourceLocation
from transcoder.languages.cpp.preprocess_attributes import blank_attribute_macros

# A directive that needs the preprocessor (function-like macros and conditionals).
_NEEDS_EXPANSION = re.compile(
    r"^[ \t]*#[ \t]*(?:define[ \t]+\w+\(|if|ifdef|ifndef|elif|else|endif|undef)\b", re.M
)
_DEFINE = re.compile(r"^[ \t]*#[ \t]*define[ \t]+(\w+)(?![\w(])[ \t]*(.*?)[ \t]*$", re.M)
_CONDITIONAL = re.compile(r"^[ \t]*#[ \t]*(if|ifdef|ifndef|endif)\b", re.M)
_TYPE_WORDS = re.compile(
    r"(?:(?:unsigned|signed|long|short|int|char|double|float|bool|const)\b\s*)+"
    r"|(?:std::)?(?:string|size_t|u?int(?:8|16|32|64)_t)"
)
# A value that is a constant: numbers, character literals, operators and names of other constants.
_CONSTANT_TOKEN = re.compile(
    r"\s*(?:0[xX][0-9a-fA-F]+|\d+\.?\d*(?:[eE][-+]?\d+)?|'(?:\\.|[^'\\])'|\w+|<<|>>|[-+*/%()~&|^])"
)
_ANCHOR = "__transcoder_first_line__"
# a literal (kept whole) or a comment that ends on its line
_LITERAL_OR_COMMENT = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|//[^\n]*|/\*.*?\*/')
_DIRECTIVE_START = re.compile(r"^[ \t]*#[ \t]*define\b")
_SUFFIX = re.compile(r"(?<=\d)(?:[uU]?[lL]{0,2}|[lL]{1,2}[uU]?|[fF])\b")


def _is_constant(value: str, constants: set[str]) -> bool:
    """A value a translator may keep as a named constant: literals, operators, other constants."""
    text = _SUFFIX.sub("", value)
    if not text:
        return False
    position = 0
    while position < len(text):
        match = _CONSTANT_TOKEN.match(text, position)
        if match is None:
            return text[position:].strip() == ""
        token = match.group().strip()
        if (token[0].isalpha() or token[0] == "_") and token not in constants:
            return False
        position = match.end()
    return True


def _without_comment(line: str) -> str:
    """``line`` with its comments (those that end on it) made spaces, its literals kept."""
    return _LITERAL_OR_COMMENT.sub(lambda m: m.group() if m.group()[0] in "\"'" else " ", line)


def without_define_comments(code: str) -> str:
    """``code`` with the comments of its ``#define`` lines (continuations included) removed: a macro's
    value is its tokens, and a comment pasted where the macro is used (``#define M 100 // max``)
    would comment out the rest of that line."""
    if "define" not in code:
        return code
    lines = code.splitlines(keepends=True)
    in_define = False
    for index, line in enumerate(lines):
        if in_define or _DIRECTIVE_START.match(line):
            lines[index] = _without_comment(line)
            in_define = line.rstrip().endswith("\\")
    stripped = "".join(lines)
    return code if stripped == code else stripped  # the same object where nothing changed


def kept_defines(code: str) -> dict[int, str]:
    """0-based line -> its ``#define`` line, for the named constants and type names kept as written."""
    code = without_define_comments(code)
    kept: dict[int, str] = {}
    constants: set[str] = set()
    depth = 0
    lines = code.splitlines()
    for index, line in enumerate(lines):
        conditional = _CONDITIONAL.match(line)
        if conditional is not None:
            depth += -1 if conditional.group(1) == "endif" else 1
            continue
        define = _DEFINE.match(line)
        if define is None or depth > 0 or line.rstrip().endswith("\\"):
            continue
        name, value = define.groups()
        if _TYPE_WORDS.fullmatch(value) or _is_constant(value, constants):
            kept[index] = line
            constants.add(name)
    return kept


def needs_expansion(code: str) -> bool:
    """Whether ``code`` has a macro or conditional that a C++ parser cannot read as written."""
    if _NEEDS_EXPANSION.search(code):
        return True
    kept = kept_defines(code)
    return any(index not in kept for index, _ in _defines(code))


def _defines(code: str) -> list[tuple[int, str]]:
    return [(code.count("\n", 0, m.start()), m.group(1)) for m in _DEFINE.finditer(code)]


def expand_macros(code: str, path: str | None = None) -> str:
    """``code`` with its own macros expanded (see the module's rules), then the attribute-like
    macros of other files blanked (``preprocess_attributes.py``); unchanged if it has neither, but
    for the comments of its ``#define`` lines (``without_define_comments``)."""
    code = without_define_comments(code)
    if "#" in code and needs_expansion(code):
        code = _expand(code, path)
    return blank_attribute_macros(code)[0]


@lru_cache(maxsize=256)
def _expand(code: str, path: str | None) -> str:
    from pcpp import Action, OutputDirective, Preprocessor

    kept = kept_defines(code)
    lines = without_define_comments(code).splitlines(keepends=True)
    # The kept defines are hidden from pcpp (so their names stay names) and put back in place.
    hidden = "".join("\n" if index in kept else line for index, line in enumerate(lines))
    # pcpp drops the blank lines before the first line it writes, which would move every line up:
    # a first line of its own (an identifier no macro names) anchors the count, and goes again.
    hidden = _ANCHOR + "\n" + hidden

    class _Preprocessor(Preprocessor):  # type: ignore[misc]
        def on_include_not_found(self, *args: object) -> None:
            raise OutputDirective(Action.IgnoreAndPassThrough)

        def on_comment(self, token: object) -> bool:
            return True  # keep comments: they are part of what a translation carries over

        directive_line = 1  # where the directive being handled starts (some errors carry no line)

        def on_directive_handle(self, directive: Any, *args: Any) -> Any:
            self.directive_line = getattr(directive, "lineno", self.directive_line)
            return super().on_directive_handle(directive, *args)

        def on_error(self, file: str, line: int, message: str) -> None:
            where = line - 1 if line > 1 else max(self.directive_line - 1, 1)  # the anchor's line
            raise InputError(f"C preprocessor: {message}", SourceLocation(where, 1, path))

    preprocessor = _Preprocessor()
    preprocessor.line_directive = None
    preprocessor.parse(hidden, path or "<input>")
    out = io.StringIO()
    preprocessor.write(out)
    expanded = out.getvalue().splitlines(keepends=True)[1:]  # without the anchor
    for index, line in kept.items():
        if index < len(expanded):
            expanded[index] = line + "\n"
    return "".join(expanded)
