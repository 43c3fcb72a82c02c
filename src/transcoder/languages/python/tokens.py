"""TransCoder-style Python tokens, read with Python's own ``tokenize`` module.

Conventions (TransCoder's Python processor, facebookresearch/CodeGen): comments dropped; a string
(f-strings included) is one token whose whitespace is written ``▁`` / ``STRNEWLINE`` / ``TABSYMBOL``;
each logical line ends with ``NEW_LINE``; blocks open with ``INDENT`` and close with ``DEDENT``;
line breaks inside brackets and backslash continuations carry no token. Docstrings (a statement
made only of strings, on its own line) are dropped like comments, as TransCoder did; where that
leaves a block empty, TransCoder dropped the ``INDENT`` and produced code that does not parse, so
we write ``pass`` instead.

Python's ``tokenize`` rather than tree-sitter: it is the reference lexer of the language, it
produces exactly the ``NEWLINE``/``INDENT``/``DEDENT`` structure TransCoder used, and it knows every
string prefix and continuation rule. tree-sitter's Python grammar hides indentation in zero-width
external tokens, so it would have to be re-derived.
"""

from __future__ import annotations

import io
import keyword
import tokenize as python_tokenize
from collections.abc import Sequence

from transcoder.errors import SourceLocation, SyntaxErrorInSource
from transcoder.languages.common import (
    NEW_LINE,
    PYTHON_PROTECTED,
    can_glue_operators,
    escape_literal,
    glue_blockers,
    is_literal_token,
    join_literal,
    split_literal,
    unescape_literal,
)

INDENT = "INDENT"
DEDENT = "DEDENT"
_LAYOUT = frozenset({NEW_LINE, INDENT, DEDENT})
_PYTHON_OPERATORS = (
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "<>",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
)  # fmt: skip
_GLUE_BLOCKERS = glue_blockers(_PYTHON_OPERATORS)
_SKIPPED = frozenset({python_tokenize.NL, python_tokenize.COMMENT, python_tokenize.ENCODING})
# After these (or at the start) a token begins a statement.
_STATEMENT_START = frozenset({None, python_tokenize.NEWLINE, python_tokenize.INDENT, python_tokenize.DEDENT})
# Operators that are prefix (``-x``, ``*args``, ``@decorator``) unless a value ends right before them.
_PREFIX_OPERATORS = frozenset({"-", "+", "~", "*", "**", "@"})
_VALUE_KEYWORDS = frozenset({"True", "False", "None"})  # keywords that end a value
_FSTRING_START = getattr(python_tokenize, "FSTRING_START", -1)  # Python >= 3.12 splits f-strings
_FSTRING_END = getattr(python_tokenize, "FSTRING_END", -1)


def tokenize(code: str) -> list[str]:
    """TransCoder tokens of Python ``code``; raises ``SyntaxErrorInSource`` where Python's lexer
    cannot read it (unbalanced brackets at the end, inconsistent dedent)."""
    code = code.replace("\r", "")
    raw = _python_tokens(code)
    line_starts = _line_starts(code)
    tokens: list[str] = []
    index = 0
    previous_type: int | None = None
    while index < len(raw):
        token = raw[index]
        kind = token.type
        if kind in _SKIPPED:
            index += 1
            continue
        if kind == python_tokenize.ENDMARKER:
            break
        if kind in (python_tokenize.STRING, _FSTRING_START) and previous_type in _STATEMENT_START:
            after = _skip_strings(raw, index)
            if raw[after].type in (python_tokenize.NEWLINE, python_tokenize.ENDMARKER):
                # A docstring (or any statement made only of strings): dropped with its NEWLINE.
                index = after + 1
                continue
        if kind == python_tokenize.NEWLINE:
            tokens.append(NEW_LINE)
        elif kind == python_tokenize.INDENT:
            tokens.append(INDENT)
        elif kind == python_tokenize.DEDENT:
            if tokens and tokens[-1] == INDENT:
                tokens.extend(("pass", NEW_LINE))  # the block held only a docstring
            tokens.append(DEDENT)
        elif kind == python_tokenize.STRING:
            tokens.append(escape_literal(token.string))
        elif kind == _FSTRING_START:
            end = _fstring_end(raw, index)
            tokens.append(escape_literal(_slice(code, line_starts, token.start, raw[end].end)))
            index = end
        elif token.string.strip():
            tokens.append(token.string)
        previous_type = kind
        index += 1
    return tokens


