"""TransCoder-style Java tokens, read from the tree-sitter-java parse.

Conventions (TransCoder's, facebookresearch/CodeGen): tokens are the leaves of the parse; comments
are dropped; a string literal (text blocks included) or char literal is one token whose whitespace
is written ``▁`` / ``STRNEWLINE`` / ``TABSYMBOL``; Java has no ``NEW_LINE`` token, since no line
break in Java carries meaning. TransCoder read Java with javalang; tree-sitter gives the same
tokens for the code we handle and its parse drives a readable layout (see ``CurlyGrammar``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import cache

import tree_sitter
import tree_sitter_java

from transcoder.errors import SyntaxErrorInSource
from transcoder.languages.common import (
    C_FAMILY_PROTECTED,
    CurlyGrammar,
    indent_braced_lines,
    join_literal,
    split_literal,
)

JAVA_OPERATORS = (
    ">>>=", "<<=", ">>=", ">>>", "...", "->", "::", "++", "--", "<<", ">>", "<=", ">=", "==", "!=",
    "&&", "||", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
)  # fmt: skip


@cache
def grammar() -> CurlyGrammar:
    return CurlyGrammar(
        language=tree_sitter.Language(tree_sitter_java.language()),
        literal_types=frozenset({"string_literal", "character_literal"}),
        comment_types=frozenset({"line_comment", "block_comment"}),
        lexed_types=frozenset(),
        block_brace_parents=frozenset(
            {
                "block",
                "class_body",
                "interface_body",
                "enum_body",
                "switch_block",
                "constructor_body",
                "annotation_type_body",
                "module_body",
                "static_initializer",
            }
        ),
        open_body_parents=frozenset({"class_body"}),
        template_parents=frozenset({"type_arguments", "type_parameters"}),
        prefix_operator_parents=frozenset({"unary_expression", "update_expression"}),
        declarator_parents=frozenset(),
        label_colon_parents=frozenset({"switch_block_statement_group", "switch_label", "labeled_statement"}),
        spaced_arrow_parents=frozenset({"lambda_expression", "switch_rule"}),
        operators=JAVA_OPERATORS,
        control_keywords=frozenset(
            {
                "if",
                "for",
                "while",
                "switch",
                "catch",
                "return",
                "throw",
                "do",
                "else",
                "case",
                "synchronized",
                "try",
            }
        ),
    )


def tokenize(code: str) -> list[str]:
    """TransCoder tokens of Java ``code``."""
    return grammar().tokenize(code)


def detokenize(tokens: Sequence[str]) -> str:
    """Readable Java for ``tokens``; tokenizing the result gives ``tokens`` back."""
    return grammar().detokenize(tokens)


# -- TransCoder-exact tokens ------------------------------------------------------------------------
# The original tokenized Java with its copy of javalang's lexer (facebookresearch/TransCoder,
# preprocessing/src/javalang_tokenizer.py) and split string and char literals with
# ``split_literal``. That lexer differs from the language: ``>>`` and ``>>>`` are not operators
# (they come out as ``> >`` and ``> > >``), a literal may span lines, and any character it cannot
# place is an error that makes the original return no tokens at all. ``JavalangLexer`` below
# reproduces its behaviour, errors included, since the original's detokenizer relies on where the
# lexer stops.
_JAVALANG_OPERATORS = frozenset(
    (
        ">>>=", ">>=", "<<=", "%=", "^=", "|=", "&=", "/=", "*=", "-=", "+=", "<<", "--", "++", "||",
        "&&", "!=", ">=", "<=", "==", "%", "^", "|", "&", "/", "*", "-", "+", ":", "?", "~", "!", "<",
        ">", "=", "...", "->", "::",
    )
)  # fmt: skip
_JAVALANG_SEPARATORS = frozenset("(){}[];,.")
_IDENTIFIER_START = frozenset(("Lu", "Ll", "Lt", "Lm", "Lo", "Nl", "Pc", "Sc"))
_IDENTIFIER_PART = _IDENTIFIER_START | {"Mc", "Mn", "Nd"}
_NOT_SPACE = re.compile(r"[^\s]")
DECIMAL, OCTAL, HEXADECIMAL, BINARY = "0123456789", "01234567", "0123456789abcdefABCDEF", "01"


class JavalangError(ValueError):
    """Where the original's Java lexer gives up."""


