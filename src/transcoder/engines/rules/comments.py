"""Comments and docstrings, carried from the source to the translation.

The IR holds what code means; comments are what its author said about it, tied to places in
the source. So they travel beside the IR as a side table keyed by source line (``Comments``,
read once from the source's syntax tree), and a back end prints them where the statements they
sit next to are printed (every IR statement keeps its source ``location``):

* a comment on lines of its own goes before the next statement printed from a later line, at
  that statement's indentation (a comment that ends a block goes before what follows the block);
* a comment after code on the same line goes at the end of the first line printed for the
  statement starting on that line;
* comments just above a function (nothing but comments between them and it), a Javadoc or
  Doxygen ``/** ... */``, or a Python docstring are the function's documentation: a Javadoc
  comment in Java, a ``/** ... */`` comment in C++ (Doxygen reads it), a docstring in Python;
* other comments outside functions go before the function or global that follows them, or,
  at the top of the file, at the top of the translation.

Comments a translation has no place for (inside an expression that a pass rewrote away) go at
the end of the function they were in. Text is kept as written, without its comment markers.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.languages import get_language

# The syntax nodes that are comments, and those that are functions, per source language.
_COMMENTS = {"cpp": ("comment",), "java": ("line_comment", "block_comment"), "python": ("comment",)}
_FUNCTIONS = {
    "cpp": ("function_definition",),
    "java": ("method_declaration", "constructor_declaration"),
    "python": ("function_definition",),
}


@dataclass(frozen=True, slots=True)
class Comment:
    """One comment of the source."""

    line: int
    """The line it starts on (1-based)."""
    end_line: int
    """The line it ends on."""
    text: tuple[str, ...]
    """Its lines, without comment markers."""
    trailing: bool = False
    """Whether code comes before it on its first line."""


@dataclass(frozen=True, slots=True)
class Comments:
    """The comments of one source, in order, and where its functions are."""

    items: tuple[Comment, ...] = ()
    """Every comment that is not a function's documentation, in source order."""
    docs: dict[int, tuple[str, ...]] = field(default_factory=dict)
    """A function's first line -> its documentation's lines."""
    spans: dict[int, int] = field(default_factory=dict)
    """A function's first line -> its last line."""
    header: tuple[Comment, ...] = ()
    """Comments at the top of the file, before any code."""


NONE = Comments()


def _strip_markers(raw: str) -> tuple[str, ...]:
    """A comment's lines without ``//``, ``#``, ``/* */`` and a block comment's leading ``*``."""
    if raw.startswith("/*"):
        body = raw[3:] if raw.startswith("/**") else raw[2:]
        lines = [line.rstrip() for line in body.removesuffix("*/").splitlines()]
        starred = all(line.strip().startswith("*") for line in lines[1:] if line.strip())
        if starred:
            lines = lines[:1] + [line.strip()[1:].removeprefix(" ") for line in lines[1:]]
        return _trimmed(inspect.cleandoc("\n".join(lines)).splitlines())
    for marker in ("///", "//!", "//", "#"):
        if raw.startswith(marker):
            text = raw[len(marker) :]
            return ((text[1:] if text.startswith(" ") else text).rstrip(),)
    return (raw.strip(),)


def _trimmed(lines: list[str]) -> tuple[str, ...]:
    """``lines`` without trailing blanks and blank lines at either end."""
    stripped = [line.rstrip() for line in lines]
    while stripped and not stripped[0]:
        stripped.pop(0)
    while stripped and not stripped[-1]:
        stripped.pop()
    return tuple(stripped)


def _docstring(function: tree_sitter.Node) -> tuple[tuple[str, ...], int] | None:
    """A Python function's docstring (its lines) and the line it ends on, or None."""
    body = function.child_by_field_name("body")
    first = body.named_children[0] if body is not None and body.named_children else None
    if first is None or first.type != "expression_statement" or first.named_children[0].type != "string":
        return None
    string = first.named_children[0]
    contents = [c for c in string.named_children if c.type == "string_content"]
    raw = "".join(c.text.decode("utf-8") for c in contents if c.text is not None)
    return _trimmed(inspect.cleandoc(raw).splitlines()), first.end_point[0] + 1


@cache
def _query(language: str) -> tree_sitter.Query:
    """The comments (``comment``) and functions (``function``) of a ``language`` syntax tree."""
    comments = " ".join(f"({kind})" for kind in _COMMENTS[language])
    functions = " ".join(f"({kind})" for kind in _FUNCTIONS[language])
    grammar = get_language(language).tree_sitter_language()
    return tree_sitter.Query(grammar, f"[{comments}] @comment [{functions}] @function")


