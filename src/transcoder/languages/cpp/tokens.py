"""TransCoder-style C++ tokens, read from the tree-sitter-cpp parse.

Conventions (those of TransCoder's tree-sitter processor, facebookresearch/CodeGen): tokens are the
leaves of the parse; comments are dropped; a string, char, raw string or user-defined literal is one
token whose whitespace is written ``▁`` / ``STRNEWLINE`` / ``TABSYMBOL``; line breaks carry no
meaning except at the end of a preprocessor directive, which gets a ``NEW_LINE`` token. Where
TransCoder kept a macro body as one token (spaces inside), we split it with a small C lexer so that
no token ever holds whitespace.

tree-sitter rather than a hand-written lexer: it already knows C++'s literal forms (raw strings,
prefixes, digit separators, ``>>`` closing two templates), and its parse gives the layout the
grammar context it needs (unary or binary minus, template or comparison ``<``, block or initializer
brace).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

import tree_sitter
import tree_sitter_cpp

from transcoder.languages.common import (
    C_FAMILY_PROTECTED,
    CurlyGrammar,
    indent_braced_lines,
    join_literal,
    split_literal,
)

CPP_OPERATORS = (
    "->*", "<<=", ">>=", "<=>", "...", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&",
    "||", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "::", "<:", ":>", "<%", "%>", "%:", "##",
)  # fmt: skip


@cache
def grammar() -> CurlyGrammar:
    return CurlyGrammar(
        language=tree_sitter.Language(tree_sitter_cpp.language()),
        literal_types=frozenset(
            {
                "string_literal",
                "char_literal",
                "raw_string_literal",
                "user_defined_literal",
                "system_lib_string",
            }
        ),
        comment_types=frozenset({"comment"}),
        lexed_types=frozenset({"preproc_arg"}),
        block_brace_parents=frozenset(
            {"compound_statement", "field_declaration_list", "declaration_list", "enumerator_list"}
        ),
        open_body_parents=frozenset({"field_declaration_list", "enumerator_list"}),
        template_parents=frozenset({"template_argument_list", "template_parameter_list"}),
        prefix_operator_parents=frozenset({"unary_expression", "pointer_expression", "update_expression"}),
        declarator_parents=frozenset(
            {
                "pointer_declarator",
                "reference_declarator",
                "abstract_pointer_declarator",
                "abstract_reference_declarator",
            }
        ),
        label_colon_parents=frozenset({"case_statement", "labeled_statement", "field_declaration_list"}),
        spaced_arrow_parents=frozenset({"trailing_return_type"}),
        operators=CPP_OPERATORS,
        signed_number_literals=True,
        line_ending_template_lists=frozenset({"template_parameter_list"}),
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
                "co_return",
            }
        ),
    )


def tokenize(code: str) -> list[str]:
    """TransCoder tokens of C++ ``code``."""
    return grammar().tokenize(code)


def detokenize(tokens: Sequence[str]) -> str:
    """Readable C++ for ``tokens``; tokenizing the result gives ``tokens`` back."""
    return grammar().detokenize(tokens)


# -- TransCoder-exact tokens ------------------------------------------------------------------------
# The original tokenized C++ with libclang's raw lexer (``-std=c++11``, comments kept then dropped)
# and split every literal token (strings, chars, numbers) with ``split_literal``. The lexer below
# reproduces clang's raw lexing of C++11 for what reaches the tokens: identifiers (``$`` allowed),
# preprocessing numbers, encoding-prefixed and raw literals with ``_`` user-defined suffixes,
# comments, punctuators by longest match (digraphs, and ``<::`` read as ``<`` ``::``), and clang's
# "unknown" tokens (an unterminated quote takes the rest of its line). Written here rather than
# loaded from libclang: no native dependency, and ``benchmarks/versus_original.py`` checks it
# against libclang itself.
_CLANG_PUNCTUATORS = sorted(
    (
        "%:%:", "<<=", ">>=", "...", "->*", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&",
        "||", "*=", "/=", "%=", "+=", "-=", "&=", "^=", "|=", "##", "::", ".*", "<:", ":>", "<%", "%>",
        "%:", "[", "]", "(", ")", "{", "}", ".", "&", "*", "+", "-", "~", "!", "/", "%", "<", ">", "^",
        "|", "?", ":", ";", "=", ",", "#",
    ),
    key=len,
    reverse=True,
)  # fmt: skip
# Characters C++11 allows in identifiers beyond ASCII (its Annex E, which clang applies to UTF-8
# source), less those it forbids first; clang's Unicode whitespace; everything else is "unknown".
_CPP11_IDENTIFIER_RANGES = (
    "\u00a8\u00aa\u00ad\u00af\u00b2-\u00b5\u00b7-\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6"
    "\u00f8-\u00ff\u0100-\u167f\u1681-\u180d\u180f-\u1fff\u200b-\u200d\u202a-\u202e\u203f-\u2040"
    "\u2054\u2060-\u206f\u2070-\u218f\u2460-\u24ff\u2776-\u2793\u2c00-\u2dff\u2e80-\u2fff"
    "\u3004-\u3007\u3021-\u302f\u3031-\u303f\u3040-\ud7ff\uf900-\ufd3d\ufd40-\ufdcf\ufdf0-\ufe44"
    "\ufe47-\ufffd"
    + "".join(f"\\U{plane:08x}-\\U{plane + 0xFFFD:08x}" for plane in range(0x10000, 0xF0000, 0x10000))
)
_NOT_INITIAL = "\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_IDENTIFIER_BODY = f"[A-Za-z0-9_$\\u0300-\\u036f{_CPP11_IDENTIFIER_RANGES}]"
_IDENTIFIER_HEAD = f"(?![{_NOT_INITIAL}])[A-Za-z_$\\u0300-\\u036f{_CPP11_IDENTIFIER_RANGES}]"
_UD_SUFFIX = f"(?:_{_IDENTIFIER_BODY}*)?"  # C++11: only suffixes starting with _ join the literal
_CLANG_LEXEME = re.compile(
    r"""(?P<comment>//[^\n\r]*|/\*.*?(?:\*/|\Z))
    |(?P<literal>(?:(?:u8|[uUL])?R"(?P<delimiter>[^()\\\s"]{0,16})\(.*?\)(?P=delimiter)"
      |(?:u8|[uUL])?"(?:\\.|[^"\\\n\r])*"
      |[uUL]?'(?:\\.|[^'\\\n\r])+')"""
    + _UD_SUFFIX
    + r"""|\.?[0-9](?:[eEpP][+-]|[.]|"""
    + _IDENTIFIER_BODY
    + r""")*)
    |(?P<word>"""
    + _IDENTIFIER_HEAD
    + _IDENTIFIER_BODY
    + r"""*)
    |(?P<unterminated>(?:u8|[uUL])?"[^\n\r]*|[uUL]?''|[uUL]?'[^\n\r]*)
    |(?P<punctuator>"""
    + "|".join(re.escape(p) for p in _CLANG_PUNCTUATORS)
    + r""")
    |(?P<unknown>.)""",
    re.VERBOSE | re.DOTALL,
)
_CLANG_SPACE = re.compile(r"[ \t\n\v\f\r]+")  # raw lexing: Unicode spaces are "unknown" tokens


