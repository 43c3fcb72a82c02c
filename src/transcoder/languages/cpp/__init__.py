"""C++: parsing and functions (`syntax`), TransCoder tokens (`tokens`), building and running (`toolchain`),
generated tests (`testdriver`)."""

from __future__ import annotations

import tree_sitter
import tree_sitter_cpp

from transcoder.languages.base import Language


class CppLanguage(Language):
    name = "cpp"
    aliases = ("c++", "cxx")
    extensions = (".cpp", ".cc", ".cxx", ".hpp", ".h")
    line_comment = "//"

    def prepare(self, code: str, path: str | None = None) -> str:
        from transcoder.languages.cpp.preprocess import expand_macros

        return expand_macros(code, path)

    def tree_sitter_language(self) -> tree_sitter.Language:
        return tree_sitter.Language(tree_sitter_cpp.language())
