"""Python: parsing and functions (`syntax`), TransCoder tokens (`tokens`), building and running (`toolchain`),
generated tests (`testdriver`)."""

from __future__ import annotations

import keyword

import tree_sitter
import tree_sitter_python

from transcoder.errors import SyntaxErrorInSource
from transcoder.languages.base import Language


class PythonLanguage(Language):
    name = "python"
    aliases = ("py", "python3")
    extensions = (".py",)
    line_comment = "#"
    display_name = "Python"
    fence_tags = ("python", "py", "python3")
    keywords = frozenset(keyword.kwlist)
    embeddable_shape = (
        "Write Python 3 functions only (imports are allowed), with no code at module level "
        "that runs on import and no `if __name__ == '__main__'` block."
    )

    def tree_sitter_language(self) -> tree_sitter.Language:
        return tree_sitter.Language(tree_sitter_python.language())

    def syntax_errors(self, code: str, path: str | None = None) -> list[SyntaxErrorInSource]:
        from transcoder.languages.python.syntax import syntax_errors

        return syntax_errors(self, code, path)
