"""Java: parsing and functions (`syntax`), TransCoder tokens (`tokens`), building and running (`toolchain`),
generated tests (`testdriver`)."""

from __future__ import annotations

import re

import tree_sitter
import tree_sitter_java

from transcoder.languages.base import Language

_KEYWORDS = """
abstract assert boolean break byte case catch char class const continue default do double else enum
extends final finally float for goto if implements import instanceof int interface long native new
package private protected public return short static strictfp super switch synchronized this throw
throws transient try void volatile while true false null
"""


class JavaLanguage(Language):
    name = "java"
    aliases = ()
    extensions = (".java",)
    line_comment = "//"
    display_name = "Java"
    fence_tags = ("java",)
    keywords = frozenset(_KEYWORDS.split())
    header_line = re.compile(r"^\s*import\s+[\w.]+(?:\s*\.\s*\*)?\s*;\s*$")
    embeddable_shape = (
        "Write Java static methods only, without an enclosing class, package or main method "
        "(import lines are allowed); they will be placed inside a class for you."
    )

    def file_stem(self, stem: str) -> str:
        """A public class's name: ``binary_search.cpp`` becomes ``BinarySearch.java``."""
        words = [word for word in re.split(r"[^0-9A-Za-z]+", stem) if word]
        name = "".join(word[:1].upper() + word[1:] for word in words) or "Main"
        return "_" + name if name[0].isdigit() else name

    def tree_sitter_language(self) -> tree_sitter.Language:
        return tree_sitter.Language(tree_sitter_java.language())