def collect(code: str, language: str) -> Comments:
    """The comments of ``code``, a source in ``language``."""
    if language not in _COMMENTS:
        return NONE
    tree = get_language(language).parse(code)
    lines = code.splitlines()
    found: list[Comment] = []
    spans: dict[int, int] = {}
    docs: dict[int, tuple[str, ...]] = {}
    docstring_lines: set[int] = set()
    # found by a query (in C) rather than a walk of every node in Python; in source order
    captures = tree_sitter.QueryCursor(_query(language)).captures(tree.root_node)
    for node in sorted(captures.get("comment", ()), key=lambda n: n.start_byte):
        if node.text is None:
            continue
        row, column = node.start_point
        before = lines[row][:column] if row < len(lines) else ""
        raw = node.text.decode("utf-8", "replace")
        if row == 0 and raw.startswith("#!"):
            continue  # an interpreter line, not a comment about the code
        trailing = bool(before.strip())
        found.append(Comment(row + 1, node.end_point[0] + 1, _strip_markers(raw), trailing))
    for node in sorted(captures.get("function", ()), key=lambda n: n.start_byte):
        start = node.start_point[0] + 1
        spans[start] = node.end_point[0] + 1
        if language == "python":
            doc = _docstring(node)
            if doc is not None:
                docs[start] = doc[0]
                docstring_lines.add(start)
    found.sort(key=lambda c: c.line)
    return _attach(found, spans, docs, docstring_lines, tree.root_node)


def _attach(
    found: list[Comment],
    spans: dict[int, int],
    docs: dict[int, tuple[str, ...]],
    has_docstring: set[int],
    root: tree_sitter.Node,
) -> Comments:
    """Split ``found`` into function documentation, the file's header and the rest."""
    taken: set[int] = set()
    for start in spans:
        if start in has_docstring:
            continue
        block: list[int] = []
        line = start - 1
        while True:
            index = next((i for i, c in enumerate(found) if not c.trailing and c.end_line == line), None)
            if index is None:
                break
            block.insert(0, index)
            line = found[index].line - 1
        if block:
            docs[start] = tuple(text for i in block for text in found[i].text)
            taken.update(block)
    rest = [c for i, c in enumerate(found) if i not in taken]
    first_code = _first_code_line(root)
    header = tuple(c for c in rest if c.line < first_code and not c.trailing)
    module_doc = _module_docstring(root)
    if module_doc is not None:
        header += (module_doc,)
        first_code = _first_code_line(root, skip=1)
        header += tuple(c for c in rest if c.line < first_code and not c.trailing and c not in header)
    items = tuple(c for c in rest if c not in header)
    return Comments(items, docs, spans, header)


def _first_code_line(root: tree_sitter.Node, skip: int = 0) -> int:
    """The first line holding anything but comments (includes and imports count as code), after
    ``skip`` such things."""
    for child in root.children:
        if "comment" not in child.type:
            if skip == 0:
                return int(child.start_point[0]) + 1
            skip -= 1
    return 1 << 30


def _module_docstring(root: tree_sitter.Node) -> Comment | None:
    """A Python module's docstring (its first statement, a string), as a comment."""
    first = next((c for c in root.children if "comment" not in c.type), None)
    if first is None or first.type != "expression_statement" or first.named_children[0].type != "string":
        return None
    contents = [c for c in first.named_children[0].named_children if c.type == "string_content"]
    raw = "".join(c.text.decode("utf-8") for c in contents if c.text is not None)
    text = _trimmed(inspect.cleandoc(raw).splitlines())
    return Comment(first.start_point[0] + 1, first.end_point[0] + 1, text) if text else None


class CommentPrinter:
    """Hands a back end the comments to print as it prints a module, each once."""

    def __init__(self, comments: Comments, line_marker: str) -> None:
        self.comments = comments
        self.marker = line_marker
        self.printed: set[int] = set()  # indices into comments.items
        self.span: tuple[int, int] | None = None

    def _line(self, text: str) -> str:
        return f"{self.marker} {text}".rstrip()

    def lines(self, comment: Comment) -> list[str]:
        return [self._line(text) for text in comment.text] or [self.marker]

    def enter(self, function: ir.Function) -> None:
        """Start printing ``function``: comments inside its source lines are its own."""
        line = function.location.line if function.location is not None else None
        end = self.comments.spans.get(line) if line is not None else None
        self.span = (line, end) if line is not None and end is not None else None

    def _take(self, wanted: Callable[[Comment], bool]) -> list[Comment]:
        taken = []
        for index, comment in enumerate(self.comments.items):
            if index not in self.printed and wanted(comment):
                self.printed.add(index)
                taken.append(comment)
        return taken

    def around(self, stmt: ir.Stmt, lines: list[str], emit: Callable[[], None]) -> None:
        """Run ``emit``, which prints ``stmt`` into ``lines``, and put the comments that come before
        ``stmt`` above its first printed line (at its indentation) and a comment from the end of
        its source line at the end of that line. A statement that prints nothing leaves its
        comments to the next one."""
        if (
            self.span is None
            or stmt.location is None
            or isinstance(stmt, ir.Block)
            or len(self.printed) == len(self.comments.items)  # none left: nothing to put around
        ):
            emit()
            return
        first, line = self.span[0], stmt.location.line
        already = set(self.printed)
        leading = self._take(lambda c: first <= c.line < line)
        trailing = self._take(lambda c: c.line == line and c.trailing)
        start = len(lines)
        emit()
        if len(lines) == start:
            self.printed = already
            return
        indent = lines[start][: len(lines[start]) - len(lines[start].lstrip())]
        above = [indent + text for c in leading for text in self.lines(c)]
        lines[start:start] = above
        words = " ".join(text for c in trailing for text in c.text if text)
        if words:
            lines[start + len(above)] += "  " + self._line(words)

    def rest_of_function(self) -> list[str]:
        """Comments of the current function not printed yet (at its end)."""
        if self.span is None:
            return []
        start, end = self.span
        return [text for c in self._take(lambda c: start <= c.line <= end) for text in self.lines(c)]

    def above(self, line: int | None) -> list[str]:
        """Comments outside functions that come before source line ``line`` (a function or global)."""
        if line is None:
            return []
        inside = self.comments.spans
        return [
            text
            for c in self._take(
                lambda c: c.line < line and not any(s <= c.line <= e for s, e in inside.items())
            )
            for text in self.lines(c)
        ]

    def doc(self, function: ir.Function) -> tuple[str, ...]:
        line = function.location.line if function.location is not None else None
        return self.comments.docs.get(line, ()) if line is not None else ()

    def header(self) -> list[str]:
        return [text for c in self.comments.header for text in self.lines(c)]

    def leftover(self) -> list[str]:
        """Comments outside functions after the last one printed (the end of the file)."""
        inside = self.comments.spans
        return [
            text
            for c in self._take(lambda c: not any(s <= c.line <= e for s, e in inside.items()))
            for text in self.lines(c)
        ]


