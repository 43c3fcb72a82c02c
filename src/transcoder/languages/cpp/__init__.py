"""C++: parsing and functions (`syntax`), TransCoder tokens (`tokens`), building and running (`toolchain`),
generated tests (`testdriver`)."""

from __future__ import annotations

import re

import tree_sitter
import tree_sitter_cpp

from transcoder.languages.base import Language

_KEYWORDS = """
alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t
char32_t class compl concept const consteval constexpr constinit const_cast continue co_await
co_return co_yield decltype default delete do double dynamic_cast else enum explicit export extern
false float for friend goto if inline int long mutable namespace new noexcept not not_eq nullptr
operator or or_eq private protected public register reinterpret_cast requires return short signed
sizeof static static_assert static_cast struct switch template this thread_local throw true try
typedef typeid typename union unsigned using virtual void volatile wchar_t while xor xor_eq
"""


class CppLanguage(Language):
    name = "cpp"
    aliases = ("c++", "cxx")
    extensions = (".cpp", ".cc", ".cxx", ".hpp", ".h")
    line_comment = "//"
    display_name = "C++"
    fence_tags = ("cpp", "c++", "cxx", "cc", "c", "hpp")
    keywords = frozenset(_KEYWORDS.split())
    header_line = re.compile(r"^\s*#\s*include\b.*$")
    embeddable_shape = (
        "Write C++17 functions only; #include lines and `using namespace std;` are allowed. "
        "Do not write a main function."
    )

    def prepare(self, code: str, path: str | None = None) -> str:
        from transcoder.languages.cpp.preprocess import expand_macros

        return expand_macros(code, path)

    def tree_sitter_language(self) -> tree_sitter.Language:
        return tree_sitter.Language(tree_sitter_cpp.language())
