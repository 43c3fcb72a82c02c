"""C++ functions: free functions (templates included) and methods, found with tree-sitter-cpp.

What counts as a function: every ``function_definition`` with a body that does not lie inside another
function's body. Declarations without a body (prototypes, ``= default``, ``= delete``) are not
functions. Inside a class, struct or union a definition is a ``method`` (``static_method`` when
declared ``static``); an out-of-class definition ``A::f`` is a ``method`` of ``A`` (the file may not
say whether it is static), unless the file defines ``A`` as a namespace and not as a class, which
makes ``A::f`` a free ``function`` (without name resolution, an unknown qualifier is taken for a
class). A ``friend`` function defined inside a class is a free ``function``.

Types are reported as written, with whitespace made canonical (see ``normalize_type``) and the
declarator parts folded in: ``int arr[]`` has name ``arr`` and type ``int[]``, ``char *s`` has type
``char*``, ``vector<int>& v`` has type ``vector<int>&``, ``int* f()`` has return type ``int*``;
``auto f() -> long`` has return type ``long``; a conversion ``operator int()`` is named
``operator int`` and returns ``int``. Functions whose declarator nests another (``int (*f(int))(int)``,
returning a function pointer) are not taken apart and not reported.
Spans are UTF-8 byte offsets into the code; a template function's span starts at its ``template``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import tree_sitter

from transcoder.languages.base import FunctionInfo, Parameter
from transcoder.languages.common import child_by_type, location_of, node_text, normalize_type

if TYPE_CHECKING:
    from transcoder.languages.base import Language

_CLASS_TYPES = frozenset({"class_specifier", "struct_specifier", "union_specifier"})
_PARAMETER_TYPES = frozenset(
    {"parameter_declaration", "optional_parameter_declaration", "variadic_parameter_declaration"}
)
# What may name a function in its declarator, besides identifiers.
_NAME_TYPES = frozenset({"field_identifier", "operator_name", "destructor_name", "qualified_identifier"})
# Declarators that wrap an inner declarator and add a part to the type.
_WRAPPING_DECLARATORS = frozenset(
    {
        "pointer_declarator",
        "reference_declarator",
        "array_declarator",
        "abstract_pointer_declarator",
        "abstract_reference_declarator",
        "abstract_array_declarator",
    }
)


def extract_functions(language: Language, code: str) -> list[FunctionInfo]:
    """Free functions, static and instance methods of ``code``, in source order."""
    source = code.encode("utf-8")
    tree = language.parser.parse(source)
    functions: list[FunctionInfo] = []
    class_names: set[str] = set()
    namespace_names: set[str] = set()
    # (node, enclosing class name, inside a class body, is a friend declaration)
    stack: list[tuple[tree_sitter.Node, str | None, bool, bool]] = [(tree.root_node, None, False, False)]
    while stack:
        node, class_name, in_class, is_friend = stack.pop()
        if node.type == "function_definition":
            info = _function_info(node, source, class_name if in_class and not is_friend else None)
            if info is not None:
                functions.append(info)
            continue  # functions nested in a function body belong to that function
        if node.type in _CLASS_TYPES:
            name_node = node.child_by_field_name("name")
            class_name = node_text(name_node) if name_node is not None else None
            in_class = True
            is_friend = False
            if class_name:
                class_names.add(class_name)
        elif node.type == "namespace_definition":
            name_node = node.child_by_field_name("name")
            if name_node is not None:
                namespace_names.update(node_text(name_node).split("::"))
        elif node.type == "friend_declaration":
            is_friend = True
        elif node.type in ("compound_statement", "lambda_expression"):
            continue  # a body at file level (e.g. a lambda initializer) holds no top-level function
        stack.extend((child, class_name, in_class, is_friend) for child in reversed(node.children))
    functions.sort(key=lambda function: function.start_byte)
    functions = _without_aliases(functions, _aliases(tree.root_node))
    # ``ns::f`` outside its namespace: a free function, when the file says ``ns`` is a namespace.
    return [
        replace(function, kind="function", class_name=None)
        if function.class_name is not None
        and _last_scope(function.class_name) in namespace_names - class_names
        and function.kind == "method"
        else function
        for function in functions
    ]


def _aliases(root: tree_sitter.Node) -> dict[str, str]:
    """The file's ``using name = T;`` and ``typedef T name;`` (at its top level): name -> T."""
    found: dict[str, str] = {}
    for node in root.named_children:
        if node.type == "alias_declaration":
            name, spelled = node.child_by_field_name("name"), node.child_by_field_name("type")
        elif node.type == "type_definition" and len(node.children_by_field_name("declarator")) == 1:
            name, spelled = node.child_by_field_name("declarator"), node.child_by_field_name("type")
        else:
            continue
        if name is not None and spelled is not None and name.type == "type_identifier":
            found[node_text(name)] = node_text(spelled)
    return found


