"""C++: parsing and functions (`syntax`), TransCoder tokens (`tokens`), building and running (`toolchain`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import tree_sitter
import tree_sitter_cpp

from transcoder.languages.base import FunctionInfo, Language

if TYPE_CHECKING:
    from transcoder.verify.toolchain import Toolchain


class CppLanguage(Language):
    name = "cpp"
    aliases = ("c++", "cxx")
    extensions = (".cpp", ".cc", ".cxx", ".hpp", ".h")
    line_comment = "//"

    def tree_sitter_language(self) -> tree_sitter.Language:
        return tree_sitter.Language(tree_sitter_cpp.language())

    def extract_functions(self, code: str) -> list[FunctionInfo]:
        from transcoder.languages.cpp.syntax import extract_functions

        return extract_functions(self, code)

    def tokenize(self, code: str) -> list[str]:
        from transcoder.languages.cpp.tokens import tokenize

        return tokenize(code)

    def detokenize(self, tokens: Sequence[str]) -> str:
        from transcoder.languages.cpp.tokens import detokenize

        return detokenize(tokens)

    def toolchain(self) -> Toolchain:
        from transcoder.languages.cpp.toolchain import TOOLCHAIN

        return TOOLCHAIN