def javalang_unicode_escapes(text: str) -> str:
    """``\\uXXXX`` (any number of ``u``) replaced by its character before lexing, as javalang does;
    a backslash preceded by a backslash escapes nothing."""
    pieces: list[str] = []
    kept = 0  # text before this offset is in pieces
    search = 0
    while True:
        slash = text.find("\\", search)
        if slash == -1 or slash + 1 >= len(text):
            break
        if text[slash + 1] != "u":
            search = slash + 2
            continue
        pieces.append(text[kept:slash])
        digits = slash + 1
        while digits < len(text) and text[digits] == "u":
            digits += 1
        if digits >= len(text):  # ``\\u`` at the very end: javalang repeats the pending text
            break
        try:
            code = int(text[digits : digits + 4], 16)
        except ValueError:
            raise JavalangError(f"invalid unicode escape {text[digits : digits + 4]!r}") from None
        pieces.append(chr(code))
        kept = search = digits + 4
    pieces.append(text[kept:])
    return "".join(pieces)


class JavalangLexer:
    """``(kind, text)`` tokens of Java as the original's javalang lexer reads them; kinds:
    ``string`` (string and char literals), ``comment``, ``other``. Iterating raises
    ``JavalangError`` where javalang raises, after yielding the tokens before it."""

    def __init__(self, code: str) -> None:
        self.code = code

    def __iter__(self) -> Iterator[tuple[str, str]]:
        text = javalang_unicode_escapes(self.code)
        length = len(text)
        start = 0
        while start < length:
            character = text[start]
            following = text[start + 1] if start + 1 < length else None
            if character.isspace():
                match = _NOT_SPACE.search(text, start + 1)
                start = match.start() if match else length
                continue
            if character == "/" and following in ("/", "*"):
                end = self._comment_end(text, start)
                yield "comment", text[start:end]
                start = end
                continue
            end = self._token_end(text, start, character, following)
            kind = "string" if character in "\"'" else "other"
            yield kind, text[start:end]
            start = end

    @staticmethod
    def _comment_end(text: str, start: int) -> int:
        if text[start + 1] == "/":
            end = text.find("\n", start + 2)
            return len(text) if end == -1 else end + 1
        end = text.find("*/", start + 2)
        if end == -1:
            raise JavalangError("unterminated block comment")
        return end + 2

    def _token_end(self, text: str, start: int, character: str, following: str | None) -> int:
        if character == "." and following == "." and text[start : start + 3] == "...":
            return start + 3
        if character == "@":
            return start + 1
        if character == "." and following is not None and following.isdigit():
            return self._decimal_end(text, start)
        if character in _JAVALANG_SEPARATORS:
            return start + 1
        if character in "\"'":
            return self._literal_end(text, start)
        if character in DECIMAL:
            return self._number_end(text, start, character, following)
        if unicodedata.category(character) in _IDENTIFIER_START:
            end = start + 1
            while end < len(text) and unicodedata.category(text[end]) in _IDENTIFIER_PART:
                end += 1
            return end
        for size in range(min(len(text) - start, 4), 0, -1):
            if text[start : start + size] in _JAVALANG_OPERATORS:
                return start + size
        raise JavalangError(f"could not process token {character!r}")

    @staticmethod
    def _literal_end(text: str, start: int) -> int:
        """javalang's literal scanner: escapes checked, octal escapes of up to three digits, and no
        end of line: only the closing quote (or the end of the text, an error) ends it."""
        quote = text[start]
        state = "plain"
        index = start + 1
        while True:
            if index >= len(text):
                raise JavalangError("unterminated character/string literal")
            character = text[index]
            if state == "escape":
                if character in "btnfru\"'\\":
                    state = "plain"
                elif character in "0123":
                    state = "octal2"
                elif character in OCTAL:
                    state = "octal1"
                else:
                    raise JavalangError(f"illegal escape character {character!r}")
            elif state == "octal2" and character in OCTAL:
                state = "octal1"
            elif state == "octal1" and character not in "\\" + quote:
                state = "plain"
            elif character == "\\":
                state = "escape"
            elif character == quote:
                return index + 1
            index += 1

    @staticmethod
    def _digits_end(text: str, index: int, digits: str) -> int:
        """javalang's ``read_digits``: digits with ``_`` between them, then one ``l``/``L`` if the
        character that stopped the scan is one (even after underscores)."""
        stop: str | None = None
        skipped = 0
        while index + skipped < len(text):
            stop = text[index + skipped]
            if stop in digits:
                index += 1 + skipped
                skipped = 0
            elif stop == "_":
                skipped += 1
            else:
                break
        if stop is None:
            raise JavalangError("number at the end of the input")  # javalang: TypeError
        return index + 1 if stop in "lL" else index

    def _number_end(self, text: str, start: int, character: str, following: str | None) -> int:
        if character == "0" and following is None:
            raise JavalangError("number at the end of the input")  # javalang: TypeError
        if character == "0" and following in ("x", "X"):
            return self._hexadecimal_end(text, start)
        if character == "0" and following in ("b", "B"):
            return self._digits_end(text, start + 2, BINARY)
        if character == "0" and following is not None and following in OCTAL:
            return self._digits_end(text, start + 1, OCTAL)
        return self._decimal_end(text, start)

    def _decimal_end(self, text: str, start: int) -> int:
        end = self._digits_end(text, start, DECIMAL)
        if end >= len(text) or text[end] not in ".eEfFdD":
            return end
        if text[end] == ".":
            end = self._digits_end(text, end + 1, DECIMAL)
        if end < len(text) and text[end] in "eE":
            end += 1
            if end < len(text) and text[end] in "-+":
                end += 1
            end = self._digits_end(text, end, DECIMAL)
        return end + 1 if end < len(text) and text[end] in "fFdD" else end

    def _hexadecimal_end(self, text: str, start: int) -> int:
        end = self._digits_end(text, start + 2, HEXADECIMAL)
        if end >= len(text) or text[end] not in ".pP":
            return end
        if text[end] == ".":
            end = self._digits_end(text, end + 1, HEXADECIMAL)
        if end >= len(text) or text[end] not in "pP":
            raise JavalangError("invalid hex float literal")
        end += 1
        if end < len(text) and text[end] in "-+":
            end += 1
        end = self._digits_end(text, end, DECIMAL)
        return end + 1 if end < len(text) and text[end] in "fFdD" else end