def _python_tokens(code: str) -> list[python_tokenize.TokenInfo]:
    try:
        return list(python_tokenize.generate_tokens(io.StringIO(code).readline))
    except python_tokenize.TokenError as error:
        message, (line, column) = error.args
        location = SourceLocation(line, column + 1)
        raise SyntaxErrorInSource(f"syntax error in python source: {message}", location) from None
    except SyntaxError as error:  # IndentationError, TabError
        location = SourceLocation(error.lineno or 1, max(error.offset or 1, 1))
        raise SyntaxErrorInSource(f"syntax error in python source: {error.msg}", location) from None


def _skip_strings(raw: Sequence[python_tokenize.TokenInfo], index: int) -> int:
    """Index of the first token after the run of strings starting at ``index`` (comments and line
    breaks inside brackets skipped)."""
    while index < len(raw):
        kind = raw[index].type
        if kind == _FSTRING_START:
            index = _fstring_end(raw, index) + 1
        elif kind in (python_tokenize.STRING, python_tokenize.NL, python_tokenize.COMMENT):
            index += 1
        else:
            break
    return min(index, len(raw) - 1)


def _fstring_end(raw: Sequence[python_tokenize.TokenInfo], index: int) -> int:
    depth = 0
    while index < len(raw):
        if raw[index].type == _FSTRING_START:
            depth += 1
        elif raw[index].type == _FSTRING_END:
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return len(raw) - 1


def _line_starts(code: str) -> list[int]:
    starts = [0, 0]  # tokenize counts lines from 1
    for line in io.StringIO(code):
        starts.append(starts[-1] + len(line))
    return starts


def _slice(code: str, line_starts: list[int], start: tuple[int, int], end: tuple[int, int]) -> str:
    return code[line_starts[start[0]] + start[1] : line_starts[end[0]] + end[1]]


# -- detokenization ---------------------------------------------------------------------------
def detokenize(tokens: Sequence[str]) -> str:
    """Readable Python for ``tokens``: one logical line a line, four spaces an indent, PEP 8 spacing.
    If the result would not tokenize back to ``tokens`` (broken model output), the tokens of each
    line are joined by single spaces instead."""
    tokens = list(tokens)
    text = _layout(tokens, pretty=True)
    try:
        if tokenize(text) == tokens:
            return text
    except SyntaxErrorInSource:
        pass
    return _layout(tokens, pretty=False)


def _layout(tokens: Sequence[str], *, pretty: bool) -> str:
    lines: list[str] = []
    line: list[str] = []
    brackets: list[str] = []
    depth = 0
    previous: str | None = None
    previous_unary = False  # the previous token is a prefix operator: ``-x``, ``*args``, ``@decorator``
    for token in tokens:
        if token == NEW_LINE:
            if line:
                lines.append("".join(line))
            line, brackets, previous = [], [], None
            continue
        if token == INDENT:
            depth += 1
            continue
        if token == DEDENT:
            depth = max(depth - 1, 0)
            continue
        if previous is None:
            line.append("    " * depth)
        elif not pretty or _spaced(previous, token, brackets, previous_unary):
            line.append(" ")
        previous_unary = token in _PREFIX_OPERATORS and (previous is None or not _ends_value(previous))
        line.append(unescape_literal(token) if is_literal_token(token) else token)
        if token in ("(", "[", "{"):
            brackets.append(token)
        elif token in (")", "]", "}") and brackets:
            brackets.pop()
        previous = token
    if line:
        lines.append("".join(line))
    return "\n".join(lines) + "\n" if lines else ""


def _ends_value(token: str) -> bool:
    if token in (")", "]", "}") or is_literal_token(token):
        return True
    if token[:1].isalnum() or token[:1] == "_" or ord(token[:1]) > 127:
        return not keyword.iskeyword(token) or token in _VALUE_KEYWORDS
    return False


def _spaced(previous: str, token: str, brackets: list[str], previous_unary: bool) -> bool:
    if token in ("L", "l") and previous[:1].isdigit() and previous.isalnum():
        return False  # Python 2 long literal ``10L``: Python 3's lexer reads two tokens, tree-sitter one
    wanted = _wanted_space(previous, token, brackets, previous_unary)
    return wanted or not can_glue_operators(previous, token, _GLUE_BLOCKERS)