_SPLICE = re.compile(r"\\\r?\n")


def _without_splices(code: str) -> tuple[str, list[int] | None]:
    """``code`` with its line splices (backslash, newline) removed, as clang's lexer reads it, and
    for each character left its offset in ``code`` (None when there was no splice)."""
    if "\\\n" not in code and "\\\r\n" not in code:
        return code, None
    pieces: list[str] = []
    offsets: list[int] = []
    kept = 0
    for splice in _SPLICE.finditer(code):
        pieces.append(code[kept : splice.start()])
        offsets.extend(range(kept, splice.start()))
        kept = splice.end()
    pieces.append(code[kept:])
    offsets.extend(range(kept, len(code)))
    return "".join(pieces), offsets


def clang_lexemes(code: str) -> list[tuple[str, str]]:
    """``(kind, text)`` for each raw token of ``code`` as libclang's ``get_tokens`` lists them;
    kinds: ``literal``, ``comment``, ``other`` (identifiers, keywords, punctuation, unknown).
    Tokens are read with line splices removed; libclang spells identifiers that way but every
    other token as its raw source text, splices included."""
    code = code.removeprefix("\ufeff")  # clang skips a byte order mark
    text, offsets = _without_splices(code)
    lexemes: list[tuple[str, str]] = []
    position = 0
    end = len(text)
    while position < end:
        space = _CLANG_SPACE.match(text, position)
        if space:
            position = space.end()
            continue
        match = _CLANG_LEXEME.match(text, position)
        assert match is not None  # the last alternative takes any non-space character
        lexeme = match.group(0)
        kind = match.lastgroup or "unknown"
        if kind == "literal" and lexeme[-1] not in "\"'" and _is_number(lexeme):
            lexeme = _clang_number(lexeme)
        elif (
            kind == "punctuator"
            and lexeme == "<:"
            and text[position + 2 : position + 3] == ":"
            and text[position + 3 : position + 4] not in (":", ">")
        ):
            lexeme = "<"  # C++11: ``<::`` is ``<`` followed by ``::``
        spelling = lexeme
        if offsets is not None and kind != "word":
            spelling = code[offsets[position] : offsets[position + len(lexeme) - 1] + 1]
        position += len(lexeme)
        lexemes.append(
            ("literal" if kind == "literal" else "comment" if kind == "comment" else "other", spelling)
        )
    return lexemes


