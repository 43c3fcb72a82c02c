"""Python functions: module-level functions and the methods of classes.

What counts as a function: every ``def`` (``async def`` included) that does not lie inside another
function's body. A ``def`` nested in a function is part of that function, not a function of its own
(it cannot be called from outside, and a translation carries it along with its parent). Module-level
``def``s inside ``if``/``try`` blocks count. A ``def`` directly in a class body (at any class nesting)
is a ``method``, or a ``static_method`` when decorated ``@staticmethod``; ``@classmethod`` methods are
``method``s (they receive ``cls``).

Parameters are reported exactly as written, ``self`` and ``cls`` included; ``*args`` and ``**kwargs``
keep their stars in the name; the bare ``*`` and ``/`` separators are not parameters. A parameter's
type is its annotation text, or None. The span of a definition includes its decorators; spans are
UTF-8 byte offsets into the code.

``text`` is the definition made to stand alone: a method's lines lose the indentation of its first
line (outside multi-line strings, whose content is kept), so that ``text`` parses and tokenizes as a
module-level definition. Without that, the lines after a method's decorator would read as an
unexpected indent. For top-level functions ``text`` is exactly the source of the span.
"""

from __future__ import annotations

import ast
import warnings

import tree_sitter

from transcoder.errors import SourceLocation, SyntaxErrorInSource
from transcoder.languages.base import FunctionInfo, Language, Parameter
from transcoder.languages.common import location_of, node_text


def extract_functions(language: Language, code: str) -> list[FunctionInfo]:
    """Module-level functions and class methods of ``code``, in source order."""
    source = code.encode("utf-8")
    tree = language.parser.parse(source)
    functions: list[FunctionInfo] = []
    stack: list[tree_sitter.Node] = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.type == "function_definition":
            functions.append(_function_info(node, source))
            continue  # nested defs belong to their function
        stack.extend(reversed(node.children))
    functions.sort(key=lambda function: function.start_byte)
    return functions


def _enclosing_class(node: tree_sitter.Node) -> str | None:
    """The class whose body holds ``node`` (through ``if``/``try`` blocks), if any. Only called on
    definitions outside any function body, so the first class or module up the chain decides."""
    ancestor = node.parent
    while ancestor is not None and ancestor.type not in ("class_definition", "module"):
        ancestor = ancestor.parent
    if ancestor is None or ancestor.type == "module":
        return None
    name_node = ancestor.child_by_field_name("name")
    return node_text(name_node) if name_node is not None else None


def _function_info(node: tree_sitter.Node, source: bytes) -> FunctionInfo:
    outer = node.parent if node.parent is not None and node.parent.type == "decorated_definition" else node
    class_name = _enclosing_class(outer)
    decorators = (
        [node_text(child).lstrip("@").strip() for child in outer.children if child.type == "decorator"]
        if outer is not node
        else []
    )
    kind = "function"
    if class_name is not None:
        kind = "static_method" if "staticmethod" in decorators else "method"
    name_node = node.child_by_field_name("name")
    body = node.child_by_field_name("body")
    return_node = node.child_by_field_name("return_type")
    parameters_node = node.child_by_field_name("parameters")
    parameters = tuple(
        parameter
        for child in (parameters_node.named_children if parameters_node is not None else ())
        if (parameter := _parameter(child)) is not None
    )
    body_start = body.start_byte if body is not None else node.end_byte
    body_end = body.end_byte if body is not None else node.end_byte
    return FunctionInfo(
        name=node_text(name_node) if name_node is not None else "",
        parameters=parameters,
        return_type=node_text(return_node) if return_node is not None else None,
        start_byte=outer.start_byte,
        end_byte=node.end_byte,
        body_start_byte=body_start,
        body_end_byte=body_end,
        start=location_of(source, outer.start_byte, outer.start_point),
        kind=kind,
        class_name=class_name,
        text=_standalone_text(source, outer.start_byte, node),
    )


def _standalone_text(source: bytes, start: int, node: tree_sitter.Node) -> str:
    """``source[start:node.end_byte]`` with the first line's indentation removed from the lines
    after it, except lines that continue a multi-line string."""
    text = source[start : node.end_byte]
    indentation = source[source.rfind(b"\n", 0, start) + 1 : start]
    if not indentation or b"\n" not in text:
        return text.decode("utf-8", "replace")
    protected = _multiline_string_spans(node)
    lines = text.split(b"\n")
    offset = start + len(lines[0]) + 1  # byte offset of the current line in ``source``
    dedented = [lines[0]]
    for line in lines[1:]:
        inside_string = any(string_start < offset < string_end for string_start, string_end in protected)
        dedented.append(
            line[len(indentation) :] if line.startswith(indentation) and not inside_string else line
        )
        offset += len(line) + 1
    return b"\n".join(dedented).decode("utf-8", "replace")


def _multiline_string_spans(node: tree_sitter.Node) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "string":
            if current.start_point[0] != current.end_point[0]:
                spans.append((current.start_byte, current.end_byte))
            continue
        stack.extend(current.children)
    return spans


def _parameter(node: tree_sitter.Node) -> Parameter | None:
    if node.type in ("identifier", "list_splat_pattern", "dictionary_splat_pattern"):
        return Parameter(node_text(node), None)
    if node.type in ("default_parameter", "typed_default_parameter"):
        name_node = node.child_by_field_name("name")
        type_node = node.child_by_field_name("type")
        return Parameter(
            node_text(name_node) if name_node is not None else "",
            node_text(type_node) if type_node is not None else None,
        )
    if node.type == "typed_parameter":
        type_node = node.child_by_field_name("type")
        name_node = next((child for child in node.named_children if child is not type_node), None)
        return Parameter(
            node_text(name_node) if name_node is not None else "",
            node_text(type_node) if type_node is not None else None,
        )
    return None  # the bare ``*`` and ``/`` separators, comments


def syntax_errors(language: Language, code: str, path: str | None = None) -> list[SyntaxErrorInSource]:
    """tree-sitter's syntax errors, with the first one placed and worded by Python's own parser.

    Whether code has an error is tree-sitter's call (it also reads Python 2, which the corpus holds);
    where and what is better said by CPython, which reports the precise token and a helpful message
    (``expected ':'``, ``'(' was never closed``) where tree-sitter's ERROR node starts at the
    beginning of the statement it could not finish."""
    errors = Language.syntax_errors(language, code, path)
    if not errors:
        return errors
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. invalid escape sequences: not our concern here
            compile(code, path or "<source>", "exec", flags=ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as error:  # IndentationError and TabError included
        if error.lineno:
            column = max(error.offset or 1, 1)
            python_error = SyntaxErrorInSource(
                f"syntax error in python source: {error.msg}", SourceLocation(error.lineno, column, path)
            )
            # tree-sitter's report of the same line is the statement start: less precise, dropped.
            return [
                python_error,
                *(other for other in errors if other.location is None or other.location.line != error.lineno),
            ]
    except (ValueError, RecursionError, MemoryError):  # NUL bytes, absurd nesting: keep tree-sitter's
        pass
    return errors
