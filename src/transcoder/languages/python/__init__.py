"""Python: parsing and functions (`syntax`), TransCoder tokens (`tokens`), building and running (`toolchain`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import tree_sitter
import tree_sitter_python

from transcoder.errors import SyntaxErrorInSource
from transcoder.languages.base import FunctionInfo, Language

if TYPE_CHECKING:
    from transcoder.verify.toolchain import Toolchain


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

    def extract_functions(self, code: str) -> list[FunctionInfo]:
        from transcoder.languages.python.syntax import extract_functions

        return extract_functions(self, code)

    def tokenize(self, code: str) -> list[str]:
        from transcoder.languages.python.tokens import tokenize

        return tokenize(code)

    def detokenize(self, tokens: Sequence[str]) -> str:
        from transcoder.languages.python.tokens import detokenize

        return detokenize(tokens)

    def toolchain(self) -> Toolchain:
        from transcoder.languages.python.toolchain import TOOLCHAIN

        return TOOLCHAIN
