"""TransCoder-style Java tokens, read from the tree-sitter-java parse.

Conventions (TransCoder's, facebookresearch/CodeGen): tokens are the leaves of the parse; comments
are dropped; a string literal (text blocks included) or char literal is one token whose whitespace
is written ``▁`` / ``STRNEWLINE`` / ``TABSYMBOL``; Java has no ``NEW_LINE`` token, since no line
break in Java carries meaning. TransCoder read Java with javalang; tree-sitter gives the same
tokens for the code we handle and its parse drives a readable layout (see ``CurlyGrammar``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import tree_sitter
import tree_sitter_java

from transcoder.languages.common import CurlyGrammar

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