def _wanted_space(previous: str, token: str, brackets: list[str], previous_unary: bool) -> bool:
    innermost = brackets[-1] if brackets else ""
    if token in (",", ")", "]", "}", ":", ";", ".") or previous in ("(", "[", "{", ".", "~"):
        return False
    if previous == ":":
        return innermost != "["  # slices: ``a[1:n]``; elsewhere ``x: int``, ``{k: v}``
    if token in ("(", "["):
        return not _ends_value(previous)  # a call or subscript, not ``if (``, ``in [``, ``= (``
    if token == "=" or previous == "=":
        return innermost != "("  # keyword arguments and defaults: ``f(x=1)``
    return not previous_unary


# -- TransCoder-exact tokens ------------------------------------------------------------------------
# The original's Python tokens (facebookresearch/TransCoder, code_tokenizer.tokenize_python): the
# same lexer as ours, but strings split by ``split_literal``, a docstring recognised as a string
# that is alone on its physical line, and a block left empty by a dropped docstring losing its
# ``INDENT`` instead of gaining ``pass``. Where Python's lexer fails the original returned no
# tokens; here that is a ``SyntaxErrorInSource``.
def tokenize_transcoder(code: str) -> list[str]:
    """The original TransCoder tokens of Python ``code``."""
    code = code.replace("\\r", "")  # the two characters \r, as the original does
    # What the original collects: a literal is one space-separated string here, and a lexer error
    # token may be blank; fastBPE reads these pieces as words split on single spaces.
    pieces: list[str] = []
    skip_newline = False  # a docstring was dropped: so is the NEWLINE that ends it
    readline = io.BytesIO(code.encode("utf-8")).readline
    try:
        for token in python_tokenize.tokenize(readline):
            kind = token.type
            if kind in (python_tokenize.ENCODING, python_tokenize.NL, python_tokenize.COMMENT):
                continue
            if kind == python_tokenize.NEWLINE:
                if not skip_newline:
                    pieces.append(NEW_LINE)
                skip_newline = False
            elif kind == python_tokenize.STRING:
                if token.string == token.line.strip():
                    skip_newline = True
                else:
                    pieces.append(" ".join(split_literal(token.string, PYTHON_PROTECTED)))
            elif kind == python_tokenize.INDENT:
                pieces.append(INDENT)
            elif kind == python_tokenize.DEDENT:
                if pieces[-1] == INDENT:  # an empty list here fails, as in the original
                    pieces.pop()
                else:
                    pieces.append(DEDENT)
            elif kind == python_tokenize.ENDMARKER:
                return [piece for piece in " ".join(pieces).split(" ") if piece]  # fastBPE's words
            else:
                pieces.append(token.string)
    except (python_tokenize.TokenError, SyntaxError, UnicodeDecodeError, IndexError) as error:
        raise SyntaxErrorInSource(f"the TransCoder Python tokenizer cannot read this: {error}") from None
    raise SyntaxErrorInSource("the TransCoder Python tokenizer found no end marker")


def detokenize_transcoder(tokens: Sequence[str]) -> str:
    """Python text for the original's tokens, as the original's ``detokenize_python`` writes it:
    one line per ``NEW_LINE``, four spaces per ``INDENT``, tokens joined by spaces, strings rebuilt
    where Python's lexer finds them (up to where it fails), spaces around dots removed."""
    text = " ".join(tokens).replace("ENDCOM", "NEW_LINE").replace("▁", "SPACETOKEN")
    lines = text.split("NEW_LINE")
    indent = ""
    for number, line in enumerate(lines):
        line = line.strip()
        if line.startswith("INDENT "):
            indent += "    "
            line = line.replace("INDENT ", indent)
        elif line.startswith("DEDENT"):
            indent = indent[4 * line.count("DEDENT") :]
            line = indent + line.replace("DEDENT", "").strip()
        else:
            line = indent + line
        lines[number] = line
    text = "\n".join(lines)
    try:
        for token in python_tokenize.tokenize(io.BytesIO(text.encode("utf-8")).readline):
            if token.type in (python_tokenize.STRING, python_tokenize.COMMENT):
                text = text.replace(token.string, join_literal(token.string))
    except Exception:  # the original stops rebuilding strings at any lexer failure, whatever it is
        pass
    text = (
        text.replace(". ", ".").replace(" .", ".").replace("import.", "import .").replace("from.", "from .")
    )
    return text.replace("> >", ">>").replace("< <", "<<")