def tokenize_transcoder(code: str) -> list[str]:
    """The original TransCoder tokens of Java ``code`` (comments dropped, literals split); raises
    ``SyntaxErrorInSource`` where the original's lexer fails (it then returned no tokens)."""
    tokens: list[str] = []
    try:
        for kind, text in JavalangLexer(code.replace("\\r", "")):  # the 2 characters \r, as the original
            if kind == "string":
                tokens.extend(split_literal(text, C_FAMILY_PROTECTED))
            elif kind == "other":
                tokens.append(text)
    except JavalangError as error:
        raise SyntaxErrorInSource(f"the TransCoder Java lexer cannot read this: {error}") from None
    return tokens


_JAVA_LAYOUT = (
    ("} \"", 'CB_ "'), ('" {', '" OB_'), ("*/ ", "*/ NEW_LINE"), ("} ;", "CB_COLON NEW_LINE"),
    ("} ,", "CB_COMA"), ("}", "CB_ NEW_LINE"), ("{", "OB_ NEW_LINE"), (";", "; NEW_LINE"),
)  # fmt: skip


def detokenize_transcoder(tokens: Sequence[str]) -> str:
    """Java text for the original's tokens, as the original's ``detokenize_java`` lays it out (line
    breaks after ``;``, ``{``, ``}``, two-space indentation, ``> >`` joined back into ``>>``), with
    each literal the lexer finds in the result rebuilt, up to where the lexer stops."""
    text = " ".join(tokens).replace("ENDCOM", "NEW_LINE").replace("▁", "SPACETOKEN")
    for before, after in _JAVA_LAYOUT:
        text = text.replace(before, after)
    text = indent_braced_lines(re.split("NEW_LINE", text))
    text = text.replace("CB_COLON", "};").replace("CB_COMA", "},").replace("CB_", "}").replace("OB_", "{")
    text = text.replace("> > >", ">>>").replace("<< <", "<<<").replace("> >", ">>").replace("< <", "<<")
    try:
        for kind, lexeme in JavalangLexer(text):
            if kind in ("string", "comment"):
                text = text.replace(lexeme, join_literal(lexeme))
    except JavalangError:
        pass  # the original stops rebuilding literals where its lexer fails
    return text
