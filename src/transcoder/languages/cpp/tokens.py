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

from collections.abc import Sequence
from functools import cache

import tree_sitter
import tree_sitter_cpp

from transcoder.languages.common import CurlyGrammar

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