def block_doc(lines: tuple[str, ...]) -> list[str]:
    """Documentation as a Javadoc / Doxygen comment."""
    safe = [line.replace("*/", "*\\/") for line in lines]
    if len(safe) == 1:
        return [f"/** {safe[0]} */"]
    return ["/**", *(f" * {line}".rstrip() for line in safe), " */"]


def docstring(lines: tuple[str, ...]) -> list[str]:
    """Documentation as a Python docstring (PEP 257: the closing quotes of a long one on a line
    of their own)."""
    safe = [line.replace("\\", "\\\\").replace('"""', '\\"\\"\\"') for line in lines]
    if safe and safe[-1].endswith('"'):
        safe[-1] = safe[-1][:-1] + '\\"'
    if len(safe) == 1:
        return [f'"""{safe[0]}"""']
    return [f'"""{safe[0]}', *safe[1:], '"""']


# Where a target's syntax tree has function definitions (their names in the ``name`` or
# ``declarator`` field), for ``document``.
_DEFINITIONS = {
    "cpp": ("function_definition",),
    "java": ("method_declaration", "constructor_declaration"),
    "python": ("function_definition",),
}


def _defined_name(node: tree_sitter.Node) -> str | None:
    name = node.child_by_field_name("name")
    if name is None:  # C++: the name is inside the declarator
        declarator = node.child_by_field_name("declarator")
        while declarator is not None and declarator.type not in ("identifier", "field_identifier"):
            inner = declarator.child_by_field_name("declarator")
            declarator = inner if inner is not None else None
        name = declarator
    return name.text.decode("utf-8") if name is not None and name.text is not None else None


def document(
    text: str,
    language: str,
    comments: Comments,
    functions: tuple[ir.Function, ...],
    doc_lines: Callable[[tuple[str, ...]], list[str]],
    line_marker: str,
) -> str:
    """``text`` (a translation in ``language``) with each function's documentation and the
    comments that came before it outside functions: above its definition in C++ and Java
    (``doc_lines``: a ``/** */`` comment), as the first statement of its body in Python (a
    docstring); comments after the last function go at the end."""
    notes = CommentPrinter(comments, line_marker)
    notes.printed = set()
    wanted: dict[str, tuple[list[str], list[str]]] = {}
    for function in sorted(functions, key=lambda f: f.location.line if f.location else 1 << 30):
        above = notes.above(function.location.line if function.location is not None else None)
        doc = notes.doc(function)
        if above or doc:
            wanted.setdefault(function.name, (above, doc_lines(doc) if doc else []))
    tail = notes.leftover()
    if not wanted and not tail:
        return text
    lines = text.splitlines()
    inserts: list[tuple[int, list[str]]] = []
    tree = get_language(language).parse(text)
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.type in _DEFINITIONS[language]:
            name = _defined_name(node)
            if name in wanted:
                leading, block = wanted.pop(name)
                row = node.start_point[0]
                indent = lines[row][: len(lines[row]) - len(lines[row].lstrip())]
                if language == "python":  # the docstring opens the body
                    body = node.child_by_field_name("body")
                    inside = lines[body.start_point[0]] if body is not None else indent + "    "
                    inner = inside[: len(inside) - len(inside.lstrip())]
                    inserts.append((row + 1, [inner + line if line else "" for line in block]))
                    block = []
                inserts.append((row, [indent + line for line in leading + block]))
            continue
        stack.extend(node.children)
    for row, block in sorted(inserts, key=lambda item: item[0], reverse=True):
        lines[row:row] = block
    if tail:
        lines += ["", *tail]
    return "\n".join(lines) + "\n"