def _without_aliases(functions: list[FunctionInfo], aliases: dict[str, str]) -> list[FunctionInfo]:
    """Parameter and result types spelled without the file's aliases (``vi`` -> ``vector<int>``),
    so that tests can be made for them."""
    if not aliases:
        return functions
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, aliases)) + r")\b")

    def resolved(spelled: str | None) -> str | None:
        for _ in range(8):  # an alias of an alias, a few deep
            if spelled is None or not pattern.search(spelled):
                break
            spelled = pattern.sub(lambda match: aliases[match.group(1)], spelled)
        return spelled

    return [
        replace(
            function,
            parameters=tuple(replace(p, type=resolved(p.type)) for p in function.parameters),
            return_type=resolved(function.return_type),
        )
        for function in functions
    ]


def _last_scope(scope: str) -> str:
    return scope.rsplit("::", 1)[-1].split("<", 1)[0]


@dataclass(frozen=True, slots=True)
class _Signature:
    """What a function definition's declarator says: its name, and where the rest can be read."""

    name: str
    declarator: tree_sitter.Node | None  # the function declarator (parameters, trailing return type)
    scope: tree_sitter.Node | None  # ``A`` of ``A::f``, when the definition is qualified
    cast_type: str | None  # ``int`` of ``operator int()``: also its return type


def _function_info(node: tree_sitter.Node, source: bytes, class_name: str | None) -> FunctionInfo | None:
    body = node.child_by_field_name("body")
    if body is None:
        return None
    declarator, return_suffix = _unwrap_return_declarators(node.child_by_field_name("declarator"))
    if declarator is None:
        return None
    signature = _signature(declarator)
    if signature is None:
        return None
    if signature.scope is not None:
        class_name = normalize_type(node_text(signature.scope))
    outer = _outermost_template(node)
    return FunctionInfo(
        name=signature.name,
        parameters=_parameters(signature.declarator),
        return_type=_return_type(node, signature, return_suffix),
        start_byte=outer.start_byte,
        end_byte=node.end_byte,
        body_start_byte=body.start_byte,
        body_end_byte=body.end_byte,
        start=location_of(source, outer.start_byte, outer.start_point),
        kind=_function_kind(node, class_name),
        class_name=class_name,
        text=source[outer.start_byte : node.end_byte].decode("utf-8", "replace"),
    )


def _unwrap_return_declarators(declarator: tree_sitter.Node | None) -> tuple[tree_sitter.Node | None, str]:
    """The declarator inside the return type's pointers and references, and those as a type suffix.

    ``int* f()`` and ``int& f()`` put the pointer/reference around the function declarator."""
    return_suffix = ""
    while declarator is not None and declarator.type in ("pointer_declarator", "reference_declarator"):
        return_suffix += _declarator_prefix(declarator)
        declarator = _inner_declarator(declarator)
    return declarator, return_suffix


def _signature(declarator: tree_sitter.Node) -> _Signature | None:
    """Name, scope and function declarator of a definition; None for declarators not taken apart."""
    scope: tree_sitter.Node | None = None
    inner: tree_sitter.Node | None = declarator
    if declarator.type == "qualified_identifier":  # ``A::operator bool() const``
        scope = declarator.child_by_field_name("scope")
        inner = declarator.child_by_field_name("name")
    if inner is not None and inner.type == "operator_cast":
        return _operator_cast_signature(inner, scope)
    if inner is None or inner.type != "function_declarator":
        return None
    name_node = inner.child_by_field_name("declarator")
    if name_node is None:
        return None
    name = node_text(name_node)
    if name_node.type == "qualified_identifier":
        # ``A::f`` defined outside its class (or ``ns::f``; see the module docstring).
        scope = name_node.child_by_field_name("scope")
        unqualified = name_node.child_by_field_name("name")
        name = node_text(unqualified) if unqualified is not None else name
    elif name_node.type == "template_function":
        unqualified = name_node.child_by_field_name("name")
        name = node_text(unqualified) if unqualified is not None else name
    elif name_node.type != "identifier" and name_node.type not in _NAME_TYPES:
        return None  # ``int (*f(int))(int)`` and other declarators we do not take apart
    return _Signature(name=name, declarator=inner, scope=scope, cast_type=None)


def _operator_cast_signature(cast: tree_sitter.Node, scope: tree_sitter.Node | None) -> _Signature:
    """``operator int() const``: the name is ``operator int``, the type is also the return type."""
    cast_type_node = cast.child_by_field_name("type")
    cast_type = normalize_type(node_text(cast_type_node)) if cast_type_node is not None else None
    name = f"operator {cast_type}" if cast_type else normalize_type(node_text(cast))
    return _Signature(
        name=name, declarator=cast.child_by_field_name("declarator"), scope=scope, cast_type=cast_type
    )


