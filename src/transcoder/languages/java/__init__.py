"""Java: parsing and functions (`syntax`), TransCoder tokens (`tokens`), building and running (`toolchain`),
generated tests (`testdriver`)."""

from __future__ import annotations

import tree_sitter
import tree_sitter_java

from transcoder.languages.base import Language


class JavaLanguage(Language):
    name = "java"
    aliases = ()
    extensions = (".java",)
    line_comment = "//"

    def tree_sitter_language(self) -> tree_sitter.Language:
        return tree_sitter.Language(tree_sitter_java.language())
