"""Python: parsing and functions (`syntax`), TransCoder tokens (`tokens`), building and running (`toolchain`),
generated tests (`testdriver`)."""

from __future__ import annotations

import tree_sitter
import tree_sitter_python

from transcoder.errors import SyntaxErrorInSource
from transcoder.languages.base import Language


class PythonLanguage(Language):
    name = "python"
    aliases = ("py", "python3")
    extensions = (".py",)
    line_comment = "#"

    def tree_sitter_language(self) -> tree_sitter.Language:
        return tree_sitter.Language(tree_sitter_python.language())

    def syntax_errors(self, code: str, path: str | None = None) -> list[SyntaxErrorInSource]:
        from transcoder.languages.python.syntax import syntax_errors

        return syntax_errors(self, code, path)