def _function_kind(node: tree_sitter.Node, class_name: str | None) -> str:
    """``function`` outside a class; inside one, ``static_method`` when declared ``static``."""
    if class_name is None:
        return "function"
    is_static = any(
        child.type == "storage_class_specifier" and node_text(child) == "static" for child in node.children
    )
    return "static_method" if is_static else "method"


def _return_type(node: tree_sitter.Node, signature: _Signature, return_suffix: str) -> str | None:
    """The return type as written, with leading qualifiers and the declarator's ``*``/``&`` folded in."""
    declarator = signature.declarator
    type_node = node.child_by_field_name("type")
    trailing = child_by_type(declarator, "trailing_return_type") if declarator is not None else None
    if trailing is not None:  # ``auto f(int x) -> int``: the trailing type is the one that says
        return normalize_type(node_text(trailing).removeprefix("->"))
    if type_node is not None:
        qualifiers = [
            node_text(child)
            for child in node.children
            if child.type == "type_qualifier" and child.end_byte <= type_node.start_byte
        ]
        return normalize_type(" ".join([*qualifiers, node_text(type_node)]) + return_suffix)
    return signature.cast_type


def _parameters(declarator: tree_sitter.Node | None) -> tuple[Parameter, ...]:
    parameters_node = declarator.child_by_field_name("parameters") if declarator is not None else None
    return tuple(
        _parameter(child)
        for child in (parameters_node.named_children if parameters_node is not None else ())
        if child.type in _PARAMETER_TYPES
    )


def _outermost_template(node: tree_sitter.Node) -> tree_sitter.Node:
    """The ``template <...>`` declarations around a definition, which its span starts with."""
    outer = node
    while outer.parent is not None and outer.parent.type == "template_declaration":
        outer = outer.parent
    return outer


def _parameter(node: tree_sitter.Node) -> Parameter:
    """Name and folded type of one parameter: ``const int arr[]`` gives ``arr`` and ``const int[]``."""
    type_node = node.child_by_field_name("type")
    declarator = node.child_by_field_name("declarator")
    base_parts = [
        node_text(child)
        for child in node.children
        if child.type == "type_qualifier" and (type_node is None or child.end_byte <= type_node.start_byte)
    ]
    if type_node is not None:
        base_parts.append(node_text(type_node))
    prefixes: list[str] = []  # pointer and reference parts, outermost first (as they are written)
    suffixes: list[str] = []  # array parts, innermost first (as they are written)
    name: str | None = None
    while declarator is not None:
        if declarator.type in _WRAPPING_DECLARATORS:
            if "array" in declarator.type:
                size = declarator.child_by_field_name("size")
                suffixes.insert(0, f"[{node_text(size) if size is not None else ''}]")
            else:
                prefixes.append(_declarator_prefix(declarator))
            declarator = _inner_declarator(declarator)
        elif declarator.type in ("identifier", "field_identifier"):
            name = node_text(declarator)
            break
        else:
            # Function pointers and other rare shapes: keep their text as the type, minus the name.
            text = node_text(declarator)
            identifier = _first_identifier(declarator)
            if identifier is not None:
                name = node_text(identifier)
                start = identifier.start_byte - declarator.start_byte
                text = text[:start] + text[start + len(name) :]
            suffixes.append(text)
            break
    if node.type == "variadic_parameter_declaration":
        prefixes.append("...")
    type_text = normalize_type(" ".join(base_parts) + "".join(prefixes) + "".join(suffixes))
    return Parameter(name=name or "", type=type_text or None)


def _declarator_prefix(declarator: tree_sitter.Node) -> str:
    """``*`` (with any ``const`` after it), ``&`` or ``&&`` of a pointer or reference declarator."""
    inner = _inner_declarator(declarator)
    parts = [
        node_text(child)
        for child in declarator.children
        if inner is None or child.end_byte <= inner.start_byte
        if child.type in ("*", "&", "&&", "type_qualifier")
    ]
    return " ".join(parts)


def _inner_declarator(declarator: tree_sitter.Node) -> tree_sitter.Node | None:
    inner = declarator.child_by_field_name("declarator")
    if inner is not None:
        return inner
    # reference_declarator has no field name on its inner declarator.
    for child in declarator.named_children:
        if child.type.endswith("declarator") or child.type in ("identifier", "field_identifier"):
            return child
    return None


def _first_identifier(node: tree_sitter.Node) -> tree_sitter.Node | None:
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type in ("identifier", "field_identifier"):
            return current
        if current.type == "parameter_list":
            continue
        stack.extend(reversed(current.named_children))
    return None