def _is_number(lexeme: str) -> bool:
    return lexeme[0].isdigit() or lexeme[0] == "."


def _clang_number(lexeme: str) -> str:
    """clang continues a number over ``e+``/``e-`` always, over ``p+``/``p-`` only in a hexadecimal
    literal with no ``_`` before it (C++11 has no hexadecimal floats; clang accepts them)."""
    hexadecimal = lexeme[:2] in ("0x", "0X")
    for index in range(1, len(lexeme)):
        signed_exponent = lexeme[index] in "+-" and lexeme[index - 1] in "pP"
        if signed_exponent and (not hexadecimal or "_" in lexeme[:index]):
            return lexeme[:index]
    return lexeme


def tokenize_transcoder(code: str) -> list[str]:
    """The original TransCoder tokens of C++ ``code`` (comments dropped, literals split)."""
    tokens: list[str] = []
    for kind, lexeme in clang_lexemes(code.replace("\\r", "")):  # the original drops the 2 chars \r
        if kind == "literal":
            tokens.extend(split_literal(lexeme, C_FAMILY_PROTECTED))
        elif kind == "other":  # an unterminated quote's token may hold spaces: fastBPE splits there
            tokens.extend(word for word in lexeme.split(" ") if word)
    return tokens


def detokenize_transcoder(tokens: Sequence[str]) -> str:
    """C++ text for the original's tokens, as the original's ``detokenize_cpp`` lays it out: a
    line break after ``;``, ``{`` and ``}`` (``};`` and ``},`` kept together), two spaces of
    indentation per open brace, tokens otherwise joined by single spaces, literals rebuilt."""
    text = " ".join(tokens).replace("ENDCOM", "\n").replace("▁", " SPACETOKEN ")
    lexemes = clang_lexemes(text.replace("\\r", ""))
    pieces: list[str] = []
    index = 0
    while index < len(lexemes):
        kind, lexeme = lexemes[index]
        following = lexemes[index + 1][1] if index + 1 < len(lexemes) else None
        if kind in ("literal", "comment"):
            pieces.append(join_literal(lexeme))
            if kind == "comment":
                pieces.append("NEW_LINE")
        elif lexeme == "}" and following in (";", ","):
            pieces += ["CB_COLON" if following == ";" else "CB_COMA", "NEW_LINE"]
            index += 2
            continue
        elif lexeme == "}":
            pieces += ["CB_", "NEW_LINE"]
        elif lexeme == "{":
            pieces += ["OB_", "NEW_LINE"]
        elif lexeme in ("*/", ";"):
            pieces += [lexeme, "NEW_LINE"]
        else:
            pieces.append(lexeme)
        if following in (",", ";"):  # glued to what precedes it, whatever that was
            pieces[-1] += following
            if following == ";":
                pieces.append("NEW_LINE")
            index += 2
            continue
        index += 1
    text = indent_braced_lines(re.split("NEW_LINE", " ".join(pieces)))
    return text.replace("CB_COLON", "};").replace("CB_COMA", "},").replace("CB_", "}").replace("OB_", "{")
