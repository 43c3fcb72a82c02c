"""Java: parsing and functions (`syntax`), TransCoder tokens (`tokens`), building and running (`toolchain`),
generated tests (`testdriver`)."""

from __future__ import annotations

import re

import tree_sitter
import tree_sitter_java

from transcoder.languages.base import Language


class JavaLanguage(Language):
    name = "java"
    aliases = ()
    extensions = (".java",)
    line_comment = "//"

    def file_stem(self, stem: str) -> str:
        """A public class's name: ``binary_search.cpp`` becomes ``BinarySearch.java``."""
        words = [word for word in re.split(r"[^0-9A-Za-z]+", stem) if word]
        name = "".join(word[:1].upper() + word[1:] for word in words) or "Main"
        return "_" + name if name[0].isdigit() else name

    def tree_sitter_language(self) -> tree_sitter.Language:
        return tree_sitter.Language(tree_sitter_java.language())
