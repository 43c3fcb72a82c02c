"""Java functions: the methods and constructors of every class, interface, enum and record.

What counts as a function: every method or constructor declaration with a body that does not lie
inside another method's body (methods of anonymous and local classes belong to the method that holds
them; those of an anonymous class in a field initializer belong to no reported function). Abstract and interface methods without a body are not functions. A method is a
``static_method`` when it has the ``static`` modifier, else a ``method``; ``class_name`` is the
innermost enclosing type. Constructors are methods whose ``return_type`` is None.

Types are reported as written, whitespace made canonical (see ``normalize_type``), with C-style
array brackets after the name folded in (``int arr[]`` gives type ``int[]``) and varargs as
``int...``. Modifiers and annotations (``final``, ``@NonNull``) are not part of a type. The span of
a definition includes its modifiers and annotations. Spans are UTF-8 byte offsets into the code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import tree_sitter

from transcoder.languages.base import FunctionInfo, Parameter
from transcoder.languages.common import child_by_type, location_of, node_text, normalize_type

if TYPE_CHECKING:
    from transcoder.languages.base import Language

_TYPE_DECLARATIONS = frozenset(
    {
        "class_declaration",
        "interface_declaration",
        "enum_declaration",
        "record_declaration",
        "annotation_type_declaration",
    }
)
_FUNCTION_DECLARATIONS = frozenset(
    {"method_declaration", "constructor_declaration", "compact_constructor_declaration"}
)


def extract_functions(language: Language, code: str) -> list[FunctionInfo]:
    """Static methods, instance methods and constructors of ``code``, in source order."""
    source = code.encode("utf-8")
    tree = language.parser.parse(source)
    functions: list[FunctionInfo] = []
    stack: list[tuple[tree_sitter.Node, str | None]] = [(tree.root_node, None)]
    while stack:
        node, class_name = stack.pop()
        if node.type in _FUNCTION_DECLARATIONS:
            info = _function_info(node, source, class_name)
            if info is not None:
                functions.append(info)
            continue  # anonymous and local classes belong to the method that holds them
        if node.type in _TYPE_DECLARATIONS:
            name_node = node.child_by_field_name("name")
            class_name = node_text(name_node) if name_node is not None else None
        elif node.type in ("block", "static_initializer", "field_declaration"):
            continue  # initializer code holds no member functions of its own class
        stack.extend((child, class_name) for child in reversed(node.children))
    functions.sort(key=lambda function: function.start_byte)
    return functions


def _function_info(node: tree_sitter.Node, source: bytes, class_name: str | None) -> FunctionInfo | None:
    body = node.child_by_field_name("body")
    name_node = node.child_by_field_name("name")
    if body is None or name_node is None:
        return None
    modifiers = child_by_type(node, "modifiers")
    is_static = modifiers is not None and any(child.type == "static" for child in modifiers.children)
    return_type: str | None = None
    type_node = node.child_by_field_name("type")
    if type_node is not None:
        # ``int f()[]`` (legal, rare) puts dimensions after the parameters.
        dimensions = node.child_by_field_name("dimensions")
        return_type = normalize_type(
            node_text(type_node) + (node_text(dimensions) if dimensions is not None else "")
        )
    parameters_node = node.child_by_field_name("parameters")
    parameters = tuple(
        _parameter(child)
        for child in (parameters_node.named_children if parameters_node is not None else ())
        if child.type in ("formal_parameter", "spread_parameter")
    )
    return FunctionInfo(
        name=node_text(name_node),
        parameters=parameters,
        return_type=return_type,
        start_byte=node.start_byte,
        end_byte=node.end_byte,
        body_start_byte=body.start_byte,
        body_end_byte=body.end_byte,
        start=location_of(source, node.start_byte, node.start_point),
        kind="static_method" if is_static else "method",
        class_name=class_name,
        text=source[node.start_byte : node.end_byte].decode("utf-8", "replace"),
    )


def _parameter(node: tree_sitter.Node) -> Parameter:
    if node.type == "spread_parameter":
        # ``int... xs``: the type is the named child before the declarator.
        declarator = child_by_type(node, "variable_declarator")
        type_node = next(
            (
                child
                for child in node.named_children
                if child.type not in ("modifiers", "variable_declarator")
            ),
            None,
        )
        name_node = declarator.child_by_field_name("name") if declarator is not None else None
        type_text = (node_text(type_node) if type_node is not None else "") + "..."
        return Parameter(node_text(name_node) if name_node is not None else "", normalize_type(type_text))
    type_node = node.child_by_field_name("type")
    name_node = node.child_by_field_name("name")
    dimensions = node.child_by_field_name("dimensions")
    type_text = (node_text(type_node) if type_node is not None else "") + (
        node_text(dimensions) if dimensions is not None else ""
    )
    return Parameter(node_text(name_node) if name_node is not None else "", normalize_type(type_text) or None)
