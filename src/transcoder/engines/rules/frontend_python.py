"""Python front end of the rule engine: tree-sitter Python -> typed IR, with type inference.

Each function is built several times (``infer_python`` explains why): the non-final builds only
record what they learn about types; the final build uses the fixpoint environment and inserts the
conversions the typed targets need. Python constructs without a direct IR form are lowered here:

* a comprehension becomes a loop filling a new list (or an array when its length is known);
* ``a, b = b, a`` is a swap, other tuple assignments go through temporaries;
* ``sorted(x)`` copies and sorts; ``x[::-1]`` copies and reverses;
* ``for i in range(a, b, -2)`` is a counting loop; a loop variable read after the loop keeps
  Python's meaning (the last value taken) through a separate counter;
* ``//`` and ``%`` floor (``FLOOR_DIV``/``FLOOR_MOD``) unless both operands are provably
  non-negative, where truncation gives the same result and reads better;
* products of two non-constant integers are 64-bit (Python integers do not overflow);
* ``try: S except IndexError: H`` where only indexing in S can fail is a bounds check;
* ``str`` methods without a C++/Java twin (``split``, ``strip``, ``replace``, ``count``,
  ``startswith``...) are loops and substrings with Python's results.

With a target signature, the interface wins at its boundary only: a float returned where it says
``int`` is truncated, a number returned where it says ``bool`` is its truth value (each with a
warning), and a parameter Python rebinds to a wider type (``n /= 2``) or reads as a ``str``
(C++ ``char s[]``) is copied on entry into a variable of the type Python gives it.

Variables are declared where they are first assigned when that assignment reaches every use
(C++ and Java scope them by block); otherwise at the top of the function.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.infer import (
    NonNegative,
    assigned_names,
    container_order,
    names_used,
    python_plain_order,
)
from transcoder.engines.rules.infer_python import (
    WEAK01,
    WEAK_INF,
    FunctionTypes,
    Observations,
    TypeConflict,
    describe,
    finalize,
    join,
)
from transcoder.errors import SourceLocation, UnsupportedConstruct
from transcoder.languages import get_language
from transcoder.languages.common import node_text

L = ir.LibOp
B = ir.BinaryOp
ROUNDS = 8  # inference rounds; real functions settle in two or three

_COMPARE = {"==": B.EQ, "!=": B.NE, "<": B.LT, "<=": B.LE, ">": B.GT, ">=": B.GE, "is": B.EQ, "is not": B.NE}
_BITS = {"&": B.BIT_AND, "|": B.BIT_OR, "^": B.BIT_XOR, "<<": B.SHL, ">>": B.SHR}
_MATH_DOUBLE = {
    "sqrt": L.SQRT, "exp": L.EXP, "log2": L.LOG2, "log10": L.LOG10, "sin": L.SIN, "cos": L.COS,
    "tan": L.TAN, "asin": L.ASIN, "acos": L.ACOS, "atan": L.ATAN, "cbrt": L.CBRT,
}  # fmt: skip
_CHAR_TESTS = {
    "isdigit": L.IS_DIGIT, "isalpha": L.IS_ALPHA, "isalnum": L.IS_ALNUM, "isupper": L.IS_UPPER,
    "islower": L.IS_LOWER, "isspace": L.IS_SPACE,
}  # fmt: skip
_HINTS = {"int": t.INT, "float": t.DOUBLE, "bool": t.BOOL, "str": t.STRING}
_TEXT_NAME = re.compile(
    r"^(s|s\d|st|str\w*|\w*_?str|string\w*|text|word|sentence|line|num|number|pat\w*|txt|seq|exp\w*)$", re.I
)
_TYPE_NAMES = {"int", "float", "bool", "str", "list", "dict", "set"}
_LENGTH_NAME = re.compile(r"^(n|N|size|length|len|cnt)\d*$")
_GROWING_METHODS = {"append", "pop", "insert", "extend", "remove", "appendleft", "popleft", "clear"}


@dataclass(slots=True)
class Signature:
    """A target signature that pins a function's name, parameter names and types, and result."""

    name: str
    params: list[tuple[str, t.Type]]
    result: t.Type


@dataclass(slots=True)
class PythonModule:
    """The result of the Python front end: the IR module and the guesses made on the way."""

    module: ir.Module
    warnings: list[str] = field(default_factory=list)


def parse_python(
    code: str, *, signature: Signature | None = None, target: str = "", exact_ints: bool = True
) -> PythonModule:
    """The typed IR of a Python file (functions and constant globals) and the inference warnings.

    ``exact_ints`` (the default) computes products of two variables in 64 bits, since Python
    integers do not overflow; False keeps them in 32-bit ``int`` as C and Java code usually does.
    """
    language = get_language("python")
    errors = language.syntax_errors(code)
    if errors:
        raise errors[0]
    tree = language.parse(code)
    split_notes: list[str] = []
    for _ in range(ROUNDS):  # one conversion split a round; real functions have one or two
        split = _split_converted_variable(code, tree)
        if split is None:
            break
        code, note = split
        split_notes.append(note)
        tree = language.parse(code)
    builder = _ModuleBuilder(code, tree, signature, target)
    builder.exact_ints = exact_ints
    builder.warnings.extend(split_notes)
    return builder.build()


_CONVERSIONS = {"list": "list", "tuple": "list", "sorted": "sorted", "set": "set", "str": "str"}


def _split_converted_variable(code: str, tree: tree_sitter.Tree) -> tuple[str, str] | None:
    """Rewrite the first ``x = list(x)`` (or ``str``, ``set``, ``sorted``, ``tuple``) at the top
    level of a function body so that it and everything after it use a new name.

    A Python name may change type (``s = list(s)``); a C++/Java variable cannot. The statement
    runs once and before all that follows it, so the later uses all see the converted value.
    """
    taken = {node_text(n) for n in _descendants(tree.root_node, "identifier")}
    for function in _descendants(tree.root_node, "function_definition"):
        body = function.child_by_field_name("body")
        statements = [c for c in (body.named_children if body else []) if c.type != "comment"]
        for position, statement in enumerate(statements):
            assignment = statement.named_children[0] if statement.type == "expression_statement" else None
            if assignment is None or assignment.type != "assignment":
                continue
            left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
            if left is None or right is None or left.type != "identifier" or right.type != "call":
                continue
            converter = node_text(right.child_by_field_name("function"))
            name = node_text(left)
            arguments = right.child_by_field_name("arguments")
            if (
                converter not in _CONVERSIONS
                or arguments is None
                or name not in {node_text(n) for n in _descendants(arguments, "identifier")}
                or _descendants(function, "global_statement")
                or _descendants(function, "nonlocal_statement")
            ):
                continue
            fresh = f"{name}_{_CONVERSIONS[converter]}"
            while fresh in taken:
                fresh += "_"
            uses = [left] + [
                n
                for later in statements[position + 1 :]
                for n in _descendants_or_self(later, "identifier")
                if node_text(n) == name and not _is_attribute_or_keyword(n)
            ]
            source = code.encode("utf-8")
            for use in sorted(uses, key=lambda n: n.start_byte, reverse=True):
                source = source[: use.start_byte] + fresh.encode("utf-8") + source[use.end_byte :]
            line = left.start_point[0] + 1
            return source.decode("utf-8"), (
                f"'{name}' changes type at line {line} ({node_text(right)}): the value after it is '{fresh}'"
            )
    return None


def _is_attribute_or_keyword(identifier: tree_sitter.Node) -> bool:
    """Whether an identifier names an attribute (``x.name``) or a keyword argument (``f(name=1)``)."""
    parent = identifier.parent
    if parent is None:
        return False
    if parent.type == "attribute" and parent.child_by_field_name("attribute") == identifier:
        return True
    return parent.type == "keyword_argument" and parent.child_by_field_name("name") == identifier


# ------------------------------------------------------------------------------------------------
# Module level


class _ModuleBuilder:
    def __init__(self, code: str, tree: tree_sitter.Tree, signature: Signature | None, target: str) -> None:
        self.source = code.encode("utf-8")
        self.tree = tree
        self.signature = signature
        self.target = target
        self.functions: dict[str, tree_sitter.Node] = {}
        self.globals: dict[str, ir.VarDecl] = {}
        self.warnings: list[str] = []
        self.types: dict[str, FunctionTypes] = {}
        # Nested function -> the variables of its enclosing function it reads (extra parameters).
        self.captured: dict[str, list[str]] = {}
        self.exact_ints = True

    def location(self, node: tree_sitter.Node) -> SourceLocation:
        row, byte_column = node.start_point
        line_start = node.start_byte - byte_column
        return SourceLocation(
            row + 1, len(self.source[line_start : node.start_byte].decode("utf-8", "replace")) + 1
        )

    def unsupported(self, node: tree_sitter.Node, what: str | None = None) -> UnsupportedConstruct:
        snippet = " ".join(node_text(node).split())
        if len(snippet) > 40:
            snippet = snippet[:37] + "..."
        description = what or f"{node.type.replace('_', ' ')} '{snippet}'"
        return UnsupportedConstruct(
            f"rules engine: unsupported Python construct: {description}", self.location(node)
        )

    def collect(self, block: tree_sitter.Node) -> None:
        for child in block.named_children:
            if child.type == "function_definition":
                self.add_function(child)
            elif child.type == "decorated_definition":
                raise self.unsupported(child, "decorated function")
            elif child.type == "expression_statement" and child.named_children[0].type == "assignment":
                self.add_global(child.named_children[0])
            elif child.type in (
                "import_statement",
                "import_from_statement",
                "comment",
                "future_import_statement",
            ):
                continue
            elif child.type == "if_statement" and "__name__" in node_text(
                child.child_by_field_name("condition")
            ):
                continue  # the script's entry point is not part of the translation
            elif child.type == "expression_statement" and child.named_children[0].type == "string":
                continue  # a docstring
            else:
                raise self.unsupported(child)

    def add_function(self, node: tree_sitter.Node) -> None:
        name = node_text(node.child_by_field_name("name"))
        if name in self.functions:
            raise self.unsupported(node, f"second definition of function '{name}'")
        # Nested functions become module functions; the enclosing function's variables they read
        # become extra parameters, passed at each call (a read at call time sees the same value).
        body = node.child_by_field_name("body")
        nested_functions = _descendants(body, "function_definition")
        nested_names = {node_text(n.child_by_field_name("name")) for n in nested_functions}
        for nested in nested_functions:
            outer_names = _assigned_in(node) - _assigned_in(nested) - set(_param_names(nested)) - nested_names
            free = {node_text(n) for n in _descendants(nested, "identifier")} & outer_names
            nested_name = node_text(nested.child_by_field_name("name"))
            if free and _descendants(nested, "nonlocal_statement"):
                raise self.unsupported(nested, f"nested function '{nested_name}' assigning to its enclosing "
                                       f"function's variables ({', '.join(sorted(free))})")  # fmt: skip
            if free:
                self.captured[nested_name] = sorted(free)
                self.warnings.append(
                    f"{nested_name}: reads {', '.join(sorted(free))} of its enclosing function; passed as parameters"
                )
            self.add_function(nested)
        self.functions[name] = node  # after its nested functions: C++ needs them declared first

    def add_global(self, node: tree_sitter.Node) -> None:
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or left.type != "identifier":
            raise self.unsupported(node, "module-level statement other than a constant")
        name = node_text(left)
        value = _constant(right)
        if value is None:
            raise self.unsupported(node, f"module-level variable '{name}' that is not a constant")
        self.globals[name] = ir.VarDecl(name, value.type, value, constant=True, location=self.location(node))

    def build(self) -> PythonModule:
        self.collect(self.tree.root_node)
        if not self.functions:
            raise UnsupportedConstruct("rules engine: no function found in the Python input")
        pinned_function = self.pin_signature()
        for name, node in self.functions.items():
            params = _param_names(node) + self.captured.get(name, [])
            self.types[name] = FunctionTypes(params=params)
            for variable in _assigned_in(node) - set(params):
                self.types[name].variables[variable] = t.UNKNOWN
            self.read_hints(name, node)
        if pinned_function is not None and self.signature is not None:
            types = self.types[pinned_function]
            if len(self.signature.params) != len(types.params):
                raise UnsupportedConstruct(
                    f"rules engine: --signature has {len(self.signature.params)} parameters, "
                    f"'{pinned_function}' has {len(types.params)}"
                )
            function = self.functions[pinned_function]
            rebound = _assigned_in(function, with_params=False)
            written = _subscript_stores(function)
            for position, (python_name, (_, type_)) in enumerate(
                zip(types.params, self.signature.params, strict=True)
            ):
                types.variables[python_name] = type_
                if isinstance(type_, t.IntType) and python_name in rebound:
                    # Python may rebind it to a wider value (`n /= 2` makes a float): the interface
                    # keeps its type, the body's variable is inferred starting from it.
                    types.entry_types[python_name] = type_
                    continue
                following = self.signature.params[position + 1] if position + 1 < len(types.params) else None
                if (
                    self.target == "cpp"
                    and type_ == t.ArrayType(t.CHAR)
                    and python_name not in written | rebound
                    and not (
                        following is not None
                        and isinstance(following[1], t.IntType)
                        and (_LENGTH_NAME.match(following[0]) or following[0] in ("m", "M"))
                    )
                ):
                    # A C string (`char s[]`, no length parameter) that Python reads as a str:
                    # the body works on a `string` copy, which knows its length.
                    types.entry_types[python_name] = type_
                    types.variables[python_name] = t.STRING
                types.pinned.add(python_name)
            types.result = self.signature.result
            types.result_pinned = True
        previous: dict[str, ir.Function] = {}
        # Infer; give the parameters still unknown their defaults (indexed ones first, so that a
        # parameter compared with an element learns the element's type); infer again from those.
        for params_only, indexed_only in ((True, True), (True, False), (False, False)):
            for _ in range(ROUNDS):
                changed = False
                for name, node in self.functions.items():
                    builder = _FunctionBuilder(self, name, node, final=False, previous=previous.get(name))
                    # A failing build still taught something; the final build reports what is wrong.
                    with contextlib.suppress(UnsupportedConstruct, TypeConflict, RecursionError):
                        previous[name] = builder.build()
                    changed |= self.merge(name, builder.observations)
                if not changed:
                    break
            self.resolve_defaults(params_only=params_only, indexed_only=indexed_only)
        functions = []
        for name, node in self.functions.items():
            builder = _FunctionBuilder(self, name, node, final=True, previous=previous.get(name))
            functions.append(builder.build())
            self.warnings.extend(w for w in builder.warnings if w not in self.warnings)
        module = ir.Module(tuple(self.globals.values()), tuple(functions))
        # a dict iterates in insertion order: kept where the program observes it
        return PythonModule(
            container_order(module, plain=python_plain_order, language="Python"), self.warnings
        )

    def merge(self, name: str, seen: Observations) -> bool:
        changed = self.types[name].merge(seen)
        for callee, arguments in seen.calls.items():
            if callee not in self.types:
                continue
            callee_types = self.types[callee]
            observed = Observations()
            for position, type_ in arguments:
                if position < len(callee_types.params):
                    observed.see(callee_types.params[position], type_)
            changed |= callee_types.merge(observed)
        return changed

    def pin_signature(self) -> str | None:
        if self.signature is None:
            return None
        if self.signature.name in self.functions:
            return self.signature.name
        if len(self.functions) == 1:
            return next(iter(self.functions))
        raise UnsupportedConstruct(
            f"rules engine: --signature names '{self.signature.name}', which is not defined"
        )

    def read_hints(self, name: str, node: tree_sitter.Node) -> None:
        types = self.types[name]
        parameters = node.child_by_field_name("parameters")
        for param in parameters.named_children if parameters else []:
            hint = param.child_by_field_name("type")
            if param.type in ("typed_parameter", "typed_default_parameter") and hint is not None:
                pname = _param_name(param)
                types.variables[pname] = self.hint_type(hint)
                types.pinned.add(pname)
        result = node.child_by_field_name("return_type")
        if result is not None:
            types.result = self.hint_type(result)
            types.result_pinned = True

    def hint_type(self, node: tree_sitter.Node) -> t.Type:
        """An IR type for a PEP 484 annotation (``int``, ``List[int]``, ``dict[str, int]``, ``Optional[T]``...)."""
        text = "".join(node_text(node).split()).replace("typing.", "")
        try:
            return _hint_from_text(text)
        except ValueError:
            raise self.unsupported(node, f"type hint '{node_text(node)}'") from None

    def resolve_defaults(self, *, params_only: bool = False, indexed_only: bool = False) -> None:
        for fname, types in self.types.items():
            if types.conflicts and not params_only:
                _key, message = next(iter(types.conflicts.items()))
                raise UnsupportedConstruct(
                    f"rules engine: cannot give '{fname}' a static type: {message}; "
                    "add type hints or a --signature to say which is meant"
                )
            names = list(types.variables) + [p for p in types.params if p not in types.variables]
            for name in [n for n in names if n in types.params] if params_only else names:
                type_ = types.variables.get(name, t.UNKNOWN)
                if indexed_only and name not in types.indexed:
                    continue
                what = (
                    f"{fname}: parameter '{name}'" if name in types.params else f"{fname}: variable '{name}'"
                )
                if isinstance(type_, t.UnknownType) and name in types.indexed:
                    # Indexed, element type unknown: a string if the name says so (and nothing is
                    # written into it: Python strs are immutable), else a list of ints.
                    if _TEXT_NAME.match(name) and name not in _subscript_stores(self.functions[fname]):
                        type_ = t.STRING
                        self.warnings.append(
                            f"{what}: indexed, element type unknown; taken to be a str from its name"
                        )
                    else:
                        type_ = t.ArrayType(t.UNKNOWN)
                elif (
                    isinstance(type_, t.UnknownType)
                    and name in types.params
                    and types.params.index(name) + 1 < len(types.params)
                    and _LENGTH_NAME.match(types.params[types.params.index(name) + 1])
                ):
                    # An unused parameter followed by a length (`arr, n`): the array of that length.
                    type_ = t.ArrayType(t.UNKNOWN)
                    self.warnings.append(f"{what}: unused; taken to be the array whose length follows it")
                elif (
                    isinstance(type_, t.UnknownType)
                    and name in types.params
                    and isinstance(types.result, t.FloatType)
                ):
                    # A parameter nothing says is an int, of a function computing a float, is a float.
                    type_ = t.DOUBLE
                    self.warnings.append(
                        f"{what}: type unknown, assumed float (the function computes a float)"
                    )
                if indexed_only and type_ == t.ArrayType(t.UNKNOWN):
                    # A list: its elements may still be learned from the other parameters' defaults.
                    types.variables[name] = type_
                    continue
                types.variables[name] = finalize(type_, self.warnings, what)
            if params_only:
                continue
            if types.result == WEAK01 and not types.result_pinned:
                # Every return is a literal 0 or 1: a yes/no answer, as C++/Java callers expect it.
                types.result = t.BOOL
                self.warnings.append(f"{fname}: result: returns only 0 and 1, translated as a bool")
            if isinstance(types.result, t.UnknownType):
                types.result = (
                    t.VOID
                    if not types.returns_value
                    else finalize(t.UNKNOWN, self.warnings, f"{fname}: result")
                )
            else:
                types.result = finalize(types.result, self.warnings, f"{fname}: result")


def _hint_from_text(text: str) -> t.Type:
    if text in _HINTS:
        return _HINTS[text]
    if text == "None":
        return t.VOID
    if "[" in text and text.endswith("]"):
        head, inner = text[: text.index("[")], text[text.index("[") + 1 : -1]
        parts = _split_top(inner)
        head = head.lower()
        if head == "optional" and len(parts) == 1:
            return _hint_from_text(parts[0])
        if head in ("list", "sequence") and len(parts) == 1:
            return t.ArrayType(_hint_from_text(parts[0]))
        if head in ("dict", "mapping") and len(parts) == 2:
            return t.MapType(_hint_from_text(parts[0]), _hint_from_text(parts[1]))
        if head == "set" and len(parts) == 1:
            return t.SetType(_hint_from_text(parts[0]))
        if head == "deque" and len(parts) == 1:
            return t.DequeType(_hint_from_text(parts[0]))
    if text.lower() in ("list", "dict", "set"):
        return {
            "list": t.ArrayType(t.UNKNOWN),
            "dict": t.MapType(t.UNKNOWN, t.UNKNOWN),
            "set": t.SetType(t.UNKNOWN),
        }[text.lower()]
    raise ValueError(text)


def _split_top(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
            continue
        depth += (char == "[") - (char == "]")
        current += char
    parts.append(current)
    return parts


def _descendants(node: tree_sitter.Node | None, kind: str) -> list[tree_sitter.Node]:
    found: list[tree_sitter.Node] = []
    stack = list(node.children) if node is not None else []
    while stack:
        current = stack.pop()
        if current.type == kind:
            found.append(current)
            if kind == "function_definition":
                continue
        stack.extend(current.children)
    return found


def _param_name(param: tree_sitter.Node) -> str:
    if param.type == "identifier":
        return node_text(param)
    name = param.child_by_field_name("name")
    if name is None:
        name = next((c for c in param.named_children if c.type == "identifier"), None)
    if name is None:
        raise UnsupportedConstruct(f"rules engine: unsupported Python parameter '{node_text(param)}'")
    return node_text(name)


def _param_names(function: tree_sitter.Node) -> list[str]:
    parameters = function.child_by_field_name("parameters")
    names = []
    for param in parameters.named_children if parameters else []:
        if param.type in (
            "list_splat_pattern",
            "dictionary_splat_pattern",
            "keyword_separator",
            "positional_separator",
        ):
            raise UnsupportedConstruct(f"rules engine: unsupported Python parameter '{node_text(param)}'")
        names.append(_param_name(param))
    return names


def _param_defaults(function: tree_sitter.Node) -> dict[str, tree_sitter.Node]:
    """Parameter name -> the expression of its default value, for parameters that have one."""
    parameters = function.child_by_field_name("parameters")
    defaults = {}
    for param in parameters.named_children if parameters else []:
        value = param.child_by_field_name("value")
        if param.type in ("default_parameter", "typed_default_parameter") and value is not None:
            defaults[_param_name(param)] = value
    return defaults


def _assigned_in(function: tree_sitter.Node, *, with_params: bool = True) -> set[str]:
    names: set[str] = (
        set(_param_names(function)) if function.type == "function_definition" and with_params else set()
    )
    for node in _descendants(function.child_by_field_name("body"), "assignment") + _descendants(
        function.child_by_field_name("body"), "augmented_assignment"
    ):
        left = node.child_by_field_name("left")
        names.update(node_text(n) for n in _targets(left))
    for node in _descendants(function.child_by_field_name("body"), "for_statement"):
        names.update(node_text(n) for n in _targets(node.child_by_field_name("left")))
    return names


def _subscript_stores(function: tree_sitter.Node) -> set[str]:
    """Names written through a subscript in ``function`` (``s[i] = c``, ``s[i] += 1``)."""
    names: set[str] = set()
    body = function.child_by_field_name("body")
    for node in _descendants(body, "assignment") + _descendants(body, "augmented_assignment"):
        left = node.child_by_field_name("left")
        while left is not None and left.type == "subscript":
            left = left.child_by_field_name("value")
        if left is not None and left.type == "identifier" and left != node.child_by_field_name("left"):
            names.add(node_text(left))
    return names


def _targets(node: tree_sitter.Node | None) -> list[tree_sitter.Node]:
    if node is None:
        return []
    if node.type == "identifier":
        return [node]
    if node.type in (
        "pattern_list",
        "tuple_pattern",
        "list_pattern",
        "tuple",
        "list",
        "parenthesized_expression",
    ):
        return [n for child in node.named_children for n in _targets(child)]
    return []


# ------------------------------------------------------------------------------------------------
# Declarations: where each local is declared


@dataclass(slots=True)
class _Plan:
    at_assignment: set[int] = field(default_factory=set)  # ids of assignment nodes that declare
    loop_local: set[int] = field(default_factory=set)  # ids of for statements whose variable is theirs
    at_top: list[str] = field(default_factory=list)  # declared at the top of the function


def _plan_declarations(function: tree_sitter.Node, params: list[str]) -> _Plan:
    body = function.child_by_field_name("body")
    assert body is not None
    bound = _assigned_in(function) - set(params)
    occurrences: dict[str, list[tree_sitter.Node]] = {name: [] for name in bound}
    stack = list(body.children)
    while stack:
        node = stack.pop()
        if node.type in ("function_definition", "lambda", "list_comprehension", "generator_expression",
                         "set_comprehension", "dictionary_comprehension"):  # fmt: skip
            if node.type != "function_definition":
                stack.extend(c for c in node.children if c.type != "for_in_clause")
                for clause in (c for c in node.children if c.type == "for_in_clause"):
                    right = clause.child_by_field_name("right")
                    if right is not None:
                        stack.append(right)
            continue
        if node.type == "identifier":
            parent = node.parent
            if (
                parent is not None
                and parent.type == "attribute"
                and parent.child_by_field_name("attribute") == node
            ):
                continue
            if (
                parent is not None
                and parent.type == "keyword_argument"
                and parent.child_by_field_name("name") == node
            ):
                continue
            text = node_text(node)
            if text in occurrences:
                occurrences[text].append(node)
            continue
        stack.extend(node.children)
    plan = _Plan()
    for name in sorted(bound):
        nodes = sorted(occurrences[name], key=lambda n: n.start_byte)
        if not nodes:
            continue
        binding_loops = [_binding_loop(n, name, body) for n in nodes]
        if all(loop is not None for loop in binding_loops):
            plan.loop_local.update(loop.id for loop in binding_loops if loop is not None)
            continue
        chains = [_block_chain(n, body) for n in nodes]
        common = body
        for depth in range(min(len(c) for c in chains)):
            candidates = {c[depth].id for c in chains}
            if len(candidates) != 1:
                break
            common = chains[0][depth]
        first = nodes[0]
        statement = first
        while statement.parent is not None and statement.parent.id != common.id:
            statement = statement.parent
        declared = False
        if statement.type == "expression_statement" and statement.named_children:
            assignment = statement.named_children[0]
            left = assignment.child_by_field_name("left") if assignment.type == "assignment" else None
            right = assignment.child_by_field_name("right") if assignment is not None else None
            if (
                left is not None
                and left.type == "identifier"
                and left.id == first.id
                and right is not None
                and right.type != "assignment"
                and assignment.child_by_field_name("type") is None
            ):
                plan.at_assignment.add(assignment.id)
                declared = True
        if not declared and statement.type == "for_statement":
            left = statement.child_by_field_name("left")
            if left is not None and any(n.id == first.id for n in _targets(left)):
                inside = all(statement.start_byte <= n.start_byte < statement.end_byte for n in nodes)
                if inside and statement.child_by_field_name("alternative") is None:
                    plan.loop_local.add(statement.id)
                    declared = True
        if not declared:
            plan.at_top.append(name)
    return plan


def _binding_loop(node: tree_sitter.Node, name: str, body: tree_sitter.Node) -> tree_sitter.Node | None:
    """The outermost ``for`` statement around ``node`` whose target is ``name`` (its own loop variable)."""
    found = None
    current: tree_sitter.Node | None = node
    while current is not None and current.id != body.id:
        if (
            current.type == "for_statement"
            and current.child_by_field_name("alternative") is None
            and any(node_text(n) == name for n in _targets(current.child_by_field_name("left")))
        ):
            found = current
        current = current.parent
    return found


def _block_chain(node: tree_sitter.Node, body: tree_sitter.Node) -> list[tree_sitter.Node]:
    chain = []
    current = node.parent
    while current is not None and current.id != body.id:
        if current.type == "block":
            chain.append(current)
        current = current.parent
    return list(reversed(chain))


# ------------------------------------------------------------------------------------------------
# Functions


class _FunctionBuilder:
    def __init__(
        self,
        module: _ModuleBuilder,
        name: str,
        node: tree_sitter.Node,
        *,
        final: bool,
        previous: ir.Function | None,
    ) -> None:
        self.module = module
        self.name = name
        self.node = node
        self.final = final
        self.types = module.types[name]
        self.observations = Observations()
        self.seen_now: dict[str, t.Type] = {}
        self.warnings: list[str] = []
        self.pre: list[ir.Stmt] = []
        self.plan = _plan_declarations(node, self.types.params)
        self.loop_depth = 0
        self.taken = {node_text(n) for n in _descendants(node, "identifier")}
        self.nonneg = NonNegative(previous) if previous is not None and final else None
        self.renames: dict[str, str] = {}
        # Counters of the ascending range() loops being built, with their literal start values.
        self.loop_starts: dict[str, int] = {}
        self.wrapping_indices = False  # inside a guarded try: negative computed indices count from the end
        signature = module.signature
        self.implements_signature = signature is not None and module.pin_signature() == name
        # Parameter -> its name in the declaration, where the body works on a copy of another type.
        self.entry_copies: dict[str, str] = {}
        if signature is not None and self.implements_signature:
            for python_name, (pinned_name, _) in zip(self.types.params, signature.params, strict=True):
                if pinned_name != python_name:
                    self.renames[python_name] = pinned_name
            pinned_names = {pinned for pinned, _ in signature.params}
            clashing = sorted(self.taken & pinned_names - set(self.types.params))
            self.taken |= pinned_names
            for local in clashing:
                # A local spelled like a renamed parameter (`def f(num1): num = list(num1)`
                # implementing `f(String num)`) takes another name.
                self.renames[local] = self.fresh(local)
            self.function_name = signature.name
        else:
            self.function_name = name
        for python_name, entry_type in self.types.entry_types.items():
            if self.var_type(python_name) != entry_type:
                self.entry_copies[python_name] = self.rename(python_name)
                suffix = _spelled(self.var_type(python_name)).split()[-1]
                self.renames[python_name] = self.fresh(f"{self.rename(python_name)}_{suffix}")
        # Parameters used as a bare index (`arr[i]`): positions, never lengths (`arr[n]` is past the end).
        self.positions = {
            node_text(subscript.child_by_field_name("subscript"))
            for subscript in _descendants(node, "subscript")
            if subscript.child_by_field_name("subscript").type == "identifier"
        }
        self.length_params = self.find_length_params()

    # -- helpers ------------------------------------------------------------------------------------
    def location(self, node: tree_sitter.Node) -> SourceLocation:
        return self.module.location(node)

    def unsupported(self, node: tree_sitter.Node, what: str | None = None) -> UnsupportedConstruct:
        return self.module.unsupported(node, what)

    def warn(self, message: str) -> None:
        if self.final and message not in self.warnings:
            self.warnings.append(f"{self.name}: {message}")

    def fresh(self, base: str) -> str:
        candidate = base
        index = 1
        while candidate in self.taken:
            candidate = f"{base}{index}"
            index += 1
        self.taken.add(candidate)
        return candidate

    def var_type(self, name: str) -> t.Type:
        known = self.types.variables.get(name, t.UNKNOWN)
        if not self.final and name in self.seen_now and name not in self.types.pinned:
            try:
                return join(known, self.seen_now[name])
            except TypeConflict:
                return known
        return known

    def see(self, name: str, type_: t.Type, location: SourceLocation | None = None) -> None:
        """Record an observation, visible at once to the rest of this (non-final) build."""
        self.observations.see(name, type_, location)
        if not self.final and not isinstance(type_, t.UnknownType):
            with contextlib.suppress(TypeConflict):
                self.seen_now[name] = join(self.seen_now.get(name, t.UNKNOWN), type_)

    def int_literal(self, value: int, loc: SourceLocation | None = None) -> ir.IntLiteral:
        if not self.final and value in (0, 1):
            return ir.IntLiteral(value, type=WEAK01, location=loc)
        return ir.IntLiteral(value, type=t.INT if -(2**31) <= value < 2**31 else t.LONG, location=loc)

    def find_length_params(self) -> dict[str, str]:
        """Array parameter -> the int parameter right after it that gives its length (``arr, n``).

        C++ arrays do not know their length, so ``len(arr)`` becomes ``n`` when the function also
        loops over ``arr`` up to ``n`` or is called that way; the guess is reported."""
        pairs: dict[str, str] = {}
        params = self.types.params
        index = 0
        while index < len(params):
            arrays = []
            while index < len(params) and isinstance(self.param_type(params[index]), t.ArrayType):
                arrays.append(params[index])
                index += 1
            ints = []
            while index < len(params) and isinstance(self.param_type(params[index]), t.IntType):
                ints.append(params[index])
                index += 1
            # `f(arr, i)` reading arr[i]: i is a position, not a length.
            ints = [n for n in ints if n not in self.positions]
            if arrays and ints:
                # `a, b, m, n`: a has m elements and b has n; `a, b, n`: both have n.
                for position, array in enumerate(arrays):
                    pairs[array] = ints[position] if len(ints) >= len(arrays) else ints[0]
            elif not arrays:
                index += not ints
        return pairs

    # -- functions ----------------------------------------------------------------------------------
    def build(self) -> ir.Function:
        body_node = self.node.child_by_field_name("body")
        assert body_node is not None
        body: list[ir.Stmt] = []
        for name, declared in self.entry_copies.items():
            type_ = self.var_type(name)
            entry = ir.Name(declared, type=self.param_type(name))
            body.append(ir.VarDecl(self.rename(name), type_, self.coerce(entry, type_, None)))
            self.warn(
                f"parameter '{declared}' is {_spelled(entry.type)} in the interface and Python makes it "
                f"{_spelled(type_)}: the body works on a copy, '{self.rename(name)}'"
            )
        for name in self.plan.at_top:
            type_ = self.var_type(name)
            if self.final:
                body.append(ir.VarDecl(self.rename(name), type_, self.zero(type_)))
        body.extend(self.block(body_node))
        params = tuple(
            ir.Param(
                self.entry_copies.get(p, self.rename(p)),
                self.param_type(p),
                # Python passes containers by reference: the caller sees what the callee changes.
                by_reference=isinstance(
                    self.param_type(p), t.ListType | t.SetType | t.MapType | t.DequeType | t.PriorityQueueType
                ),
                location=self.location(self.node),
            )
            for p in self.types.params
        )
        result = self.types.result if self.final else t.UNKNOWN
        return ir.Function(
            self.function_name, params, result, ir.Block(tuple(body)), location=self.location(self.node)
        )

    def param_type(self, name: str) -> t.Type:
        return self.types.entry_types.get(name) or self.var_type(name)

    def rename(self, name: str) -> str:
        return self.renames.get(name, name)

    def zero(self, type_: t.Type) -> ir.Expr | None:
        if isinstance(type_, t.IntType):
            return ir.IntLiteral(0, type=type_)
        if isinstance(type_, t.FloatType):
            return ir.FloatLiteral(0.0, "0.0", type=type_)
        if isinstance(type_, t.BoolType):
            return ir.BoolLiteral(False, type=t.BOOL)
        if isinstance(type_, t.StringType):
            return ir.StringLiteral("", type=t.STRING)
        if isinstance(type_, t.CharType):
            return ir.CharLiteral("\0", type=t.CHAR)
        if isinstance(type_, t.ListType | t.MapType | t.SetType | t.DequeType | t.PriorityQueueType):
            return ir.NewContainer(type=type_)
        return None

    # -- statements ---------------------------------------------------------------------------------
    def block(self, node: tree_sitter.Node) -> list[ir.Stmt]:
        out: list[ir.Stmt] = []
        for child in node.named_children:
            if child.type == "comment":
                continue
            if self.final:
                out.extend(self.statement(child))
            else:
                # Inference builds go on past a statement they cannot build yet: later ones still teach types.
                try:
                    out.extend(self.statement(child))
                except (UnsupportedConstruct, TypeConflict):
                    self.pre = []
            last = out[-1] if out else None
            if (
                isinstance(last, ir.While)
                and isinstance(last.condition, ir.BoolLiteral)
                and last.condition.value
                and not _breaks(last.body)
            ):
                break  # nothing after `while True` without a break runs (and Java rejects it)
        return out

    def body_of(self, node: tree_sitter.Node) -> ir.Block:
        return ir.Block(tuple(self.block(node)), location=self.location(node))

    def flush(self, statements: list[ir.Stmt]) -> list[ir.Stmt]:
        pending, self.pre = self.pre, []
        return pending + statements

    def statement(self, node: tree_sitter.Node) -> list[ir.Stmt]:
        kind = node.type
        loc = self.location(node)
        if kind == "expression_statement":
            inner = node.named_children[0]
            if inner.type == "assignment":
                return self.flush(self.assignment(inner))
            if inner.type == "augmented_assignment":
                return self.flush(self.augmented(inner))
            if inner.type == "string":
                return []  # a docstring
            if inner.type == "call":
                value = self.call(inner, statement=True)
                return self.flush([ir.ExprStmt(value, location=loc)] if value is not None else [])
            raise self.unsupported(inner, f"expression statement '{node_text(inner)[:40]}'")
        if kind == "return_statement":
            values = node.named_children
            if not values:
                return [ir.Return(location=loc)]
            if values[0].type in ("expression_list", "tuple"):
                raise self.unsupported(node, "returning several values")
            value = self.expr(values[0])
            self.observations.returns.append((self.observed(value), loc))
            if self.final:
                if isinstance(self.types.result, t.VoidType):
                    if isinstance(value, ir.NullLiteral):
                        return self.flush([ir.Return(location=loc)])
                    raise self.unsupported(
                        node, "returning a value from a function typed as returning nothing"
                    )
                if (
                    self.implements_signature
                    and isinstance(value.type, t.FloatType)
                    and isinstance(self.types.result, t.IntType)
                ):
                    # The interface returns an int where Python computes a float: converting at
                    # the boundary truncates, as a person implementing that interface would.
                    self.warn(
                        f"line {loc.line}: Python returns a float where the interface returns "
                        f"{describe(self.types.result)}: truncated toward zero"
                    )
                    value = ir.Cast(value, type=self.types.result, location=loc)
                elif (
                    self.implements_signature
                    and isinstance(self.types.result, t.BoolType)
                    and isinstance(value.type, t.IntType | t.FloatType)
                    and not (isinstance(value, ir.IntLiteral) and value.value in (0, 1))
                ):
                    # The interface returns a bool where Python returns a number: its truth value.
                    self.warn(
                        f"line {loc.line}: Python returns a number where the interface returns a bool: "
                        "its truth value (non-zero) is returned"
                    )
                    value = self.condition(value)
                value = self.coerce(value, self.types.result, values[0])
            return self.flush([ir.Return(value, location=loc)])
        if kind == "if_statement":
            return self.if_statement(node)
        if kind == "try_statement":
            return self.try_statement(node)
        if kind == "while_statement":
            if node.child_by_field_name("alternative") is not None:
                raise self.unsupported(node, "while ... else")
            condition = self.condition(self.expr(node.child_by_field_name("condition")))
            if self.pre:
                raise self.unsupported(node, "a loop condition that needs statements of its own")
            self.loop_depth += 1
            body = self.body_of(node.child_by_field_name("body"))
            self.loop_depth -= 1
            return [ir.While(condition, body, location=loc)]
        if kind == "for_statement":
            if node.child_by_field_name("alternative") is not None:
                raise self.unsupported(node, "for ... else")
            return self.for_statement(node)
        if kind == "break_statement":
            return [ir.Break(location=loc)]
        if kind == "continue_statement":
            return [ir.Continue(location=loc)]
        if kind == "pass_statement":
            return []
        if kind == "function_definition":
            return []  # hoisted to the module level
        if kind == "global_statement":
            names = [node_text(n) for n in node.named_children]
            if any(n in self.types.variables and n not in self.module.globals for n in names):
                raise self.unsupported(node, "assignment to a global variable")
            return []
        raise self.unsupported(node)

    def if_statement(self, node: tree_sitter.Node) -> list[ir.Stmt]:
        condition = self.condition(self.expr(node.child_by_field_name("condition")))
        pre, self.pre = self.pre, []
        then = self.body_of(node.child_by_field_name("consequence"))
        clauses = [c for c in node.children if c.type in ("elif_clause", "else_clause")]
        otherwise: ir.Stmt | None = None
        for clause in reversed(clauses):
            if clause.type == "else_clause":
                otherwise = self.body_of(clause.child_by_field_name("body"))
            else:
                test = self.condition(self.expr(clause.child_by_field_name("condition")))
                clause_pre, self.pre = self.pre, []
                branch = ir.If(test, self.body_of(clause.child_by_field_name("consequence")), otherwise,
                               location=self.location(clause))  # fmt: skip
                otherwise = ir.Block((*tuple(clause_pre), branch)) if clause_pre else branch
        return [*pre, ir.If(condition, then, otherwise, location=self.location(node))]

    def try_statement(self, node: tree_sitter.Node) -> list[ir.Stmt]:
        """``try: S except IndexError: H`` where S fails only by indexing out of range.

        S is one statement: an ``if`` whose branches cannot fail, an assignment to a name, or a
        ``return``. It becomes ``if (every index S evaluates is in range) S else H``; the guard
        follows Python's evaluation order (``a or b`` reads ``b`` only when ``a`` is false), so H
        runs exactly when Python's S would have raised. Anything else that can raise (a call, a
        division, a dict lookup) is refused: the handler would have to catch it too.
        """
        clauses = [
            c for c in node.named_children if c.type in ("except_clause", "else_clause", "finally_clause")
        ]
        handlers = [c for c in clauses if c.type == "except_clause"]
        if len(handlers) != 1 or len(clauses) != 1:
            raise self.unsupported(node, "try statement other than one except clause")
        handler = handlers[0]
        caught = [c for c in handler.named_children if c.type != "block"]
        if caught and (
            len(caught) != 1 or node_text(caught[0]) not in ("IndexError", "LookupError", "Exception")
        ):
            raise self.unsupported(handler, f"except clause '{node_text(handler).splitlines()[0]}'")
        statements = [c for c in node.child_by_field_name("body").named_children if c.type != "comment"]
        handler_block = next(c for c in handler.named_children if c.type == "block")
        if len(statements) != 1:
            raise self.unsupported(node, "try statement whose body is not a single statement")
        statement = statements[0]
        if statement.type == "if_statement":
            if any(c.type == "elif_clause" for c in statement.children):
                raise self.unsupported(statement, "elif inside a try statement")
            branches = [statement.child_by_field_name("consequence")] + [
                c.child_by_field_name("body") for c in statement.children if c.type == "else_clause"
            ]
            for branch in branches:
                for inner in branch.named_children:
                    if not _cannot_raise(inner):
                        raise self.unsupported(inner, "a statement that may raise inside a try statement")
            checked = statement.child_by_field_name("condition")
        elif statement.type == "return_statement" and statement.named_children:
            checked = statement.named_children[0]
        elif (
            statement.type == "expression_statement"
            and statement.named_children[0].type in ("assignment", "augmented_assignment")
            and statement.named_children[0].child_by_field_name("left").type == "identifier"
        ):
            checked = statement.named_children[0].child_by_field_name("right")
        else:
            raise self.unsupported(statement, "a statement of this kind inside a try statement")
        guard = self.in_range(checked)
        if self.pre:
            raise self.unsupported(
                checked, "an expression inside a try statement that needs statements of its own"
            )
        self.wrapping_indices, wrapping = True, self.wrapping_indices
        try:
            body = self.statement(statement)
        finally:
            self.wrapping_indices = wrapping
        if self.pre:
            raise self.unsupported(
                checked, "an expression inside a try statement that needs statements of its own"
            )
        if guard is None:
            return body  # nothing in it can fail: the handler never runs
        self.warn(f"line {self.location(node).line}: try/except of an index error: a bounds check")
        loc = self.location(node)
        return [ir.If(guard, ir.Block(tuple(body), location=loc), self.body_of(handler_block), location=loc)]

    def in_range(self, node: tree_sitter.Node) -> ir.Expr | None:
        """A condition true exactly when evaluating ``node`` raises no IndexError (None: never
        raises); refuses what may raise otherwise."""
        kind = node.type

        def both(a: ir.Expr | None, b: ir.Expr | None) -> ir.Expr | None:
            if a is None or b is None:
                return a or b
            return ir.Binary(B.AND, a, b, type=t.BOOL)

        if kind in ("identifier", "integer", "float", "string", "true", "false", "none"):
            return None
        if kind in ("parenthesized_expression", "not_operator", "unary_operator"):
            return self.in_range(node.named_children[-1])
        if kind == "boolean_operator":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            left_guard, right_guard = self.in_range(left), self.in_range(right)
            if right_guard is None:
                return left_guard
            # `a or b` evaluates b only when a is false; `a and b` only when a is true.
            taken = self.condition(self.expr(left))
            if node_text(node.child_by_field_name("operator")) == "or":
                skip = taken
            else:
                skip = ir.Unary(ir.UnaryOp.NOT, taken, type=t.BOOL)
            return both(left_guard, ir.Binary(B.OR, skip, right_guard, type=t.BOOL))
        if kind == "comparison_operator":
            operands = node.named_children
            guards = [g for g in (self.in_range(o) for o in operands) if g is not None]
            if len(operands) > 2 and guards:
                raise self.unsupported(node, "a chained comparison that may raise inside a try statement")
            return both(guards[0], guards[1]) if len(guards) == 2 else (guards[0] if guards else None)
        if kind == "binary_operator":
            right = node.child_by_field_name("right")
            operator = node_text(node.child_by_field_name("operator"))
            divisor = _constant(right)
            if operator in ("/", "//", "%") and not (
                isinstance(divisor, ir.IntLiteral | ir.FloatLiteral) and divisor.value != 0
            ):
                raise self.unsupported(node, "a division that may raise inside a try statement")
            return both(self.in_range(node.child_by_field_name("left")), self.in_range(right))
        if kind == "call" and node_text(node.child_by_field_name("function")) == "len":
            arguments = node.child_by_field_name("arguments").named_children
            return self.in_range(arguments[0]) if len(arguments) == 1 else None
        if kind == "subscript":
            base_node = node.child_by_field_name("value")
            index_node = node.child_by_field_name("subscript")
            base_guard = self.in_range(base_node)
            if index_node.type == "slice":  # slices never raise
                bounds = [self.in_range(c) for c in index_node.named_children]
                return functools.reduce(both, bounds, base_guard)
            base = self.expr(base_node)
            if isinstance(base.type, t.UnknownType) and not self.final:
                return None  # not known yet: the build of the statement itself learns it
            if not isinstance(base.type, t.StringType | t.ArrayType | t.ListType):
                raise self.unsupported(node, "a lookup that may raise inside a try statement")
            index = self.expr(index_node)
            length = self.length_of(base)
            if isinstance(index, ir.IntLiteral):
                # s[2] needs len(s) > 2; s[-1] needs len(s) >= 1.
                bound = index.value if index.value >= 0 else -index.value - 1
                check: ir.Expr = ir.Binary(B.GT, length, self.int_literal(bound), type=t.BOOL)
            else:
                check = ir.Binary(
                    B.AND,
                    ir.Binary(B.GE, index, ir.Unary(ir.UnaryOp.NEG, length, type=t.INT), type=t.BOOL),
                    ir.Binary(B.LT, index, length, type=t.BOOL),
                    type=t.BOOL,
                )
            return both(both(base_guard, self.in_range(index_node)), check)
        raise self.unsupported(
            node, f"{kind.replace('_', ' ')} '{node_text(node)[:30]}' inside a try statement"
        )

    # -- assignment ----------------------------------------------------------------------------------
    def assignment(self, node: tree_sitter.Node) -> list[ir.Stmt]:
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        hint = node.child_by_field_name("type")
        if right is None:
            raise self.unsupported(node, "declaration without a value")
        if right.type == "assignment":  # a = b = value
            inner = self.assignment(right)
            source = right.child_by_field_name("left")
            value = self.expr(source)
            return inner + self.assign_to(left, value, node, source)
        if left.type in ("pattern_list", "tuple_pattern", "list_pattern"):
            return self.tuple_assignment(node, left, right)
        if hint is not None and left.type == "identifier":
            name = node_text(left)
            if name not in self.types.pinned:
                self.types.variables[name] = self.module.hint_type(hint)
                self.types.pinned.add(name)
        if left.type == "identifier":
            direct = self.build_into(node_text(left), right, node)
            if direct is not None:
                return direct
        value = self.expr(right)
        return self.assign_to(left, value, node, right)

    def assign_to(
        self,
        left: tree_sitter.Node,
        value: ir.Expr,
        node: tree_sitter.Node,
        value_node: tree_sitter.Node | None,
    ) -> list[ir.Stmt]:
        loc = self.location(node)
        if left.type == "identifier":
            name = node_text(left)
            if name in self.module.functions or name in self.module.globals:
                raise self.unsupported(left, f"assignment to '{name}', which is a function or global")
            placeholder = (
                value_node is not None
                and value_node.type == "identifier"
                and node_text(value_node) in _TYPE_NAMES
                and node_text(value_node) not in self.types.variables
            )
            if not placeholder:
                self.see(name, self.observed(value), loc)
            self.learn_sliced(name, value, value_node)
            self.check_growth(name, value)
            type_ = self.var_type(name)
            if self.final and placeholder:
                # `x = bool`: the type object only stands for "declared here"; later values type x.
                zero = self.zero(type_)
                if zero is None:
                    raise self.unsupported(value_node, f"'{name}' holding the type {node_text(value_node)}")
                self.warn(
                    f"'{name} = {node_text(value_node)}' holds a type object: translated as {describe(type_)} zero"
                )
                value = zero
            elif self.final:
                value = self.coerce(value, type_, value_node)
            if node.type == "assignment" and node.id in self.plan.at_assignment:
                return [ir.VarDecl(self.rename(name), type_, value, location=loc)]
            return [
                ir.ExprStmt(
                    ir.AssignExpr(ir.Name(self.rename(name), type=type_), value, type=type_), location=loc
                )
            ]
        if left.type == "subscript":
            target = self.subscript_target(left, value)
            if self.final:
                value = self.coerce(value, target.type, value_node)
            return [ir.ExprStmt(ir.AssignExpr(target, value, type=target.type), location=loc)]
        raise self.unsupported(left, f"assignment to '{node_text(left)}'")

    def learn_sliced(self, name: str, value: ir.Expr, value_node: tree_sitter.Node | None) -> None:
        """``x = seq[i:j]`` with ``seq`` untyped: ``seq`` is a sequence of the kind ``x`` is."""
        if (
            value_node is None
            or value_node.type != "subscript"
            or value_node.child_by_field_name("subscript").type != "slice"
            or not isinstance(value, ir.Index)
            or not isinstance(value.base, ir.Name)
            or not isinstance(value.base.type, t.UnknownType)
        ):
            return
        sliced = self.var_type(name)
        if isinstance(sliced, t.StringType):
            self.see(self.python_name(value.base.id), t.STRING)
        elif isinstance(sliced, t.ArrayType | t.ListType):
            self.see(self.python_name(value.base.id), t.ArrayType(sliced.element))

    def check_growth(self, name: str, value: ir.Expr) -> None:
        """Warn where a variable multiplies itself in a loop: 64 bits may not hold the result."""
        if self.loop_depth and isinstance(value.type, t.IntType) and value.type.bits == 64:
            for node in ir.walk(value):
                if isinstance(node, ir.Binary) and node.op == B.MUL and name in names_used(node):
                    self.warn(f"'{name}' is multiplied in a loop: Python integers never overflow, "
                              "64-bit integers may")  # fmt: skip
                    return

    def subscript_target(self, node: tree_sitter.Node, value: ir.Expr) -> ir.Expr:
        base_node = node.child_by_field_name("value")
        index_node = node.child_by_field_name("subscript")
        if index_node is None or index_node.type == "slice":
            raise self.unsupported(node, "assignment to a slice")
        base = self.expr(base_node)
        self.note_sequence(base)
        if isinstance(base.type, t.StringType):
            raise self.unsupported(
                node, "assignment to a character of a string (Python strings are immutable)"
            )
        if isinstance(base.type, t.MapType):
            key = self.expr(index_node)
            self.element_hint(base, t.MapType(self.observed(key), self.observed(value)))
            key = self.coerce(key, base.type.key, index_node) if self.final else key
            return ir.Index(base, key, type=base.type.value, location=self.location(node))
        index = self.index_value(base, index_node)
        stored = self.observed(value)
        if isinstance(stored, t.IntType) and self.module.exact_ints and _self_combination(value, base):
            # t[i][j] = t[i-1][j] + t[i][j-1]: values built from others of the same table grow
            # exponentially (counting tables); Python's never overflow, so use 64 bits.
            stored = t.LONG
        self.element_hint(base, t.ArrayType(stored))
        return ir.Index(base, index, type=t.element_type(base.type), location=self.location(node))

    def element_hint(self, base: ir.Expr, container: t.Type) -> None:
        """Record that ``base`` (a variable, or an element of one) holds ``container``'s elements."""
        path: list[str] = []
        current = base
        while isinstance(current, ir.Index):
            path.append("index")
            current = current.base
        if not isinstance(current, ir.Name):
            return
        name = self.python_name(current.id)
        existing = self.var_type(name)
        type_ = container
        for _ in path:
            type_ = t.MapType(existing.key, type_) if isinstance(existing, t.MapType) else t.ArrayType(type_)
        self.see(name, type_)

    def python_name(self, printed: str) -> str:
        for python_name, pinned in self.renames.items():
            if pinned == printed:
                return python_name
        return printed

    def tuple_assignment(
        self, node: tree_sitter.Node, left: tree_sitter.Node, right: tree_sitter.Node
    ) -> list[ir.Stmt]:
        targets = left.named_children
        if right.type not in ("expression_list", "tuple") or len(right.named_children) != len(targets):
            raise self.unsupported(node, "unpacking a value into several names")
        sources = right.named_children
        values = [self.expr(s) for s in sources]
        loc = self.location(node)
        # a, b = b, a: a swap.
        if (
            len(targets) == 2
            and node_text(targets[0]) == node_text(sources[1])
            and node_text(targets[1]) == node_text(sources[0])
        ):
            first = self.expr(targets[0])
            second = self.expr(targets[1])
            if targets[0].type in ("identifier", "subscript") and targets[1].type in (
                "identifier",
                "subscript",
            ):
                return [ir.ExprStmt(ir.LibraryCall(L.SWAP, (first, second), type=t.VOID), location=loc)]
        written = {node_text(n) for target in targets for n in _descendants_or_self(target, "identifier")}
        read = {node_text(n) for source in sources for n in _descendants_or_self(source, "identifier")}
        out: list[ir.Stmt] = []
        if written & read:
            temps = []
            for value in values:
                temp = self.fresh("temp")
                type_ = finalize(self.observed(value)) if self.final else value.type
                out.append(ir.VarDecl(temp, type_, value, location=loc))
                temps.append(ir.Name(temp, type=type_))
            values = temps
        for target, value, source in zip(targets, values, sources, strict=True):
            out.extend(self.assign_to(target, value, _Fake(target), source))
        return out

    def augmented(self, node: tree_sitter.Node) -> list[ir.Stmt]:
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        operator = node_text(node.child_by_field_name("operator"))[:-1]
        target = self.expr(left)
        value = self.expr(right)
        combined = self.binary(operator, target, value, node)
        loc = self.location(node)
        if left.type == "identifier":
            name = node_text(left)
            self.see(name, self.observed(combined), loc)
            self.check_growth(name, combined)
        elif left.type == "subscript":
            base = self.expr(left.child_by_field_name("value"))
            if isinstance(base.type, t.MapType):
                self.element_hint(base, t.MapType(t.UNKNOWN, self.observed(combined)))
            else:
                stored = self.observed(combined)
                if (
                    isinstance(stored, t.IntType)
                    and self.module.exact_ints
                    and _self_combination(combined, base)
                ):
                    stored = t.LONG  # t[i][j] += t[i-1][j]: see subscript_target
                self.element_hint(base, t.ArrayType(stored))
        else:
            raise self.unsupported(left, f"assignment to '{node_text(left)}'")
        if self.final:
            combined = self.coerce(combined, target.type, node)
        simple = {B.ADD, B.SUB, B.MUL, B.TRUNC_DIV, B.TRUNC_MOD, B.BIT_AND, B.BIT_OR, B.BIT_XOR, B.SHL, B.SHR}
        if (
            isinstance(combined, ir.Binary)
            and combined.op in simple
            and combined.left == target
            and combined.type == target.type
        ):
            if isinstance(target.type, t.StringType) and isinstance(
                combined.right.type, t.CharType | t.StringType
            ):
                return [
                    ir.ExprStmt(
                        ir.AssignExpr(target, combined.right, op=B.ADD, type=target.type), location=loc
                    )
                ]
            if not isinstance(target.type, t.StringType):
                return [
                    ir.ExprStmt(
                        ir.AssignExpr(target, combined.right, op=combined.op, type=target.type), location=loc
                    )
                ]
        return [ir.ExprStmt(ir.AssignExpr(target, combined, type=target.type), location=loc)]

    # -- building a new container straight into a variable -----------------------------------------
    def build_into(
        self, name: str, node: tree_sitter.Node, statement: tree_sitter.Node
    ) -> list[ir.Stmt] | None:
        """``x = [... for ...]``, ``x = sorted(...)``, ``x = {k: v}``: declare ``x`` and fill it."""
        kinds = ("list_comprehension", "dictionary", "set_comprehension", "dictionary_comprehension", "set")
        is_sorted = node.type == "call" and node_text(node.child_by_field_name("function")) == "sorted"
        is_repeat = (
            node.type == "binary_operator"
            and node_text(node.child_by_field_name("operator")) == "*"
            and "list" in (node.child_by_field_name("left").type, node.child_by_field_name("right").type)
        )
        if node.type not in kinds and not is_sorted and not is_repeat:
            return None
        if name in {node_text(n) for n in _descendants_or_self(node, "identifier")}:
            return None  # x = sorted(x): the old value is read while the new one is built
        return self.materialize(node, name, statement)

    def materialize(
        self, node: tree_sitter.Node, name: str | None, statement: tree_sitter.Node | None
    ) -> list[ir.Stmt]:
        """Statements that create the value of ``node`` in variable ``name`` (a new temporary if None)."""
        loc = self.location(node)
        filled = self.fill_statements(node)
        if filled is None:
            raise self.unsupported(node)
        initial, steps, element_note = filled
        if name is None:
            temp = self.fresh("result")
            type_ = initial.type if not self.final else finalize(initial.type)
            declaration: list[ir.Stmt] = [ir.VarDecl(temp, type_, initial, location=loc)]
            target = ir.Name(temp, type=type_)
            return declaration + steps(target)
        self.see(name, initial.type, loc)
        if element_note is not None:
            self.see(name, element_note, loc)
        type_ = self.var_type(name)
        if (
            self.final
            and isinstance(type_, t.ArrayType)
            and isinstance(initial, ir.NewContainer)
            and initial.size is None
        ):
            type_ = t.ListType(type_.element)
        if self.final:
            initial = self.coerce(initial, type_, node)
        target = ir.Name(self.rename(name), type=type_)
        if statement is not None and statement.id in self.plan.at_assignment:
            head: ir.Stmt = ir.VarDecl(self.rename(name), type_, initial, location=loc)
        else:
            head = ir.ExprStmt(ir.AssignExpr(target, initial, type=type_), location=loc)
        return [head, *steps(target)]

    def fill_statements(
        self, node: tree_sitter.Node
    ) -> tuple[ir.Expr, Callable[[ir.Expr], list[ir.Stmt]], t.Type | None] | None:
        loc = self.location(node)
        if node.type == "binary_operator":
            array = self.new_array_value(node)
            if array is None:
                return None
            dims, fill = array
            return self.array_with_fill(dims, fill, _array_of(self.observed(fill), len(dims)), loc)
        if node.type == "dictionary":
            pairs = [
                (self.expr(p.child_by_field_name("key")), self.expr(p.child_by_field_name("value")))
                for p in node.named_children
                if p.type == "pair"
            ]
            if len(pairs) != len([c for c in node.named_children if c.type != "comment"]):
                raise self.unsupported(node, "dictionary with ** unpacking")
            key_type = _join_all([self.observed(k) for k, _ in pairs])
            value_type = _join_all([self.observed(v) for _, v in pairs])
            map_type = t.MapType(key_type, value_type)

            def put_all(target: ir.Expr) -> list[ir.Stmt]:
                mt = target.type if isinstance(target.type, t.MapType) else map_type
                return [
                    ir.ExprStmt(
                        ir.LibraryCall(
                            L.MAP_PUT,
                            (target, self.coerce(k, mt.key, None), self.coerce(v, mt.value, None)),
                            type=t.VOID,
                        ),
                        location=loc,
                    )
                    for k, v in pairs
                ]

            return ir.NewContainer(type=map_type, location=loc), put_all, map_type
        if node.type == "set":
            elements = [self.expr(e) for e in node.named_children]
            set_type = t.SetType(_join_all([self.observed(e) for e in elements]))

            def add_all(target: ir.Expr) -> list[ir.Stmt]:
                st = target.type if isinstance(target.type, t.SetType) else set_type
                return [
                    ir.ExprStmt(
                        ir.LibraryCall(L.SET_ADD, (target, self.coerce(e, st.element, None)), type=t.VOID),
                        location=loc,
                    )
                    for e in elements
                ]

            return ir.NewContainer(type=set_type, location=loc), add_all, set_type
        if node.type == "call":  # sorted(iterable, key=..., reverse=...)
            args, keywords = self.arguments(node)
            if len(args) != 1:
                raise self.unsupported(node, "sorted() with other than one iterable")
            source = self.expr(args[0])
            if isinstance(source.type, t.StringType):
                initial: ir.Expr = ir.LibraryCall(
                    L.STR_CHARS, (source,), type=t.ArrayType(t.CHAR), location=loc
                )
            elif isinstance(source.type, t.ArrayType) and "key" in keywords:
                # A key needs a comparator, which Java's primitive arrays cannot take: sort a list.
                element = t.element_type(source.type)
                initial = ir.NewContainer(type=t.ListType(element), location=loc)

                def copy_to_list(target: ir.Expr) -> list[ir.Stmt]:
                    counter = ir.Name(self.fresh("i"), type=t.INT)
                    append = ir.LibraryCall(
                        L.LIST_APPEND, (target, ir.Index(source, counter, type=element)), type=t.VOID
                    )
                    loop = ir.For((ir.VarDecl(counter.id, t.INT, ir.IntLiteral(0, type=t.INT)),),
                                  ir.Binary(B.LT, counter, self.length_of(source), type=t.BOOL),
                                  (ir.IncDec(counter, 1, False, type=t.INT),), ir.Block((ir.ExprStmt(append),)), location=loc)  # fmt: skip
                    return [loop, ir.ExprStmt(self.sort_call(target, keywords, node), location=loc)]

                return initial, copy_to_list, None
            elif isinstance(source.type, t.ArrayType):
                initial, copy = self.copy_array(source, loc)

                def copy_and_sort(target: ir.Expr) -> list[ir.Stmt]:
                    return [*copy(target), ir.ExprStmt(self.sort_call(target, keywords, node), location=loc)]

                return initial, copy_and_sort, None
            elif isinstance(source.type, t.SetType | t.ListType):
                initial = ir.NewContainer(
                    source=source, type=t.ListType(t.element_type(source.type)), location=loc
                )
            elif isinstance(source.type, t.MapType):
                initial = ir.NewContainer(
                    source=ir.LibraryCall(L.MAP_KEYS, (source,), type=t.SetType(source.type.key)),
                    type=t.ListType(source.type.key),
                    location=loc,
                )
            else:
                self.note_sequence(source)
                initial = ir.NewArray(
                    (ir.IntLiteral(0, type=t.INT),), type=t.ArrayType(t.UNKNOWN), location=loc
                )

            def sort_it(target: ir.Expr) -> list[ir.Stmt]:
                return [ir.ExprStmt(self.sort_call(target, keywords, node), location=loc)]

            return initial, sort_it, None
        # Comprehensions.
        body = node.child_by_field_name("body")
        clauses = [c for c in node.named_children if c.type in ("for_in_clause", "if_clause")]
        if node.type == "dictionary_comprehension":
            raise self.unsupported(node, "dict comprehension")
        simple = self.simple_array(node, body, clauses)
        if simple is not None:
            return simple
        element_type = t.UNKNOWN
        container: type[t.ListType] | type[t.SetType] = (
            t.SetType if node.type == "set_comprehension" else t.ListType
        )
        # Type the element with the loop variables in scope (the build of the loops declares them).
        probe_statements = self.comprehension_loops(clauses, lambda: [], loc)
        del probe_statements
        element_type = self.observed(self.expr_in_comprehension(clauses, body))
        container_type = container(element_type)

        def loops(target: ir.Expr) -> list[ir.Stmt]:
            def innermost() -> list[ir.Stmt]:
                element = self.expr(body)
                op = L.SET_ADD if container is t.SetType else L.LIST_APPEND
                if self.final:
                    element = self.coerce(element, t.element_type(target.type), body)
                return [ir.ExprStmt(ir.LibraryCall(op, (target, element), type=t.VOID), location=loc)]

            return self.comprehension_loops(clauses, innermost, loc)

        return ir.NewContainer(type=container_type, location=loc), loops, container_type

    def expr_in_comprehension(self, clauses: list[tree_sitter.Node], body: tree_sitter.Node) -> ir.Expr:
        saved = dict(self.types.variables)
        for clause in clauses:
            if clause.type == "for_in_clause":
                self.bind_loop_target(clause.child_by_field_name("left"), clause.child_by_field_name("right"))
        mark = len(self.pre)
        value = self.expr(body)
        del self.pre[mark:]
        self.types.variables.clear()
        self.types.variables.update(saved)
        return value

    def bind_loop_target(self, left: tree_sitter.Node | None, right: tree_sitter.Node | None) -> None:
        if left is None or right is None or left.type != "identifier":
            return
        name = node_text(left)
        if name in self.types.variables and not isinstance(self.types.variables[name], t.UnknownType):
            return
        self.types.variables[name] = self.loop_element_type(right)

    def loop_element_type(self, right: tree_sitter.Node) -> t.Type:
        if right.type == "call" and node_text(right.child_by_field_name("function")) == "range":
            args, _ = self.arguments(right)
            return _join_all([finalize(self.observed(self.expr(a))) for a in args]) if args else t.INT
        saved = self.pre
        iterable = self.expr(right)
        self.pre = saved
        return (
            t.element_type(iterable.type) if not isinstance(iterable.type, t.MapType) else iterable.type.key
        )

    def comprehension_loops(
        self, clauses: list[tree_sitter.Node], innermost: Callable[[], list[ir.Stmt]], loc: SourceLocation
    ) -> list[ir.Stmt]:
        if not clauses:
            return self.captured(innermost)
        clause, rest = clauses[0], clauses[1:]
        if clause.type == "if_clause":
            saved, self.pre = self.pre, []
            test = self.condition(self.expr(clause.named_children[0]))
            pending, self.pre = self.pre, saved
            inner = ir.Block(tuple(self.comprehension_loops(rest, innermost, loc)))
            return [*pending, ir.If(test, inner, location=loc)]
        left, right = clause.child_by_field_name("left"), clause.child_by_field_name("right")
        return self.loop(
            left, right, lambda: self.comprehension_loops(rest, innermost, loc), clause, local=True
        )

    def captured(self, build: Callable[[], list[ir.Stmt]]) -> list[ir.Stmt]:
        """Statements of ``build`` preceded by those its expressions needed (kept inside the loop)."""
        saved, self.pre = self.pre, []
        statements = build()
        pending, self.pre = self.pre, saved
        return [*pending, *statements]

    def simple_array(
        self, node: tree_sitter.Node, body: tree_sitter.Node, clauses: list[tree_sitter.Node]
    ) -> tuple[ir.Expr, Callable[[ir.Expr], list[ir.Stmt]], t.Type | None] | None:
        """``[v for _ in range(n)]`` with ``v`` not using the loop variable: an array of ``n`` copies
        (nested for 2-D tables)."""
        if node.type != "list_comprehension" or len(clauses) != 1 or clauses[0].type != "for_in_clause":
            return None
        clause = clauses[0]
        left, right = clause.child_by_field_name("left"), clause.child_by_field_name("right")
        if left is None or left.type != "identifier" or right is None or right.type != "call":
            return None
        if node_text(right.child_by_field_name("function")) != "range":
            return None
        args, _ = self.arguments(right)
        if len(args) != 1 or node_text(left) in {node_text(n) for n in _free_identifiers(body)}:
            return None
        size = self.index_expr(self.expr(args[0]))
        inner = self.new_array_value(body)
        if inner is None:
            return None
        dims, fill = inner
        loc = self.location(node)
        element = self.observed(fill)
        array_type: t.Type = element
        for _ in range(len(dims) + 1):
            array_type = t.ArrayType(array_type)
        return self.array_with_fill((size, *dims), fill, array_type, loc)

    def new_array_value(self, node: tree_sitter.Node) -> tuple[tuple[ir.Expr, ...], ir.Expr] | None:
        """Dimensions and fill of an array-valued expression (``[0] * n``, ``[[0] * m for _ in range(n)]``),
        or ((), value) for a scalar value."""
        if node.type == "parenthesized_expression":
            return self.new_array_value(node.named_children[0])
        if node.type == "binary_operator" and node_text(node.child_by_field_name("operator")) == "*":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left.type != "list":
                left, right = right, left
            if left.type == "list" and len(left.named_children) == 1:
                inner = self.new_array_value(left.named_children[0])
                if inner is None:
                    return None
                if inner[0]:
                    self.warn(
                        "[row] * n repeats one row object n times in Python; the translation makes n separate rows"
                    )
                return (self.index_expr(self.expr(right)), *inner[0]), inner[1]
            return None
        if node.type == "list_comprehension":
            clauses = [c for c in node.named_children if c.type in ("for_in_clause", "if_clause")]
            body = node.child_by_field_name("body")
            if len(clauses) == 1 and clauses[0].type == "for_in_clause":
                clause = clauses[0]
                left, right = clause.child_by_field_name("left"), clause.child_by_field_name("right")
                if (
                    left.type == "identifier"
                    and right.type == "call"
                    and node_text(right.child_by_field_name("function")) == "range"
                ):
                    args, _ = self.arguments(right)
                    if len(args) == 1 and node_text(left) not in {
                        node_text(n) for n in _free_identifiers(body)
                    }:
                        inner = self.new_array_value(body)
                        if inner is not None:
                            return (self.index_expr(self.expr(args[0])), *inner[0]), inner[1]
            return None
        if node.type in (
            "list",
            "dictionary",
            "set",
            "list_comprehension",
            "set_comprehension",
            "dictionary_comprehension",
        ):
            return None
        value = self.expr(node)
        if isinstance(value.type, t.ArrayType | t.ListType | t.MapType | t.SetType):
            return None
        return (), value

    def array_with_fill(
        self, dims: tuple[ir.Expr, ...], fill: ir.Expr, array_type: t.Type, loc: SourceLocation
    ) -> tuple[ir.Expr, Callable[[ir.Expr], list[ir.Stmt]], t.Type | None]:
        def fill_it(target: ir.Expr) -> list[ir.Stmt]:
            scalar = target.type
            while isinstance(scalar, t.ArrayType | t.ListType):
                scalar = scalar.element
            if isinstance(fill, ir.NullLiteral):
                self.warn("[None] * n: the None placeholders start as zero")
                return []
            value = self.coerce(fill, scalar, None) if self.final else fill
            if _is_zero(value):
                return []
            return [
                ir.ExprStmt(ir.LibraryCall(L.FILL, (target, value, None, None), type=t.VOID), location=loc)
            ]

        return ir.NewArray(dims, type=array_type, location=loc), fill_it, array_type

    def copy_array(
        self, source: ir.Expr, loc: SourceLocation
    ) -> tuple[ir.Expr, Callable[[ir.Expr], list[ir.Stmt]]]:
        """A new array of the length of ``source`` and the loop copying ``source`` into it."""
        length = self.length_of(source)
        element = t.element_type(source.type)

        def copy(target: ir.Expr) -> list[ir.Stmt]:
            index = self.fresh("i")
            counter = ir.Name(index, type=t.INT)
            element_type = t.element_type(target.type)
            store = ir.AssignExpr(
                ir.Index(target, counter, type=element_type),
                ir.Index(source, counter, type=element),
                type=element_type,
            )
            return [ir.For((ir.VarDecl(index, t.INT, ir.IntLiteral(0, type=t.INT)),), ir.Binary(B.LT, counter, length, type=t.BOOL),
                           (ir.IncDec(counter, 1, False, type=t.INT),), ir.Block((ir.ExprStmt(store),)), location=loc)]  # fmt: skip

        return ir.NewArray((length,), type=t.ArrayType(element), location=loc), copy

    # -- loops ---------------------------------------------------------------------------------------
    def for_statement(self, node: tree_sitter.Node) -> list[ir.Stmt]:
        left, right, body = (
            node.child_by_field_name("left"),
            node.child_by_field_name("right"),
            node.child_by_field_name("body"),
        )
        local = node.id in self.plan.loop_local

        def inner() -> list[ir.Stmt]:
            self.loop_depth += 1
            statements = self.block(body)
            self.loop_depth -= 1
            return statements

        return self.flush(self.loop(left, right, inner, node, local=local))

    def loop(
        self,
        left: tree_sitter.Node,
        right: tree_sitter.Node,
        body: Callable[[], list[ir.Stmt]],
        node: tree_sitter.Node,
        *,
        local: bool,
    ) -> list[ir.Stmt]:
        loc = self.location(node)
        if right.type == "call" and node_text(right.child_by_field_name("function")) == "range":
            if left.type != "identifier":
                raise self.unsupported(left, "unpacking a range")
            return self.range_loop(node_text(left), right, body, loc, local=local)
        if (
            right.type == "call"
            and node_text(right.child_by_field_name("function")) == "enumerate"
            and left.type in ("pattern_list", "tuple_pattern")
        ):
            return self.enumerate_loop(left, right, body, loc)
        pre: list[ir.Stmt] = []
        iterable = self.expr(right)
        if self.pre:
            pre, self.pre = self.pre, []
        self.note_sequence(iterable)
        if left.type in ("pattern_list", "tuple_pattern"):
            names = [node_text(n) for n in left.named_children]
            if len(names) != 2 or not (isinstance(iterable, ir.LibraryCall) and iterable.op == L.MAP_ITEMS):
                raise self.unsupported(
                    left, "unpacking in a for loop other than dict.items() and enumerate()"
                )
            mapping = iterable.args[0]
            assert mapping is not None
            map_type = (
                mapping.type if isinstance(mapping.type, t.MapType) else t.MapType(t.UNKNOWN, t.UNKNOWN)
            )
            entry = self.fresh("entry")
            for name, type_ in zip(names, (map_type.key, map_type.value), strict=True):
                self.see(name, type_)
            entry_type = t.PairType(map_type.key, map_type.value)
            entry_name = ir.Name(entry, type=entry_type)
            unpack: list[ir.Stmt] = [
                self.bind(
                    names[0], ir.LibraryCall(L.PAIR_FIRST, (entry_name,), type=map_type.key), local, loc
                ),
                self.bind(
                    names[1], ir.LibraryCall(L.PAIR_SECOND, (entry_name,), type=map_type.value), local, loc
                ),
            ]
            return [
                *pre,
                ir.ForEach(entry, entry_type, mapping, ir.Block(tuple(unpack + body())), location=loc),
            ]
        if left.type != "identifier":
            raise self.unsupported(left, "for loop target")
        name = node_text(left)
        length = self.length_of(iterable) if isinstance(iterable.type, t.ArrayType) else None
        if self.module.target == "cpp" and isinstance(length, ir.Name):
            # A C array does not know its length: loop over the indices up to its length parameter.
            element_type = t.element_type(iterable.type)
            self.see(name, element_type, loc)
            index = ir.Name(self.fresh("i"), type=t.INT)
            element = ir.Index(iterable, index, type=element_type)
            statements = (self.bind(name, element, local, loc), *body())
            init = ir.VarDecl(index.id, t.INT, ir.IntLiteral(0, type=t.INT))
            condition = ir.Binary(B.LT, index, self.coerce(length, t.INT, None), type=t.BOOL)
            step = ir.IncDec(index, 1, False, type=t.INT)
            return [*pre, ir.For((init,), condition, (step,), ir.Block(statements), location=loc)]
        part = L.PAIR_FIRST
        if (
            self.module.target == "cpp"
            and isinstance(iterable, ir.LibraryCall)
            and iterable.op in (L.MAP_KEYS, L.MAP_VALUES)
        ):
            part = L.PAIR_FIRST if iterable.op == L.MAP_KEYS else L.PAIR_SECOND
            iterable = iterable.args[0]  # type: ignore[assignment]
        if isinstance(iterable.type, t.MapType) and self.module.target == "cpp":
            # for key in d: C++ iterates over (key, value) pairs.
            map_type = iterable.type
            part_type = map_type.key if part == L.PAIR_FIRST else map_type.value
            self.see(name, part_type, loc)
            entry = self.fresh("entry")
            entry_type = t.PairType(map_type.key, map_type.value)
            key = ir.LibraryCall(part, (ir.Name(entry, type=entry_type),), type=part_type)
            return [
                *pre,
                ir.ForEach(
                    entry,
                    entry_type,
                    iterable,
                    ir.Block((self.bind(name, key, local, loc), *body())),
                    location=loc,
                ),
            ]
        if isinstance(iterable.type, t.MapType):
            element_type = iterable.type.key
            iterable = ir.LibraryCall(L.MAP_KEYS, (iterable,), type=t.SetType(element_type), location=loc)
        else:
            element_type = t.element_type(iterable.type)
        self.see(name, element_type, loc)
        known = self.var_type(name)
        if (
            isinstance(element_type, t.UnknownType)
            and isinstance(iterable, ir.Name)
            and not isinstance(known, t.UnknownType)
        ):
            # The loop variable's uses typed it: so are the elements of what it walks over.
            walked = iterable.type
            container: t.Type
            if isinstance(walked, t.SetType | t.ListType | t.ArrayType):
                container = dataclasses.replace(walked, element=known)
            else:
                container = t.STRING if isinstance(known, t.CharType) else t.ArrayType(known)
            self.see(self.python_name(iterable.id), container, loc)
        var_type = self.var_type(name) if self.final else element_type
        if local:
            return [
                *pre,
                ir.ForEach(self.rename(name), var_type, iterable, ir.Block(tuple(body())), location=loc),
            ]
        counter = self.fresh(name + "_")
        assign = ir.ExprStmt(
            ir.AssignExpr(
                ir.Name(self.rename(name), type=var_type), ir.Name(counter, type=element_type), type=var_type
            )
        )
        return [*pre, ir.ForEach(counter, element_type, iterable, ir.Block((assign, *body())), location=loc)]

    def bind(self, name: str, value: ir.Expr, local: bool, loc: SourceLocation) -> ir.Stmt:
        type_ = self.var_type(name) if self.final else value.type
        if local:
            return ir.VarDecl(self.rename(name), type_, value, location=loc)
        return ir.ExprStmt(
            ir.AssignExpr(ir.Name(self.rename(name), type=type_), value, type=type_), location=loc
        )

    def range_loop(
        self,
        name: str,
        call: tree_sitter.Node,
        body: Callable[[], list[ir.Stmt]],
        loc: SourceLocation,
        *,
        local: bool,
    ) -> list[ir.Stmt]:
        args, keywords = self.arguments(call)
        if keywords or not 1 <= len(args) <= 3:
            raise self.unsupported(call, "range() with these arguments")
        if name == "_" and "_" not in self.renames:
            self.renames["_"] = self.fresh("i")  # `_` is a keyword in Java
        values = [self.expr(a) for a in args]
        for value in values:
            self.hint(value, t.INT)
        if self.pre:
            raise self.unsupported(call, "range() bounds that need statements of their own")
        start = values[0] if len(values) > 1 else self.int_literal(0)
        stop = values[1] if len(values) > 1 else values[0]
        step = values[2] if len(values) == 3 else self.int_literal(1)
        if isinstance(step, ir.IntLiteral) and step.value == 0:
            raise self.unsupported(call, "range() with a zero step")
        if not isinstance(step, ir.IntLiteral):
            if self.final and not self.non_negative(step):
                raise self.unsupported(call, "range() with a step whose sign is not known")
            self.warn("range() with a variable step: the step is taken to be positive (it is never negative)")
        bounds = _join_all([self.observed(start), self.observed(stop)])
        counter_type = t.LONG if isinstance(bounds, t.IntType) and bounds.bits == 64 else t.INT
        self.see(name, counter_type, loc)
        var_type = self.var_type(name) if self.final else counter_type
        if self.final and not isinstance(var_type, t.IntType):
            var_type = t.INT
        ascending_from = start.value if isinstance(start, ir.IntLiteral) and _ascending_step(step) else None
        outer_start = self.loop_starts.pop(name, None)
        if ascending_from is not None:
            self.loop_starts[name] = ascending_from
        statements = body()
        self.loop_starts.pop(name, None)
        if outer_start is not None:
            self.loop_starts[name] = outer_start
        rebound = name in {n for n in _directly_assigned(ir.Block(tuple(statements)))}
        pre: list[ir.Stmt] = []
        # Python evaluates the bound once; C re-evaluates it, so keep it in a variable when the body changes it.
        if not _is_constant(stop) and (
            names_used(stop) & assigned_names(ir.Block(tuple(statements))) or _has_call(stop)
        ):
            bound = self.fresh("end")
            pre.append(
                ir.VarDecl(
                    bound,
                    var_type,
                    stop if not self.final else self.coerce(stop, var_type, None),
                    location=loc,
                )
            )
            stop = ir.Name(bound, type=var_type)
        if self.final:
            start = self.coerce(start, var_type, None)
            stop = self.coerce(stop, var_type, None)
        counter = self.rename(name) if local and not rebound else self.fresh(name + "_")
        counter_name = ir.Name(counter, type=var_type)
        ascending = not isinstance(step, ir.IntLiteral) or step.value > 0
        comparison = B.LT if ascending else B.GT
        condition = ir.Binary(comparison, counter_name, stop, type=t.BOOL)
        if not isinstance(step, ir.IntLiteral):
            update: ir.Expr = ir.AssignExpr(counter_name, step, op=B.ADD, type=var_type)
        elif step.value == 1 or step.value == -1:
            update = ir.IncDec(counter_name, step.value, False, type=var_type)
        else:
            update = ir.AssignExpr(
                counter_name,
                ir.IntLiteral(abs(step.value), type=var_type),
                op=B.ADD if step.value > 0 else B.SUB,
                type=var_type,
            )
        if counter != self.rename(name):
            statements = [
                ir.ExprStmt(
                    ir.AssignExpr(ir.Name(self.rename(name), type=var_type), counter_name, type=var_type)
                ),
                *statements,
            ]
        init = ir.VarDecl(counter, var_type, start, location=loc)
        return [*pre, ir.For((init,), condition, (update,), ir.Block(tuple(statements)), location=loc)]

    def enumerate_loop(
        self,
        left: tree_sitter.Node,
        call: tree_sitter.Node,
        body: Callable[[], list[ir.Stmt]],
        loc: SourceLocation,
    ) -> list[ir.Stmt]:
        names = [node_text(n) for n in left.named_children]
        args, _ = self.arguments(call)
        if len(names) != 2 or len(args) != 1:
            raise self.unsupported(call, "enumerate() with a start")
        sequence = self.expr(args[0])
        self.note_sequence(sequence)
        index_name, value_name = names
        element_type = t.element_type(sequence.type)
        self.see(index_name, t.INT, loc)
        self.see(value_name, element_type, loc)
        index = ir.Name(self.rename(index_name), type=t.INT)
        value_type = self.var_type(value_name) if self.final else element_type
        element = ir.Index(sequence, index, type=element_type)
        statements = [ir.VarDecl(self.rename(value_name), value_type, element, location=loc), *body()]
        condition = ir.Binary(B.LT, index, self.length_of(sequence), type=t.BOOL)
        init = ir.VarDecl(self.rename(index_name), t.INT, ir.IntLiteral(0, type=t.INT))
        return [
            ir.For(
                (init,),
                condition,
                (ir.IncDec(index, 1, False, type=t.INT),),
                ir.Block(tuple(statements)),
                location=loc,
            )
        ]

    # -- expressions --------------------------------------------------------------------------------
    def observed(self, expr: ir.Expr) -> t.Type:
        """The type an expression contributes to inference (weak literal markers kept)."""
        if isinstance(expr, ir.NullLiteral):
            return t.UNKNOWN
        return expr.type

    def note_sequence(self, expr: ir.Expr) -> None:
        if isinstance(expr, ir.Name):
            self.observations.indexed.add(self.python_name(expr.id))

    def hint(self, expr: ir.Expr, type_: t.Type) -> None:
        """Learn the type of an unknown variable (or of its elements) from the value it meets."""
        if type_ in (WEAK01, WEAK_INF):
            type_ = t.INT
        if isinstance(type_, t.UnknownType):
            return
        if isinstance(expr, ir.Name) and isinstance(expr.type, t.UnknownType):
            self.see(self.python_name(expr.id), type_)
        elif (
            isinstance(expr, ir.Binary)
            and expr.op in (B.ADD, B.SUB, B.MUL, B.FLOOR_DIV, B.FLOOR_MOD, B.TRUNC_DIV, B.TRUNC_MOD)
            and isinstance(type_, t.IntType | t.FloatType)
        ):
            self.hint(expr.left, type_)
            self.hint(expr.right, type_)
        elif isinstance(expr, ir.Index) and isinstance(expr.type, t.UnknownType):
            base_type = expr.base.type
            if isinstance(base_type, t.MapType):
                return
            if isinstance(base_type, t.ArrayType | t.ListType):
                container: t.Type = type(base_type)(type_)
            else:
                # Indexing a str gives a str: an untyped sequence whose items meet text is a string.
                container = t.STRING if isinstance(type_, t.CharType | t.StringType) else t.ArrayType(type_)
            self.hint(expr.base, container)
            if isinstance(expr.base, ir.Name):
                self.see(self.python_name(expr.base.id), container)

    def expr(self, node: tree_sitter.Node) -> ir.Expr:
        method = getattr(self, f"expr_{node.type}", None)
        if method is None:
            raise self.unsupported(node)
        return method(node)

    def expr_parenthesized_expression(self, node: tree_sitter.Node) -> ir.Expr:
        inner = [c for c in node.named_children if c.type != "comment"]
        if len(inner) != 1:
            raise self.unsupported(node)
        return self.expr(inner[0])

    def expr_identifier(self, node: tree_sitter.Node) -> ir.Expr:
        name = node_text(node)
        loc = self.location(node)
        if name in self.types.variables or name in self.types.params:
            return ir.Name(self.rename(name), type=self.var_type(name), location=loc)
        if name in self.module.globals:
            return ir.Name(name, type=self.module.globals[name].type, location=loc)
        if name in _TYPE_NAMES and node.parent is not None and node.parent.type == "assignment":
            return ir.NullLiteral(type=t.UNKNOWN, location=loc)  # `x = int`; assign_to gives x a zero
        if self.final:
            if name in dir(builtins) or name in self.module.functions:
                raise self.unsupported(
                    node, f"the function '{name}' used as a value (not called; no local has that name)"
                )
            raise self.unsupported(node, f"name '{name}' (not a parameter, local, or module constant)")
        return ir.Name(name, type=t.UNKNOWN, location=loc)

    def expr_integer(self, node: tree_sitter.Node) -> ir.Expr:
        text = node_text(node).replace("_", "")
        if text[-1] in "jJ":
            raise self.unsupported(node, "complex number")
        value = int(text, 0) if not (len(text) > 1 and text[0] == "0" and text[1].isdigit()) else int(text)
        if value >= 2**63:
            raise self.unsupported(node, "integer literal beyond 64 bits")
        return self.int_literal(value, self.location(node))

    def expr_float(self, node: tree_sitter.Node) -> ir.Expr:
        text = node_text(node).replace("_", "")
        return ir.FloatLiteral(float(text), text, type=t.DOUBLE, location=self.location(node))

    def expr_true(self, node: tree_sitter.Node) -> ir.Expr:
        return ir.BoolLiteral(True, type=t.BOOL, location=self.location(node))

    def expr_false(self, node: tree_sitter.Node) -> ir.Expr:
        return ir.BoolLiteral(False, type=t.BOOL, location=self.location(node))

    def expr_none(self, node: tree_sitter.Node) -> ir.Expr:
        return ir.NullLiteral(type=t.UNKNOWN, location=self.location(node))

    def expr_string(self, node: tree_sitter.Node) -> ir.Expr:
        text = node_text(node)
        if any(c.type == "interpolation" for c in node.children) or text[:2].lower() in (
            "f'",
            'f"',
            "b'",
            'b"',
        ):
            raise self.unsupported(node, "f-string or bytes literal")
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            raise self.unsupported(node, "string literal") from None
        loc = self.location(node)
        if isinstance(value, str) and len(value) == 1:
            return ir.CharLiteral(value, type=t.CHAR, location=loc)
        return ir.StringLiteral(str(value), type=t.STRING, location=loc)

    expr_concatenated_string = expr_string

    def expr_conditional_expression(self, node: tree_sitter.Node) -> ir.Expr:
        parts = [c for c in node.named_children if c.type != "comment"]
        then, test, otherwise = parts
        condition = self.condition(self.expr(test))
        mark = len(self.pre)  # the test always runs: statements it needs may go first
        then_value = self.expr(then)
        else_value = self.expr(otherwise)
        if len(self.pre) != mark:
            raise self.unsupported(node, "a conditional expression whose branches need statements")
        type_ = self.join_types(then_value, else_value, node)
        if self.final:
            type_ = finalize(type_)
            then_value, else_value = (
                self.coerce(then_value, type_, then),
                self.coerce(else_value, type_, otherwise),
            )
        return ir.Conditional(condition, then_value, else_value, type=type_, location=self.location(node))

    def join_types(self, a: ir.Expr, b: ir.Expr, node: tree_sitter.Node) -> t.Type:
        try:
            return join(self.observed(a), self.observed(b))
        except TypeConflict as conflict:
            raise UnsupportedConstruct(
                f"rules engine: cannot give one static type to the values here: {conflict}",
                self.location(node),
            ) from None

    def expr_not_operator(self, node: tree_sitter.Node) -> ir.Expr:
        operand = self.expr(node.child_by_field_name("argument"))
        return ir.Unary(ir.UnaryOp.NOT, self.condition(operand), type=t.BOOL, location=self.location(node))

    def expr_unary_operator(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(node.child_by_field_name("operator"))
        operand = self.expr(node.child_by_field_name("argument"))
        loc = self.location(node)
        if operator == "-" and isinstance(operand, ir.IntLiteral):
            return (
                self.int_literal(-operand.value, loc)
                if self.final or operand.value not in (0, 1)
                else ir.IntLiteral(-operand.value, type=t.INT, location=loc)
            )
        if operator == "-" and isinstance(operand, ir.FloatLiteral):
            return ir.FloatLiteral(-operand.value, "-" + operand.text, type=operand.type, location=loc)
        if operator == "-" and isinstance(operand, ir.LibraryCall) and operand.type == WEAK_INF:
            return ir.LibraryCall(L.INT_MIN, (), type=WEAK_INF, location=loc)
        type_ = self.arith_type(operand.type, t.INT)
        if isinstance(operand.type, t.BoolType):
            operand = ir.Cast(operand, type=t.INT)
        op = {"-": ir.UnaryOp.NEG, "+": ir.UnaryOp.POS, "~": ir.UnaryOp.BIT_NOT}[operator]
        return ir.Unary(op, operand, type=type_, location=loc)

    def arith_type(self, a: t.Type, b: t.Type) -> t.Type:
        a = t.INT if a in (WEAK01,) or isinstance(a, t.BoolType) else a
        b = t.INT if b in (WEAK01,) or isinstance(b, t.BoolType) else b
        if isinstance(a, t.UnknownType) or isinstance(b, t.UnknownType):
            known = b if isinstance(a, t.UnknownType) else a
            return known if isinstance(known, t.IntType | t.FloatType) and known != WEAK_INF else t.UNKNOWN
        if a == WEAK_INF or b == WEAK_INF:
            return b if a == WEAK_INF else a
        if isinstance(a, t.FloatType) or isinstance(b, t.FloatType):
            return t.DOUBLE
        if isinstance(a, t.IntType) and isinstance(b, t.IntType):
            return t.LONG if 64 in (a.bits, b.bits) or a.bits is None or b.bits is None else t.INT
        return t.UNKNOWN

    def expr_boolean_operator(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(node.child_by_field_name("operator"))
        left = self.expr(node.child_by_field_name("left"))
        mark = len(self.pre)
        right = self.expr(node.child_by_field_name("right"))
        if len(self.pre) != mark:
            raise self.unsupported(node, f"the right operand of '{operator}' needs statements of its own")
        op = B.AND if operator == "and" else B.OR
        loc = self.location(node)
        both_bool = all(
            isinstance(v.type, t.BoolType | t.UnknownType)
            or (isinstance(v, ir.Binary) and v.op in ir.COMPARISONS)
            for v in (left, right)
        )
        if both_bool or not self.value_context(node):
            return ir.Binary(op, self.condition(left), self.condition(right), type=t.BOOL, location=loc)
        # `x or y` as a value: x if x is truthy, else y (Python returns an operand, not a bool).
        if not isinstance(left, ir.Name | ir.IntLiteral):
            raise self.unsupported(node, f"'{operator}' used for its value on non-boolean operands")
        type_ = self.join_types(left, right, node)
        if self.final:
            type_ = finalize(type_)
            left, right = self.coerce(left, type_, None), self.coerce(right, type_, None)
        test = self.condition(left)
        if op == B.OR:
            return ir.Conditional(test, left, right, type=type_, location=loc)
        return ir.Conditional(test, right, left, type=type_, location=loc)

    def value_context(self, node: tree_sitter.Node) -> bool:
        parent = node.parent
        while parent is not None and parent.type == "parenthesized_expression":
            parent = parent.parent
        if parent is None:
            return True
        if parent.type in (
            "if_statement",
            "elif_clause",
            "while_statement",
            "not_operator",
            "boolean_operator",
            "if_clause",
        ):
            return False
        return not (parent.type == "conditional_expression" and parent.named_children[1] == node)

    def expr_comparison_operator(self, node: tree_sitter.Node) -> ir.Expr:
        operands = [c for c in node.children if c.is_named and c.type != "comment"]
        operators = [
            " ".join(node_text(c).split())
            for c in node.children
            if not c.is_named or c.type in ("not in", "is not")
        ]
        operators = [o for o in operators if o not in ("(", ")")]
        values = [self.expr(o) for o in operands]
        loc = self.location(node)
        result: ir.Expr | None = None
        for index, operator in enumerate(operators):
            left, right = values[index], values[index + 1]
            piece = self.compare(operator, left, right, node)
            result = piece if result is None else ir.Binary(B.AND, result, piece, type=t.BOOL, location=loc)
        assert result is not None
        return result

    def compare(self, operator: str, left: ir.Expr, right: ir.Expr, node: tree_sitter.Node) -> ir.Expr:
        loc = self.location(node)
        if operator in ("in", "not in"):
            self.note_sequence(right)
            if isinstance(right.type, t.UnknownType):
                self.hint(
                    right,
                    t.STRING if isinstance(left.type, t.CharType | t.StringType) else t.ArrayType(left.type),
                )
            container_type = right.type
            if self.final:
                element = (
                    container_type.key
                    if isinstance(container_type, t.MapType)
                    else t.element_type(container_type)
                )
                if isinstance(container_type, t.StringType):
                    element = left.type if isinstance(left.type, t.CharType | t.StringType) else t.STRING
                left = self.coerce(left, element, None)
                if isinstance(container_type, t.ArrayType):
                    raise self.unsupported(node, "'in' on a fixed-size array (use a set or a loop)")
            if isinstance(right, ir.LibraryCall) and right.op == L.MAP_KEYS and right.args[0] is not None:
                right = right.args[0]  # k in d.keys(): a key lookup
            if isinstance(right, ir.LibraryCall) and right.op == L.MAP_VALUES and self.module.target == "cpp":
                test = self.value_search(right, left, loc)
                return (
                    ir.Unary(ir.UnaryOp.NOT, test, type=t.BOOL, location=loc)
                    if operator == "not in"
                    else test
                )
            if isinstance(right, ir.StringLiteral):
                right = ir.Cast(right, type=t.STRING)  # C++: "aeiou" must be a std::string to search it
            test: ir.Expr = ir.LibraryCall(L.CONTAINS, (right, left), type=t.BOOL, location=loc)
            if operator == "not in":
                test = ir.Unary(ir.UnaryOp.NOT, test, type=t.BOOL, location=loc)
            return test
        op = _COMPARE[operator]
        if isinstance(left, ir.NullLiteral) or isinstance(right, ir.NullLiteral):
            other = right if isinstance(left, ir.NullLiteral) else left
            if isinstance(other.type, t.IntType | t.FloatType | t.BoolType | t.CharType):
                raise self.unsupported(node, "comparison of a number with None")
            return ir.Binary(op, other, ir.NullLiteral(type=other.type), type=t.BOOL, location=loc)
        # A comparison with a float says little about an int variable: learn only from other types.
        if not isinstance(right.type, t.FloatType):
            self.hint(left, self.observed(right))
        if not isinstance(left.type, t.FloatType):
            self.hint(right, self.observed(left))
        if self.final:
            left, right = self.unify_operands(left, right, node)
        return ir.Binary(op, left, right, type=t.BOOL, location=loc)

    def value_search(self, values: ir.LibraryCall, wanted: ir.Expr, loc: SourceLocation) -> ir.Expr:
        """``x in d.values()`` for C++, whose maps cannot search their values: a loop into a flag."""
        value_type = t.element_type(values.type)
        found = ir.Name(self.fresh("found"), type=t.BOOL)
        item = ir.Name(self.fresh("value"), type=value_type)
        hit = ir.Block(
            (ir.ExprStmt(ir.AssignExpr(found, ir.BoolLiteral(True, type=t.BOOL), type=t.BOOL)), ir.Break())
        )
        self.pre += [
            ir.VarDecl(found.id, t.BOOL, ir.BoolLiteral(False, type=t.BOOL), location=loc),
            ir.ForEach(
                item.id,
                value_type,
                values,
                ir.Block((ir.If(ir.Binary(B.EQ, item, wanted, type=t.BOOL), hit),)),
                location=loc,
            ),
        ]
        return found

    def unify_operands(
        self, left: ir.Expr, right: ir.Expr, node: tree_sitter.Node
    ) -> tuple[ir.Expr, ir.Expr]:
        """Operands of a comparison made comparable in C++/Java: bools with ints, chars with strings."""
        lt, rt = left.type, right.type
        if lt == WEAK_INF or rt == WEAK_INF:
            return (
                (self.coerce(left, rt, None), right)
                if lt == WEAK_INF
                else (left, self.coerce(right, lt, None))
            )
        if isinstance(lt, t.CharType) and isinstance(rt, t.StringType):
            return self.coerce(left, t.STRING, None), right
        if isinstance(rt, t.CharType) and isinstance(lt, t.StringType):
            return left, self.coerce(right, t.STRING, None)
        if isinstance(lt, t.BoolType) and isinstance(rt, t.IntType | t.FloatType):
            return self.coerce(left, t.INT, None), right
        if isinstance(rt, t.BoolType) and isinstance(lt, t.IntType | t.FloatType):
            return left, self.coerce(right, t.INT, None)
        if (isinstance(lt, t.CharType) and isinstance(rt, t.IntType)) or (
            isinstance(rt, t.CharType) and isinstance(lt, t.IntType)
        ):
            raise self.unsupported(node, "comparison of a str with an int (always unequal in Python)")
        if isinstance(lt, t.IntType) and isinstance(right, ir.IntLiteral):
            return left, self.coerce(right, lt, None)
        if isinstance(rt, t.IntType) and isinstance(left, ir.IntLiteral):
            return self.coerce(left, rt, None), right
        return left, right

    def expr_binary_operator(self, node: tree_sitter.Node) -> ir.Expr:
        operator = node_text(node.child_by_field_name("operator"))
        left_node, right_node = node.child_by_field_name("left"), node.child_by_field_name("right")
        if operator == "*" and (left_node.type == "list" or right_node.type == "list"):
            array = self.new_array_value(node)
            if array is None:
                raise self.unsupported(node, "list repetition")
            dims, fill = array
            return self.materialized_value(
                node,
                lambda: self.array_with_fill(
                    dims, fill, _array_of(self.observed(fill), len(dims)), self.location(node)
                ),
            )
        if operator == "%" and left_node.type in ("string", "concatenated_string"):
            raise self.unsupported(node, "%-formatting of strings")
        left = self.expr(left_node)
        right = self.expr(right_node)
        return self.binary(operator, left, right, node)

    def materialized_value(
        self,
        node: tree_sitter.Node,
        make: Callable[[], tuple[ir.Expr, Callable[[ir.Expr], list[ir.Stmt]], t.Type | None]],
    ) -> ir.Expr:
        """A new container as an expression; fills needing statements go through a temporary."""
        initial, steps, _ = make()
        if self.final:
            initial = (
                ir.NewArray(initial.dims, type=finalize(initial.type), location=initial.location)
                if isinstance(initial, ir.NewArray)
                else initial
            )
        probe_target = ir.Name("__probe__", type=initial.type)
        if not steps(probe_target):
            return initial
        temp = self.fresh("table")
        target = ir.Name(temp, type=initial.type)
        self.pre.append(ir.VarDecl(temp, initial.type, initial, location=initial.location))
        self.pre.extend(steps(target))
        return target

    def binary(self, operator: str, left: ir.Expr, right: ir.Expr, node: tree_sitter.Node) -> ir.Expr:
        loc = self.location(node)
        lt, rt = left.type, right.type
        # `2 * a` or `x / 2` says nothing of whether a or x is an int or a float: an int literal
        # partner of + - * / does not type the other operand (defaults decide).
        says_little = operator in ("+", "-", "*", "/")
        if (
            isinstance(lt, t.UnknownType)
            and not isinstance(rt, t.UnknownType)
            and not (says_little and isinstance(right, ir.IntLiteral))
        ):
            self.hint(left, t.INT if isinstance(rt, t.BoolType) else rt)
        if (
            isinstance(rt, t.UnknownType)
            and not isinstance(lt, t.UnknownType)
            and not (says_little and isinstance(left, ir.IntLiteral))
        ):
            self.hint(right, t.INT if isinstance(lt, t.BoolType) else lt)
        textual = (t.StringType, t.CharType)
        if operator == "+" and (
            (isinstance(lt, textual) and isinstance(rt, (*textual, t.UnknownType)))
            or (isinstance(rt, textual) and isinstance(lt, t.UnknownType))
        ):
            if isinstance(lt, t.CharType) and isinstance(rt, t.CharType | t.UnknownType):
                left = self.coerce(left, t.STRING, None) if self.final else ir.Cast(left, type=t.STRING)
            elif isinstance(lt, t.CharType) and isinstance(right, ir.StringLiteral):
                left = self.coerce(left, t.STRING, None) if self.final else left
            elif isinstance(rt, t.CharType) and isinstance(left, ir.StringLiteral):
                right = self.coerce(right, t.STRING, None) if self.final else right
            return ir.Binary(B.ADD, left, right, type=t.STRING, location=loc)
        if operator == "*" and (isinstance(lt, textual) or isinstance(rt, textual)):
            text, count = (left, right) if isinstance(lt, textual) else (right, left)
            if isinstance(text.type, t.CharType):
                return ir.LibraryCall(L.STR_REPEAT, (count, text), type=t.STRING, location=loc)
            raise self.unsupported(node, "repetition of a string of more than one character")
        for side in (left, right):
            if isinstance(
                side.type, t.StringType | t.CharType | t.ArrayType | t.ListType | t.MapType | t.SetType
            ):
                raise self.unsupported(node, f"operator '{operator}' on {describe(side.type)}")
        # `-sys.maxsize - 1`, `float('inf') + 1`: still the sentinel "infinity".
        for marker, other in ((left, right), (right, left)):
            if marker.type == WEAK_INF and isinstance(marker, ir.LibraryCall) and operator in ("+", "-"):
                if isinstance(other, ir.IntLiteral) and abs(other.value) <= 1:
                    return marker
                if self.final and isinstance(other.type, t.IntType | t.FloatType):
                    coerced = self.coerce(marker, other.type if other.type != WEAK01 else t.INT, None)
                    left, right = (coerced, right) if marker is left else (left, coerced)
        if self.final:
            left, right = _int_of_bool(left), _int_of_bool(right)
        lt, rt = left.type, right.type
        type_ = self.arith_type(lt, rt)
        if operator in ("+", "-"):
            return ir.Binary(B.ADD if operator == "+" else B.SUB, left, right, type=type_, location=loc)
        if operator == "*":
            if (
                isinstance(type_, t.IntType)
                and type_.bits == 32
                and not _small_constant(left)
                and not _small_constant(right)
                and self.module.exact_ints
            ):
                # Python integers do not overflow: a product of two variables is computed in 64 bits.
                type_ = t.LONG
                if (
                    self.final
                    and isinstance(lt, t.IntType)
                    and lt.bits == 32
                    and isinstance(rt, t.IntType)
                    and rt.bits == 32
                ):
                    left = ir.Cast(left, type=t.LONG)
            return ir.Binary(B.MUL, left, right, type=type_, location=loc)
        if operator == "/":
            return ir.Binary(B.DIV, left, right, type=t.DOUBLE, location=loc)
        if operator in ("//", "%"):
            if isinstance(type_, t.FloatType):
                if operator == "//":
                    return ir.LibraryCall(
                        L.FLOOR, (ir.Binary(B.DIV, left, right, type=t.DOUBLE),), type=t.DOUBLE, location=loc
                    )
                if not (self.non_negative(left) and self.non_negative(right)):
                    self.warn(
                        "'%' on floats: the translation truncates (C fmod), Python floors; equal for non-negative operands"
                    )
                return ir.Binary(B.FMOD, left, right, type=t.DOUBLE, location=loc)
            exact = self.non_negative(left) and self.non_negative(right)
            if operator == "//":
                op = B.TRUNC_DIV if exact else B.FLOOR_DIV
            else:
                op = B.TRUNC_MOD if exact else B.FLOOR_MOD
            if (
                isinstance(type_, t.IntType)
                and isinstance(lt, t.IntType)
                and lt.bits == 64
                and op in (B.FLOOR_MOD, B.TRUNC_MOD)
                and isinstance(rt, t.IntType)
                and rt.bits == 32
            ):
                type_ = t.LONG
            return ir.Binary(op, left, right, type=type_, location=loc)
        if operator == "**":
            return self.power(left, right, node)
        if operator in _BITS:
            if isinstance(lt, t.BoolType) and isinstance(rt, t.BoolType):
                return ir.Binary(_BITS[operator], left, right, type=t.BOOL, location=loc)
            if (
                operator == "<<"
                and isinstance(type_, t.IntType)
                and not (isinstance(left, ir.IntLiteral) and isinstance(right, ir.IntLiteral))
            ):
                self.warn("'<<' is computed in fixed-width integers (Python's never overflow)")
            if operator in ("<<", ">>"):
                type_ = (
                    lt
                    if isinstance(lt, t.IntType) and lt != WEAK01
                    else t.INT
                    if not isinstance(lt, t.UnknownType)
                    else t.UNKNOWN
                )
            return ir.Binary(_BITS[operator], left, right, type=type_, location=loc)
        if operator == "@":
            raise self.unsupported(node, "matrix multiplication")
        raise self.unsupported(node, f"operator '{operator}'")

    def non_negative(self, expr: ir.Expr) -> bool:
        if isinstance(expr, ir.IntLiteral):
            return expr.value >= 0
        return self.nonneg is not None and self.nonneg(expr)

    def power(self, base: ir.Expr, exponent: ir.Expr, node: tree_sitter.Node) -> ir.Expr:
        loc = self.location(node)
        integral = isinstance(self.arith_type(base.type, exponent.type), t.IntType)
        if (
            integral
            and isinstance(exponent, ir.IntLiteral)
            and exponent.value in (2, 3)
            and isinstance(base, ir.Name | ir.IntLiteral)
        ):
            product: ir.Expr = base
            for _ in range(exponent.value - 1):
                product = ir.Binary(
                    B.MUL,
                    ir.Cast(product, type=t.LONG) if self.final and product.type != t.LONG else product,
                    base,
                    type=t.LONG,
                    location=loc,
                )
            return product
        call = ir.LibraryCall(L.POW, (base, exponent), type=t.DOUBLE, location=loc)
        if integral and not (isinstance(exponent, ir.IntLiteral) and exponent.value < 0):
            self.warn("integer '**' is computed with pow() in floating point: exact only below 2**53")
            return ir.Cast(call, type=t.LONG, location=loc)
        return call

    # -- subscripts ------------------------------------------------------------------------------------
    def expr_subscript(self, node: tree_sitter.Node) -> ir.Expr:
        base_node = node.child_by_field_name("value")
        subscripts = [c for c in node.children_by_field_name("subscript")]
        if len(subscripts) != 1:
            raise self.unsupported(node, "subscript with several indices")
        index_node = subscripts[0]
        if base_node.type == "attribute" and node_text(base_node.child_by_field_name("attribute")) == "queue":
            queue = self.expr(base_node.child_by_field_name("object"))  # q.queue[0]: the front of a Queue
            if isinstance(queue.type, t.QueueType) and node_text(index_node) == "0":
                return ir.LibraryCall(L.PEEK, (queue,), type=queue.type.element, location=self.location(node))
        base = self.expr(base_node)
        self.note_sequence(base)
        if isinstance(base, ir.Index) and isinstance(base.type, t.UnknownType):
            self.hint(base, t.ArrayType(t.UNKNOWN))  # a[i][j]: a is a table
        loc = self.location(node)
        if index_node.type == "slice":
            return self.slice(base, index_node, node)
        if isinstance(base.type, t.MapType):
            key = self.expr(index_node)
            if self.final:
                key = self.coerce(key, base.type.key, index_node)
            return ir.Index(base, key, type=base.type.value, location=loc)
        if isinstance(base.type, t.PriorityQueueType):
            index = self.expr(index_node)
            if isinstance(index, ir.IntLiteral) and index.value == 0:
                return ir.LibraryCall(L.PEEK, (base,), type=base.type.element, location=loc)
            raise self.unsupported(node, "indexing a heap other than heap[0]")
        index = self.index_value(base, index_node)
        element = t.CHAR if isinstance(base.type, t.StringType) else t.element_type(base.type)
        return ir.Index(base, index, type=element, location=loc)

    def index_value(self, base: ir.Expr, node: tree_sitter.Node) -> ir.Expr:
        index = self.expr(node)
        self.hint(index, t.INT)
        if isinstance(index, ir.IntLiteral) and index.value < 0:
            return ir.Binary(B.SUB, self.length_of(base), ir.IntLiteral(-index.value, type=t.INT), type=t.INT)
        if (
            isinstance(index, ir.Binary)
            and index.op == B.SUB
            and isinstance(index.left, ir.Name)
            and isinstance(index.right, ir.IntLiteral)
            and self.loop_starts.get(self.python_name(index.left.id), index.right.value) < index.right.value
        ):
            # `a[i - 1]` in a loop from 0: Python reads the last element on the first pass; so must we.
            index = self.index_expr(index)
            wrapped = ir.Binary(B.ADD, index, self.length_of(base), type=t.INT)
            negative = ir.Binary(B.LT, index, ir.IntLiteral(0, type=t.INT), type=t.BOOL)
            return ir.Conditional(negative, wrapped, index, type=t.INT)
        if self.wrapping_indices and not isinstance(index, ir.IntLiteral) and not self.non_negative(index):
            # Inside a guarded try, an index from -len to len - 1 reads as Python reads it.
            index = self.index_expr(index)
            wrapped = ir.Binary(B.ADD, index, self.length_of(base), type=t.INT)
            negative = ir.Binary(B.LT, index, ir.IntLiteral(0, type=t.INT), type=t.BOOL)
            return ir.Conditional(negative, wrapped, index, type=t.INT)
        return self.index_expr(index)

    def index_expr(self, index: ir.Expr) -> ir.Expr:
        if not self.final:
            return index
        if isinstance(index.type, t.BoolType):
            return ir.Cast(index, type=t.INT)
        if isinstance(index.type, t.IntType) and index.type.bits != 32:
            if isinstance(index, ir.IntLiteral):
                return ir.IntLiteral(index.value, type=t.INT)
            return ir.Cast(index, type=t.INT)
        if isinstance(index.type, t.FloatType):
            raise UnsupportedConstruct("rules engine: a float used as an index", index.location)
        return index

    def length_of(self, sequence: ir.Expr) -> ir.Expr:
        if isinstance(sequence.type, t.StringType):
            return ir.LibraryCall(L.STR_LEN, (sequence,), type=t.INT)
        if (
            self.module.target == "cpp"
            and isinstance(sequence, ir.Name)
            and isinstance(sequence.type, t.ArrayType)
        ):
            python_name = self.python_name(sequence.id)
            if python_name in self.length_params:
                length_name = self.length_params[python_name]
                self.warn(
                    f"C++ arrays do not know their length: len({python_name}) is taken to be {length_name}"
                )
                return ir.Name(self.rename(length_name), type=self.var_type(length_name))
            later = (
                self.types.params[self.types.params.index(python_name) + 1 :]
                if python_name in self.types.params
                else []
            )
            following = [p for p in later if isinstance(self.param_type(p), t.IntType)]
            if self.final and following and following[0] in self.positions:
                # The C++ back end would read the next int parameter as the length (GfG's convention).
                raise UnsupportedConstruct(
                    f"rules engine: len({python_name}) of a C++ array parameter whose length is not "
                    f"passed ('{following[0]}' is an index); a --signature with a vector says how",
                    sequence.location,
                )
        return ir.LibraryCall(L.LEN, (sequence,), type=t.INT)

    def slice(self, base: ir.Expr, node: tree_sitter.Node, whole: tree_sitter.Node) -> ir.Expr:
        parts: list[tree_sitter.Node | None] = [None, None, None]
        position = 0
        for child in node.children:
            if child.type == ":":
                position += 1
            elif child.is_named:
                parts[position] = child
        start_node, stop_node, step_node = parts
        loc = self.location(whole)
        if step_node is not None:
            step = self.expr(step_node)
            if (
                isinstance(step, ir.IntLiteral)
                and step.value == -1
                and start_node is None
                and stop_node is None
            ):
                return self.reversed_copy(base, whole)
            raise self.unsupported(whole, "slice with a step")
        if isinstance(base.type, t.UnknownType):
            return ir.Index(base, self.int_literal(0), type=t.UNKNOWN, location=loc)
        start = self.slice_bound(base, start_node) if start_node is not None else ir.IntLiteral(0, type=t.INT)
        stop = self.slice_bound(base, stop_node) if stop_node is not None else None
        if isinstance(base.type, t.StringType):
            return ir.LibraryCall(L.SUBSTRING, (base, start, stop), type=t.STRING, location=loc)
        if isinstance(base.type, t.ArrayType | t.ListType) and isinstance(base, ir.Name):
            return self.list_slice(base, start, stop, loc)
        raise self.unsupported(whole, f"slice of a {describe(base.type)}")

    def list_slice(self, base: ir.Name, start: ir.Expr, stop: ir.Expr | None, loc: SourceLocation) -> ir.Expr:
        """``a[i:j]`` of a list: a new list filled by a loop (the end clamped to the length, as in Python)."""
        element = t.element_type(base.type)
        type_ = t.ListType(finalize(element) if self.final else element)
        length = self.length_of(base)
        end = length if stop is None else ir.LibraryCall(L.MIN, (stop, length), type=t.INT)
        part = ir.Name(self.fresh("part"), type=type_)
        counter = ir.Name(self.fresh("k"), type=t.INT)
        append = ir.LibraryCall(L.LIST_APPEND, (part, ir.Index(base, counter, type=element)), type=t.VOID)
        self.pre += [
            ir.VarDecl(part.id, type_, ir.NewContainer(type=type_), location=loc),
            ir.For(
                (ir.VarDecl(counter.id, t.INT, start),),
                ir.Binary(B.LT, counter, end, type=t.BOOL),
                (ir.IncDec(counter, 1, False, type=t.INT),),
                ir.Block((ir.ExprStmt(append),)),
                location=loc,
            ),
        ]
        return part

    def slice_bound(self, base: ir.Expr, node: tree_sitter.Node) -> ir.Expr:
        value = self.expr(node)
        if isinstance(value, ir.IntLiteral) and value.value < 0:
            return ir.Binary(B.SUB, self.length_of(base), ir.IntLiteral(-value.value, type=t.INT), type=t.INT)
        return self.index_expr(value)

    def reversed_copy(self, base: ir.Expr, node: tree_sitter.Node) -> ir.Expr:
        loc = self.location(node)
        if not isinstance(base.type, t.StringType | t.UnknownType):
            raise self.unsupported(node, f"reversed slice of a {describe(base.type)}")
        temp = self.fresh("reversed")
        self.pre.append(ir.VarDecl(temp, t.STRING, base, location=loc))
        name = ir.Name(temp, type=t.STRING)
        self.pre.append(ir.ExprStmt(ir.LibraryCall(L.REVERSE, (name, None, None), type=t.VOID), location=loc))
        return name

    # -- containers as expressions --------------------------------------------------------------------
    def expr_list(self, node: tree_sitter.Node) -> ir.Expr:
        elements = [self.expr(e) for e in node.named_children if e.type != "comment"]
        loc = self.location(node)
        if not elements:
            return ir.NewContainer(type=t.ListType(t.UNKNOWN), location=loc)
        element_type = _join_all([self.observed(e) for e in elements])
        if self.final:
            element_type = finalize(element_type)
            elements = [self.coerce(e, element_type, None) for e in elements]
        return ir.ArrayLiteral(tuple(elements), type=t.ArrayType(element_type), location=loc)

    def expr_list_comprehension(self, node: tree_sitter.Node) -> ir.Expr:
        return self.temporary_container(node)

    expr_set_comprehension = expr_list_comprehension
    expr_dictionary = expr_list_comprehension
    expr_set = expr_list_comprehension

    def temporary_container(self, node: tree_sitter.Node) -> ir.Expr:
        if node.type == "dictionary" and not node.named_children:
            return ir.NewContainer(type=t.MapType(t.UNKNOWN, t.UNKNOWN), location=self.location(node))
        statements = self.materialize(node, None, None)
        declaration = statements[0]
        assert isinstance(declaration, ir.VarDecl)
        self.pre.extend(statements)
        return ir.Name(declaration.name, type=declaration.type)

    def expr_tuple(self, node: tree_sitter.Node) -> ir.Expr:
        elements = [self.expr(e) for e in node.named_children]
        if len(elements) == 2:
            return ir.LibraryCall(
                L.MAKE_PAIR,
                tuple(elements),
                type=t.PairType(self.observed(elements[0]), self.observed(elements[1])),
            )
        raise self.unsupported(node, "tuple")

    # -- calls ---------------------------------------------------------------------------------------
    def arguments(self, call: tree_sitter.Node) -> tuple[list[tree_sitter.Node], dict[str, tree_sitter.Node]]:
        node = call.child_by_field_name("arguments")
        positional: list[tree_sitter.Node] = []
        keywords: dict[str, tree_sitter.Node] = {}
        if node is None:
            return positional, keywords
        if node.type == "generator_expression":
            return [node], keywords
        for child in node.named_children:
            if child.type == "keyword_argument":
                keywords[node_text(child.child_by_field_name("name"))] = child.child_by_field_name("value")
            elif child.type in ("list_splat", "dictionary_splat"):
                raise self.unsupported(child, "argument unpacking")
            elif child.type != "comment":
                positional.append(child)
        return positional, keywords

    def expr_call(self, node: tree_sitter.Node) -> ir.Expr:
        value = self.call(node, statement=False)
        assert value is not None
        return value

    def call(self, node: tree_sitter.Node, *, statement: bool) -> ir.Expr | None:
        function = node.child_by_field_name("function")
        loc = self.location(node)
        while function.type == "parenthesized_expression" and len(function.named_children) == 1:
            function = function.named_children[0]  # (int)(x): a C-style cast spelled as a call
        if function.type == "attribute":
            owner = function.child_by_field_name("object")
            method = node_text(function.child_by_field_name("attribute"))
            if (
                owner.type == "identifier"
                and node_text(owner) in ("math", "heapq", "sys", "collections")
                and node_text(owner) not in self.types.variables
            ):
                return self.module_function(node_text(owner), method, node)
            return self.method_call(owner, method, node, statement=statement)
        if function.type != "identifier":
            raise self.unsupported(node, "call of a computed function")
        name = node_text(function)
        if function.type != "identifier":
            raise self.unsupported(node, "call of a computed function")
        if name in self.module.functions:
            return self.user_call(name, node)
        if name == "print" and name not in self.types.variables:
            return self.print_call(node, loc)
        handler = getattr(self, f"builtin_{name}", None)
        if handler is None:
            raise self.unsupported(node, f"call of '{name}'")
        return handler(node, loc)

    def print_call(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        """``print(a, b, sep=..., end=...)`` as one PRINT of the pieces with their separators."""
        args, keywords = self.arguments(node)
        text: dict[str, str] = {"sep": " ", "end": "\n"}
        for key, value in keywords.items():
            literal = _constant(value) if key in text else None
            if not isinstance(literal, ir.StringLiteral):
                raise self.unsupported(node, f"print() with {key}= other than a string literal")
            text[key] = literal.value
        pieces: list[ir.Expr] = []
        for position, arg in enumerate(args):
            if position and text["sep"]:
                pieces.append(ir.StringLiteral(text["sep"], type=t.STRING))
            value = self.expr(arg)
            if isinstance(value.type, t.BoolType):
                # Python prints True/False; C++ would print 1/0 and Java true/false.
                value = ir.Conditional(
                    value,
                    ir.StringLiteral("True", type=t.STRING),
                    ir.StringLiteral("False", type=t.STRING),
                    type=t.STRING,
                )
            elif isinstance(value.type, t.FloatType):
                self.warn("print() of a float: Python's digits may differ from the target's")
            elif self.final and not isinstance(value.type, t.IntType | t.CharType | t.StringType):
                raise self.unsupported(node, f"print() of a {describe(value.type)}")
            pieces.append(value)
        if text["end"] or not pieces:
            pieces.append(ir.StringLiteral(text["end"], type=t.STRING))
        return ir.LibraryCall(L.PRINT, tuple(pieces), type=t.VOID, location=loc)

    def user_call(self, name: str, node: tree_sitter.Node) -> ir.Expr:
        positional, keywords = self.arguments(node)
        callee = self.module.types[name]
        defaults = _param_defaults(self.module.functions[name])
        captured = self.module.captured.get(name, [])
        args: list[tree_sitter.Node | str] = []
        for position, param in enumerate(callee.params):
            if position >= len(callee.params) - len(captured):
                args.append(param)  # a variable of the enclosing function, read where the call is
                continue
            # Python binds positional arguments, then keywords by name, then the defaults.
            given = positional[position] if position < len(positional) else keywords.pop(param, None)
            if given is None and param in defaults and _constant(defaults[param]) is not None:
                given = defaults[param]  # a literal default reads the same at the call site
            if given is None:
                raise self.unsupported(node, f"call of '{name}' without a value for '{param}'")
            args.append(given)
        if keywords or len(positional) > len(callee.params) - len(captured):
            raise self.unsupported(
                node, f"call of '{name}' with arguments it does not take ({len(callee.params)} parameters)"
            )
        values = []
        for position, arg in enumerate(args):
            value = (
                ir.Name(self.rename(arg), type=self.var_type(arg)) if isinstance(arg, str) else self.expr(arg)
            )
            self.hint(value, callee.variables.get(callee.params[position], t.UNKNOWN))  # both ways
            self.observations.calls.setdefault(name, []).append((position, self.observed(value)))
            if self.final:
                param = callee.params[position]
                if isinstance(value.type, t.StringType) and isinstance(
                    callee.entry_types.get(param), t.ArrayType
                ):
                    # A C string's copy is never assigned: the original holds the same text.
                    original = next(
                        (
                            ir.Name(declared, type=self.param_type(python), location=value.location)
                            for python, declared in self.entry_copies.items()
                            if isinstance(value, ir.Name) and value.id == self.rename(python)
                        ),
                        None,
                    )
                    if original is None:
                        raise self.unsupported(
                            node, f"a str passed to '{name}', whose interface takes a char array"
                        )
                    value = original
                value = self.coerce(
                    value,
                    callee.entry_types.get(param) or callee.variables.get(param, t.INT),
                    None if isinstance(arg, str) else arg,
                )
            values.append(value)
        result = callee.result
        if self.final and isinstance(result, t.UnknownType):
            result = t.VOID
        printed = self.function_name if name == self.name else name
        return ir.Call(printed, tuple(values), type=result, location=self.location(node))

    def single(self, node: tree_sitter.Node, what: str) -> ir.Expr:
        args, keywords = self.arguments(node)
        if len(args) != 1 or keywords:
            raise self.unsupported(node, f"{what}() with these arguments")
        return self.expr(args[0])

    def builtin_len(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        value = self.single(node, "len")
        self.note_sequence(value)
        if self.final and isinstance(value.type, t.IntType | t.FloatType | t.BoolType | t.CharType):
            raise self.unsupported(
                node, f"len() of a value inferred to be a {describe(value.type)}: add type hints"
            )
        if isinstance(value.type, t.UnknownType):
            return ir.LibraryCall(L.LEN, (value,), type=t.INT, location=loc)
        return self.length_of(value)

    def builtin_abs(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        value = self.single(node, "abs")
        type_ = self.arith_type(value.type, t.INT) if not isinstance(value.type, t.UnknownType) else t.UNKNOWN
        return ir.LibraryCall(
            L.ABS, (_int_of_bool(value) if self.final else value,), type=type_, location=loc
        )

    def builtin_min(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        return self.extremum(node, loc, L.MIN)

    def builtin_max(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        return self.extremum(node, loc, L.MAX)

    def extremum(self, node: tree_sitter.Node, loc: SourceLocation, op: ir.LibOp) -> ir.Expr:
        args, keywords = self.arguments(node)
        if keywords:
            raise self.unsupported(node, f"{op.value}() with key or default")
        if len(args) == 1:
            if args[0].type == "generator_expression" or args[0].type == "list_comprehension":
                return self.fold(args[0], op, loc)
            bounded = self.slice_bounds(args[0])
            if bounded is not None:
                sequence, begin, end = bounded
                whole = L.MIN_ELEMENT if op == L.MIN else L.MAX_ELEMENT
                return ir.LibraryCall(
                    whole, (sequence, begin, end), type=t.element_type(sequence.type), location=loc
                )
            sequence = self.expr(args[0])
            self.note_sequence(sequence)
            element = t.element_type(sequence.type)
            if isinstance(sequence.type, t.StringType):
                raise self.unsupported(node, f"{op.value}() of a string")
            if (
                isinstance(sequence.type, t.ListType | t.SetType)
                and element not in (t.INT, WEAK01)
                and not isinstance(element, t.UnknownType)
            ):
                return self.fold_sequence(sequence, op, loc)
            whole = (op == L.MIN and L.MIN_ELEMENT) or L.MAX_ELEMENT
            end = (
                self.length_of(sequence)
                if self.module.target == "cpp" and isinstance(sequence.type, t.ArrayType)
                else None
            )
            begin = ir.IntLiteral(0, type=t.INT) if end is not None else None
            if isinstance(end, ir.LibraryCall) and end.op == L.LEN:
                begin = end = None
            return ir.LibraryCall(whole, (sequence, begin, end), type=element, location=loc)
        values = [self.expr(a) for a in args]
        type_ = _join_all([self.observed(v) for v in values])
        for value in values:
            self.hint(value, type_)
        if self.final:
            type_ = finalize(type_)
            if type_ == t.INT and any(v.type == t.LONG for v in values):
                type_ = t.LONG  # a 64-bit product among int operands: the result is 64-bit
            # A literal stays an int: a C++ `1` is no long long, and min<long long> then says which.
            values = [
                v
                if type_ == t.LONG and isinstance(v, ir.IntLiteral)
                else self.coerce(_int_of_bool(v), type_, None)
                for v in values
            ]
        result = values[0]
        for value in values[1:]:
            result = ir.LibraryCall(op, (result, value), type=type_, location=loc)
        return result

    def fold(self, node: tree_sitter.Node, op: ir.LibOp, loc: SourceLocation) -> ir.Expr:
        """``sum``/``min``/``max``/``any``/``all`` over a generator: a loop into a temporary."""
        body = node.child_by_field_name("body")
        clauses = [c for c in node.named_children if c.type in ("for_in_clause", "if_clause")]
        self.comprehension_loops(clauses, lambda: [], loc)
        element = self.expr_in_comprehension(clauses, body)
        if op in (L.CONTAINS, L.EMPTY):  # any / all
            type_: t.Type = t.BOOL
        else:
            type_ = finalize(self.observed(element)) if self.final else self.observed(element)
            if op == L.ACCUMULATE and (isinstance(type_, t.BoolType) or type_ == WEAK01):
                type_ = t.INT  # a sum of 0/1 values is a count, not a yes/no answer
        temp = self.fresh({L.ACCUMULATE: "total", L.MIN: "smallest", L.MAX: "largest"}.get(op, "found"))
        accumulator = ir.Name(temp, type=type_)
        if op == L.ACCUMULATE:
            initial: ir.Expr = (
                ir.IntLiteral(0, type=type_)
                if isinstance(type_, t.IntType)
                else ir.FloatLiteral(0.0, "0.0", type=t.DOUBLE)
            )
        elif op == L.CONTAINS:
            initial = ir.BoolLiteral(False, type=t.BOOL)
        elif op == L.EMPTY:
            initial = ir.BoolLiteral(True, type=t.BOOL)
        else:
            initial = (
                ir.LibraryCall(L.INT_MAX if op == L.MIN else L.INT_MIN, (), type=type_)
                if isinstance(type_, t.IntType)
                else ir.LibraryCall(L.FLOAT_MAX, (), type=t.DOUBLE)
            )
            if not isinstance(type_, t.IntType):
                initial = initial if op == L.MIN else ir.Unary(ir.UnaryOp.NEG, initial, type=t.DOUBLE)
            self.warn(
                f"{op.value}() of a generator: an empty one gives the {'largest' if op == L.MIN else 'smallest'} value instead of raising"
            )

        def innermost() -> list[ir.Stmt]:
            value = self.expr(body)
            if op == L.ACCUMULATE:
                value = self.coerce(_int_of_bool(value), type_, None) if self.final else value
                return [ir.ExprStmt(ir.AssignExpr(accumulator, value, op=B.ADD, type=type_))]
            if op == L.CONTAINS:
                return [
                    ir.If(
                        self.condition(value),
                        ir.Block(
                            (
                                ir.ExprStmt(
                                    ir.AssignExpr(accumulator, ir.BoolLiteral(True, type=t.BOOL), type=t.BOOL)
                                ),
                                ir.Break(),
                            )
                        ),
                    )
                ]
            if op == L.EMPTY:
                return [
                    ir.If(
                        ir.Unary(ir.UnaryOp.NOT, self.condition(value), type=t.BOOL),
                        ir.Block(
                            (
                                ir.ExprStmt(
                                    ir.AssignExpr(
                                        accumulator, ir.BoolLiteral(False, type=t.BOOL), type=t.BOOL
                                    )
                                ),
                                ir.Break(),
                            )
                        ),
                    )
                ]
            value = self.coerce(value, type_, None) if self.final else value
            return [
                ir.ExprStmt(
                    ir.AssignExpr(
                        accumulator, ir.LibraryCall(op, (accumulator, value), type=type_), type=type_
                    )
                )
            ]

        loops = self.comprehension_loops(clauses, innermost, loc)
        self.pre.append(ir.VarDecl(temp, type_, initial, location=loc))
        self.pre.extend(loops)
        return accumulator

    def slice_bounds(self, node: tree_sitter.Node) -> tuple[ir.Expr, ir.Expr, ir.Expr] | None:
        """``a[i:j]`` (no step) on an array or list as (a, i, j), for sum/min/max over a range."""
        if node.type != "subscript":
            return None
        index = node.child_by_field_name("subscript")
        if index is None or index.type != "slice" or sum(1 for c in index.children if c.type == ":") != 1:
            return None
        base = self.expr(node.child_by_field_name("value"))
        if not isinstance(base.type, t.ArrayType | t.ListType):
            return None
        parts: list[tree_sitter.Node | None] = [None, None]
        position = 0
        for child in index.children:
            if child.type == ":":
                position += 1
            elif child.is_named:
                parts[position] = child
        begin = self.slice_bound(base, parts[0]) if parts[0] is not None else ir.IntLiteral(0, type=t.INT)
        end = self.slice_bound(base, parts[1]) if parts[1] is not None else self.length_of(base)
        return base, begin, end

    def fold_sequence(self, sequence: ir.Expr, op: ir.LibOp, loc: SourceLocation) -> ir.Expr:
        """``sum``/``min``/``max`` of a list of longs or floats as a loop (the library forms assume ints)."""
        element = finalize(t.element_type(sequence.type)) if self.final else t.element_type(sequence.type)
        temp = ir.Name(
            self.fresh({L.ACCUMULATE: "total", L.MIN: "smallest"}.get(op, "largest")), type=element
        )
        item = ir.Name(self.fresh("item"), type=element)
        if op == L.ACCUMULATE:
            initial: ir.Expr = (
                ir.IntLiteral(0, type=element)
                if isinstance(element, t.IntType)
                else ir.FloatLiteral(0.0, "0.0", type=element)
            )
            update: ir.Stmt = ir.ExprStmt(ir.AssignExpr(temp, item, op=B.ADD, type=element))
            self.pre.append(ir.VarDecl(temp.id, element, initial, location=loc))
            self.pre.append(ir.ForEach(item.id, element, sequence, ir.Block((update,)), location=loc))
            return temp
        first = (
            ir.LibraryCall(L.LIST_FRONT, (sequence,), type=element)
            if isinstance(sequence.type, t.ListType)
            else None
        )
        if first is None:
            raise UnsupportedConstruct(f"rules engine: {op.value}() of a set of {describe(element)}", loc)
        self.pre.append(ir.VarDecl(temp.id, element, first, location=loc))
        better = ir.Binary(B.LT if op == L.MIN else B.GT, item, temp, type=t.BOOL)
        assign = ir.ExprStmt(ir.AssignExpr(temp, item, type=element))
        self.pre.append(
            ir.ForEach(
                item.id, element, sequence, ir.Block((ir.If(better, ir.Block((assign,))),)), location=loc
            )
        )
        return temp

    def builtin_sum(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        args, keywords = self.arguments(node)
        if len(args) != 1 or keywords:
            raise self.unsupported(node, "sum() with a start value")
        if args[0].type in ("generator_expression", "list_comprehension"):
            return self.fold(args[0], L.ACCUMULATE, loc)
        bounded = self.slice_bounds(args[0])
        if bounded is not None:
            sequence, begin, end = bounded
            element = t.element_type(sequence.type)
            zero = ir.IntLiteral(
                0, type=element if isinstance(element, t.IntType) and element != WEAK01 else t.INT
            )
            return ir.LibraryCall(L.ACCUMULATE, (sequence, begin, end, zero), type=zero.type, location=loc)
        sequence = self.expr(args[0])
        self.note_sequence(sequence)
        element = t.element_type(sequence.type)
        if isinstance(element, t.UnknownType) and not self.final:
            return ir.LibraryCall(
                L.ACCUMULATE,
                (sequence, None, None, ir.IntLiteral(0, type=t.INT)),
                type=t.UNKNOWN,
                location=loc,
            )
        element = t.INT if isinstance(element, t.BoolType) or element == WEAK01 else element
        if isinstance(sequence.type, t.ListType | t.SetType) and element != t.INT:
            return self.fold_sequence(sequence, L.ACCUMULATE, loc)
        end = (
            self.length_of(sequence)
            if self.module.target == "cpp" and isinstance(sequence.type, t.ArrayType)
            else None
        )
        begin = ir.IntLiteral(0, type=t.INT) if end is not None else None
        if isinstance(end, ir.LibraryCall) and end.op == L.LEN:
            begin = end = None
        zero: ir.Expr = (
            ir.IntLiteral(0, type=element)
            if isinstance(element, t.IntType)
            else ir.FloatLiteral(0.0, "0.0", type=t.DOUBLE)
        )
        return ir.LibraryCall(L.ACCUMULATE, (sequence, begin, end, zero), type=element, location=loc)

    def builtin_any(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if len(args) != 1 or args[0].type not in ("generator_expression", "list_comprehension"):
            raise self.unsupported(node, "any() of something other than a generator")
        return self.fold(args[0], L.CONTAINS, loc)

    def builtin_all(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if len(args) != 1 or args[0].type not in ("generator_expression", "list_comprehension"):
            raise self.unsupported(node, "all() of something other than a generator")
        return self.fold(args[0], L.EMPTY, loc)

    def builtin_int(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        value = self.single(node, "int")
        if isinstance(value.type, t.IntType):
            return value
        if isinstance(value.type, t.BoolType):
            return ir.Cast(value, type=t.INT, location=loc)
        if isinstance(value.type, t.FloatType):
            return ir.Cast(value, type=t.INT, location=loc)  # both truncate toward zero
        if isinstance(value.type, t.CharType):
            return ir.Binary(
                B.SUB, ir.Cast(value, type=t.INT), ir.CharLiteral("0", type=t.CHAR), type=t.INT, location=loc
            )
        if isinstance(value.type, t.StringType):
            return ir.LibraryCall(L.PARSE_INT, (value,), type=t.INT, location=loc)
        return ir.Cast(value, type=t.INT, location=loc) if self.final else ir.Name("?", type=t.INT)

    def builtin_float(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        value = self.single(node, "float")
        if isinstance(value, ir.StringLiteral | ir.CharLiteral) and value.value.strip().lower() in (
            "inf",
            "+inf",
            "infinity",
            "-inf",
        ):
            # Kept as a marker even in the final build: `coerce` makes it the bound of the slot's type.
            if value.value.strip().startswith("-"):
                return ir.LibraryCall(L.INT_MIN, (), type=WEAK_INF, location=loc)
            return ir.LibraryCall(L.INT_MAX, (), type=WEAK_INF, location=loc)
        if isinstance(value.type, t.StringType):
            raise self.unsupported(node, "float() of a string")
        return ir.Cast(_int_of_bool(value), type=t.DOUBLE, location=loc)

    def builtin_str(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        value = self.single(node, "str")
        if isinstance(value.type, t.StringType):
            return value
        if isinstance(value.type, t.CharType):
            return self.coerce(value, t.STRING, None)
        if isinstance(value.type, t.BoolType | t.FloatType):
            raise self.unsupported(
                node, f"str() of a {describe(value.type)} (spelled differently in C++/Java)"
            )
        return ir.LibraryCall(L.TO_STRING, (value,), type=t.STRING, location=loc)

    def builtin_bool(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        return self.condition(self.single(node, "bool"))

    def builtin_ord(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        value = self.single(node, "ord")
        self.hint(value, t.CHAR)
        return ir.Cast(value, type=t.INT, location=loc)

    def builtin_chr(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        value = self.single(node, "chr")
        return ir.Cast(value, type=t.CHAR, location=loc)

    def builtin_reversed(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        """``reversed(s)`` of a str: a reversed copy (what ``join``, ``for`` and ``list`` read from it)."""
        return self.reversed_copy(self.single(node, "reversed"), node)

    def builtin_bin(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        """``bin(n)``: ``'0b'`` and the binary digits of ``|n|``, after ``'-'`` when negative."""
        value = self.single(node, "bin")
        self.hint(value, t.INT)
        if self.final and not isinstance(value.type, t.IntType | t.BoolType):
            raise self.unsupported(node, f"bin() of a {describe(value.type)}")
        value = self.stable(_int_of_bool(value), "number", loc)
        rest = ir.Name(self.fresh("rest"), type=t.LONG)
        digits = ir.Name(self.fresh("digits"), type=t.STRING)
        two = ir.IntLiteral(2, type=t.LONG)
        zero = ir.IntLiteral(0, type=t.LONG)
        negative = ir.Binary(B.LT, value, ir.IntLiteral(0, type=t.INT), type=t.BOOL)
        magnitude = ir.Conditional(
            negative,
            ir.Unary(ir.UnaryOp.NEG, ir.Cast(value, type=t.LONG), type=t.LONG),
            ir.Cast(value, type=t.LONG),
            type=t.LONG,
        )
        digit = ir.Cast(
            ir.Binary(
                B.ADD,
                ir.CharLiteral("0", type=t.CHAR),
                ir.Cast(ir.Binary(B.TRUNC_MOD, rest, two, type=t.LONG), type=t.INT),
                type=t.INT,
            ),
            type=t.CHAR,
        )
        prepend = ir.AssignExpr(
            digits, ir.Binary(B.ADD, ir.Cast(digit, type=t.STRING), digits, type=t.STRING), type=t.STRING
        )
        self.pre += [
            ir.VarDecl(rest.id, t.LONG, magnitude, location=loc),
            ir.VarDecl(digits.id, t.STRING, ir.StringLiteral("", type=t.STRING), location=loc),
            ir.DoWhile(
                ir.Block(
                    (ir.ExprStmt(prepend), ir.ExprStmt(ir.AssignExpr(rest, two, op=B.TRUNC_DIV, type=t.LONG)))
                ),
                ir.Binary(B.GT, rest, zero, type=t.BOOL),
                location=loc,
            ),
        ]
        prefix = ir.Conditional(
            negative,
            ir.StringLiteral("-0b", type=t.STRING),
            ir.StringLiteral("0b", type=t.STRING),
            type=t.STRING,
        )
        return ir.Binary(B.ADD, prefix, digits, type=t.STRING, location=loc)

    def builtin_round(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if len(args) == 2:
            return self.round_to_digits(args[0], args[1], node, loc)
        if len(args) != 1:
            raise self.unsupported(node, "round() with these arguments")
        self.warn("round(): Python rounds halves to even, the translation rounds them away from zero")
        return ir.Cast(
            ir.LibraryCall(L.ROUND, (self.expr(args[0]),), type=t.LONG, location=loc),
            type=t.INT,
            location=loc,
        )

    def round_to_digits(
        self,
        value_node: tree_sitter.Node,
        digits_node: tree_sitter.Node,
        node: tree_sitter.Node,
        loc: SourceLocation,
    ) -> ir.Expr:
        """``round(x, d)`` for a literal ``d >= 0``: ``round(x * 10**d) / 10**d`` in floating point."""
        digits = _constant(digits_node)
        if not isinstance(digits, ir.IntLiteral) or not 0 <= digits.value <= 15:
            raise self.unsupported(node, "round() to a number of digits that is not a small literal")
        value = self.expr(value_node)
        if isinstance(value.type, t.IntType | t.BoolType):
            return value  # rounding an int to d >= 0 digits leaves it unchanged
        self.warn(
            "round(x, digits): Python rounds the exact binary value (halves to even); "
            "the translation scales by a power of ten and rounds halves away from zero"
        )
        scale = ir.FloatLiteral(float(10**digits.value), f"{10**digits.value}.0", type=t.DOUBLE)
        scaled = ir.Binary(B.MUL, value, scale, type=t.DOUBLE, location=loc)
        rounded = ir.Cast(ir.LibraryCall(L.ROUND, (scaled,), type=t.LONG, location=loc), type=t.DOUBLE)
        return ir.Binary(B.DIV, rounded, scale, type=t.DOUBLE, location=loc)

    def builtin_pow(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if len(args) == 3:
            return self.modular_power(*(self.expr(a) for a in args), loc)
        if len(args) != 2:
            raise self.unsupported(node, "pow() with these arguments")
        return self.power(self.expr(args[0]), self.expr(args[1]), node)

    def factorial(self, value: ir.Expr, loc: SourceLocation) -> ir.Expr:
        """``math.factorial(n)``: a product loop into a 64-bit temporary (exact up to 20!)."""
        self.hint(value, t.INT)
        self.warn("math.factorial(): computed in 64 bits, exact up to 20!")
        product = ir.Name(self.fresh("factorial"), type=t.LONG)
        counter = ir.Name(self.fresh("k"), type=t.INT)
        bound = self.coerce(value, t.INT, None) if self.final else value
        step = ir.ExprStmt(ir.AssignExpr(product, counter, op=B.MUL, type=t.LONG))
        self.pre += [
            ir.VarDecl(product.id, t.LONG, ir.IntLiteral(1, type=t.LONG), location=loc),
            ir.For(
                (ir.VarDecl(counter.id, t.INT, ir.IntLiteral(2, type=t.INT)),),
                ir.Binary(B.LE, counter, bound, type=t.BOOL),
                (ir.IncDec(counter, 1, False, type=t.INT),),
                ir.Block((step,)),
                location=loc,
            ),
        ]
        return product

    def modular_power(
        self, base: ir.Expr, exponent: ir.Expr, modulus: ir.Expr, loc: SourceLocation
    ) -> ir.Expr:
        """``pow(b, e, m)``: square-and-multiply in 64 bits into a temporary (exact while m*m fits)."""
        for value in (base, exponent, modulus):
            self.hint(value, t.INT)
            if self.final and not isinstance(value.type, t.IntType | t.BoolType):
                raise UnsupportedConstruct(
                    f"rules engine: pow() with a modulus of a {describe(value.type)}", loc
                )
        self.warn("pow(b, e, m): computed in 64 bits, exact while m * m fits (m < 3037000499)")
        result, square, rest = (ir.Name(self.fresh(n), type=t.LONG) for n in ("power", "square", "rest"))

        def assign(target: ir.Name, value: ir.Expr) -> ir.Stmt:
            return ir.ExprStmt(ir.AssignExpr(target, value, type=t.LONG))

        def times_mod(a: ir.Expr, b: ir.Expr) -> ir.Expr:
            return ir.Binary(B.FLOOR_MOD, ir.Binary(B.MUL, a, b, type=t.LONG), modulus, type=t.LONG)

        odd = ir.Binary(
            B.EQ,
            ir.Binary(B.BIT_AND, rest, ir.IntLiteral(1, type=t.LONG), type=t.LONG),
            ir.IntLiteral(1, type=t.LONG),
            type=t.BOOL,
        )
        body = (
            ir.If(odd, ir.Block((assign(result, times_mod(result, square)),))),
            assign(square, times_mod(square, square)),
            ir.ExprStmt(ir.AssignExpr(rest, ir.IntLiteral(1, type=t.INT), op=B.SHR, type=t.LONG)),
        )
        one = ir.Binary(B.FLOOR_MOD, ir.IntLiteral(1, type=t.LONG), modulus, type=t.LONG)  # pow(b, 0, 1) == 0
        self.pre += [
            ir.VarDecl(result.id, t.LONG, one, location=loc),
            ir.VarDecl(square.id, t.LONG, ir.Binary(B.FLOOR_MOD, base, modulus, type=t.LONG), location=loc),
            ir.VarDecl(rest.id, t.LONG, exponent, location=loc),
            ir.While(
                ir.Binary(B.GT, rest, ir.IntLiteral(0, type=t.INT), type=t.BOOL), ir.Block(body), location=loc
            ),
        ]
        return result

    def builtin_sorted(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        return self.temporary_container(node)

    def builtin_list(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if not args:
            return ir.NewContainer(type=t.ListType(t.UNKNOWN), location=loc)
        value = self.single(node, "list")
        self.note_sequence(value)
        if isinstance(value.type, t.UnknownType):
            self.hint(value, t.STRING)  # list(x) of an untyped x: almost always the characters of a string
        if isinstance(value.type, t.StringType | t.UnknownType):
            if isinstance(value, ir.StringLiteral):  # list("abc"): the characters written out
                chars = tuple(ir.CharLiteral(c, type=t.CHAR) for c in value.value)
                return ir.ArrayLiteral(chars, type=t.ArrayType(t.CHAR), location=loc)
            return ir.LibraryCall(L.STR_CHARS, (value,), type=t.ArrayType(t.CHAR), location=loc)
        if isinstance(value.type, t.ArrayType):
            initial, copy = self.copy_array(value, loc)
            temp = self.fresh("copy")
            target = ir.Name(temp, type=initial.type)
            self.pre.append(ir.VarDecl(temp, initial.type, initial, location=loc))
            self.pre.extend(copy(target))
            return target
        return ir.NewContainer(source=value, type=t.ListType(t.element_type(value.type)), location=loc)

    def builtin_set(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if not args:
            return ir.NewContainer(type=t.SetType(t.UNKNOWN), location=loc)
        value = self.single(node, "set")
        self.note_sequence(value)
        if isinstance(value.type, t.ArrayType | t.StringType):
            temp = self.fresh("elements")
            set_type = t.SetType(t.element_type(value.type))
            self.pre.append(ir.VarDecl(temp, set_type, ir.NewContainer(type=set_type), location=loc))
            item = self.fresh("item")
            target = ir.Name(temp, type=set_type)
            add = ir.ExprStmt(
                ir.LibraryCall(L.SET_ADD, (target, ir.Name(item, type=set_type.element)), type=t.VOID)
            )
            self.pre.append(ir.ForEach(item, set_type.element, value, ir.Block((add,)), location=loc))
            return target
        return ir.NewContainer(source=value, type=t.SetType(t.element_type(value.type)), location=loc)

    def builtin_dict(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if args:
            raise self.unsupported(node, "dict() of an iterable")
        return ir.NewContainer(type=t.MapType(t.UNKNOWN, t.UNKNOWN), location=loc)

    def builtin_deque(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if args:
            raise self.unsupported(node, "deque() of an iterable")
        return ir.NewContainer(type=t.DequeType(t.UNKNOWN), location=loc)

    def builtin_Queue(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if args:
            raise self.unsupported(node, "Queue() with a size limit")
        return ir.NewContainer(type=t.QueueType(t.UNKNOWN), location=loc)

    def builtin_defaultdict(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if len(args) != 1 or node_text(args[0]) not in ("int", "float", "bool"):
            raise self.unsupported(node, "defaultdict of other than int/float/bool")
        value = {"int": t.INT, "float": t.DOUBLE, "bool": t.BOOL}[node_text(args[0])]
        return ir.NewContainer(type=t.MapType(t.UNKNOWN, value), location=loc)

    def builtin_Counter(self, node: tree_sitter.Node, loc: SourceLocation) -> ir.Expr:
        args, _ = self.arguments(node)
        if not args:
            return ir.NewContainer(type=t.MapType(t.UNKNOWN, t.INT), location=loc)
        value = self.single(node, "Counter")
        self.note_sequence(value)
        element = t.element_type(value.type)
        map_type = t.MapType(element, t.INT)
        temp = self.fresh("counts")
        target = ir.Name(temp, type=map_type)
        self.pre.append(ir.VarDecl(temp, map_type, ir.NewContainer(type=map_type), location=loc))
        item = self.fresh("item")
        increment = ir.ExprStmt(
            ir.IncDec(ir.Index(target, ir.Name(item, type=element), type=t.INT), 1, False, type=t.INT)
        )
        self.pre.append(ir.ForEach(item, element, value, ir.Block((increment,)), location=loc))
        return target

    def module_function(self, module: str, name: str, node: tree_sitter.Node) -> ir.Expr:
        loc = self.location(node)
        args, keywords = self.arguments(node)
        if keywords:
            raise self.unsupported(node, f"keyword arguments to {module}.{name}()")
        values = [self.expr(a) for a in args]
        if self.final:
            values = [_int_of_bool(v) for v in values]
        if module == "collections" and hasattr(self, f"builtin_{name}"):
            return getattr(self, f"builtin_{name}")(node, loc)
        if module == "math":
            if name in _MATH_DOUBLE and len(values) == 1:
                return ir.LibraryCall(_MATH_DOUBLE[name], tuple(values), type=t.DOUBLE, location=loc)
            if name == "log" and len(values) in (1, 2):
                natural = ir.LibraryCall(L.LOG, (values[0],), type=t.DOUBLE, location=loc)
                if len(values) == 1:
                    return natural
                return ir.Binary(
                    B.DIV,
                    natural,
                    ir.LibraryCall(L.LOG, (values[1],), type=t.DOUBLE),
                    type=t.DOUBLE,
                    location=loc,
                )
            if name == "pow" and len(values) == 2:
                return ir.LibraryCall(L.POW, tuple(values), type=t.DOUBLE, location=loc)
            if name in ("floor", "ceil", "trunc") and len(values) == 1:
                if isinstance(values[0].type, t.IntType):
                    return values[0]
                inner = (
                    values[0]
                    if name == "trunc"
                    else ir.LibraryCall(
                        L.FLOOR if name == "floor" else L.CEIL, tuple(values), type=t.DOUBLE, location=loc
                    )
                )
                return ir.Cast(inner, type=t.INT, location=loc)
            if name == "factorial" and len(values) == 1:
                return self.factorial(values[0], loc)
            if name == "pow" and len(values) == 3:
                return self.modular_power(*values, loc)
            if name == "isqrt" and len(values) == 1:
                return ir.Cast(ir.LibraryCall(L.SQRT, tuple(values), type=t.DOUBLE), type=t.INT, location=loc)
            if name == "fabs" and len(values) == 1:
                return ir.LibraryCall(
                    L.ABS, (ir.Cast(values[0], type=t.DOUBLE),), type=t.DOUBLE, location=loc
                )
            if name in ("atan2", "hypot") and len(values) == 2:
                return ir.LibraryCall(
                    L.ATAN2 if name == "atan2" else L.HYPOT, tuple(values), type=t.DOUBLE, location=loc
                )
            if name == "gcd" and len(values) == 2:
                return ir.LibraryCall(
                    L.GCD, tuple(values), type=self.arith_type(values[0].type, values[1].type), location=loc
                )
        if module == "heapq" and values:
            heap = values[0]
            if isinstance(heap, ir.Name):
                element = self.observed(values[1]) if len(values) > 1 else t.element_type(heap.type)
                self.see(self.python_name(heap.id), t.PriorityQueueType(element, max_first=False))
            if name == "heappush" and len(values) == 2:
                item = self.coerce(values[1], t.element_type(heap.type), None) if self.final else values[1]
                return ir.LibraryCall(L.PUSH, (heap, item), type=t.VOID, location=loc)
            if name == "heappop" and len(values) == 1:
                return self.removed(
                    ir.LibraryCall(L.POP, (heap,), type=t.element_type(heap.type), location=loc), L.PEEK
                )
            if name == "heapify" and len(values) == 1:
                raise self.unsupported(node, "heapq.heapify() (build the heap with heappush)")
        raise self.unsupported(node, f"{module}.{name}()")

    def expr_attribute(self, node: tree_sitter.Node) -> ir.Expr:
        text = node_text(node)
        loc = self.location(node)
        if text == "math.pi":
            return ir.FloatLiteral(3.141592653589793, "3.141592653589793", type=t.DOUBLE, location=loc)
        if text == "math.e":
            return ir.FloatLiteral(2.718281828459045, "2.718281828459045", type=t.DOUBLE, location=loc)
        if text in ("math.inf",):
            return ir.LibraryCall(L.INT_MAX, (), type=WEAK_INF, location=loc)
        if text == "sys.maxsize":
            self.warn(
                "sys.maxsize is used as 'infinity': it becomes the largest value of the variable's type"
            )
            return ir.LibraryCall(L.INT_MAX, (), type=WEAK_INF, location=loc)
        raise self.unsupported(node, f"attribute '{text}'")

    def joined(
        self, value: ir.Expr, separator: ir.StringLiteral, node: tree_sitter.Node, loc: SourceLocation
    ) -> ir.Expr:
        """``sep.join(items)`` of strs or chars: a loop appending each item (and the separators) to a temporary."""
        element = t.element_type(value.type)
        if self.final and not (
            isinstance(element, t.CharType | t.StringType)
            and isinstance(value.type, t.ListType | t.ArrayType | t.StringType)
            and not (
                # a C array parameter cannot be walked by a range-for
                self.module.target == "cpp"
                and isinstance(value.type, t.ArrayType)
                and isinstance(value, ir.Name)
                and self.python_name(value.id) in self.types.params
            )
        ):
            raise self.unsupported(node, f"str.join of a {describe(value.type)}")
        result = ir.Name(self.fresh("joined"), type=t.STRING)
        item = ir.Name(self.fresh("item"), type=element)
        body: list[ir.Stmt] = []
        if separator.value:
            started = ir.Name(self.fresh("started"), type=t.BOOL)
            self.pre.append(ir.VarDecl(started.id, t.BOOL, ir.BoolLiteral(False, type=t.BOOL)))
            body += [
                ir.If(
                    started,
                    ir.Block((ir.ExprStmt(ir.AssignExpr(result, separator, op=B.ADD, type=t.STRING)),)),
                ),
                ir.ExprStmt(ir.AssignExpr(started, ir.BoolLiteral(True, type=t.BOOL), type=t.BOOL)),
            ]
        body.append(ir.ExprStmt(ir.AssignExpr(result, item, op=B.ADD, type=t.STRING)))
        self.pre.append(ir.VarDecl(result.id, t.STRING, ir.StringLiteral("", type=t.STRING), location=loc))
        self.pre.append(ir.ForEach(item.id, element, value, ir.Block(tuple(body)), location=loc))
        return result

    def each_character(self, text: ir.Expr, op: ir.LibOp, loc: SourceLocation) -> ir.Expr:
        """``s.lower()``/``s.upper()``: a new string of each character converted."""
        result = ir.Name(self.fresh("converted"), type=t.STRING)
        char = ir.Name(self.fresh("c"), type=t.CHAR)
        converted = ir.LibraryCall(op, (char,), type=t.CHAR)
        self.pre += [
            ir.VarDecl(result.id, t.STRING, ir.StringLiteral("", type=t.STRING), location=loc),
            ir.ForEach(
                char.id,
                t.CHAR,
                text,
                ir.Block((ir.ExprStmt(ir.AssignExpr(result, converted, op=B.ADD, type=t.STRING)),)),
                location=loc,
            ),
        ]
        return result

    def every_character(self, text: ir.Expr, test: ir.LibOp, loc: SourceLocation) -> ir.Expr:
        """``s.isdigit()`` and the like on a whole string: non-empty, and every character passes."""
        result = ir.Name(self.fresh("every"), type=t.BOOL)
        char = ir.Name(self.fresh("c"), type=t.CHAR)
        failed = ir.Unary(ir.UnaryOp.NOT, ir.LibraryCall(test, (char,), type=t.BOOL), type=t.BOOL)
        stop = ir.Block(
            (ir.ExprStmt(ir.AssignExpr(result, ir.BoolLiteral(False, type=t.BOOL), type=t.BOOL)), ir.Break())
        )
        non_empty = ir.Binary(
            B.GT, ir.LibraryCall(L.STR_LEN, (text,), type=t.INT), ir.IntLiteral(0, type=t.INT), type=t.BOOL
        )
        self.pre += [
            ir.VarDecl(result.id, t.BOOL, non_empty, location=loc),
            ir.ForEach(char.id, t.CHAR, text, ir.Block((ir.If(failed, stop),)), location=loc),
        ]
        return result

    def stable(self, value: ir.Expr, base: str, loc: SourceLocation) -> ir.Expr:
        """``value`` as something that may be read several times: itself if a name or a literal,
        else a temporary holding it."""
        if isinstance(value, ir.Name | ir.StringLiteral | ir.CharLiteral | ir.IntLiteral):
            return value
        temporary = ir.Name(self.fresh(base), type=value.type)
        self.pre.append(ir.VarDecl(temporary.id, value.type, value, location=loc))
        return temporary

    def as_text(self, value: ir.Expr) -> ir.Expr:
        """A str or char value as a string (``'a'`` is a one-character string in Python)."""
        if isinstance(value, ir.CharLiteral):
            return ir.StringLiteral(value.value, type=t.STRING, location=value.location)
        if isinstance(value.type, t.CharType):
            return ir.Cast(value, type=t.STRING, location=value.location)
        return value

    def string_method(
        self, text: ir.Expr, method: str, values: list[ir.Expr], node: tree_sitter.Node, loc: SourceLocation
    ) -> ir.Expr | None:
        """``startswith``, ``endswith``, ``strip``/``lstrip``/``rstrip``, ``replace`` and ``split`` on a
        str, as loops and substrings with Python's results; None for other methods."""
        if any(not isinstance(v.type, t.StringType | t.CharType) for v in values):
            if self.final:
                raise self.unsupported(node, f"str.{method}() with these arguments")
            return None

        def length(value: ir.Expr) -> ir.Expr:
            if isinstance(value, ir.StringLiteral):
                return ir.IntLiteral(len(value.value), type=t.INT)
            return ir.LibraryCall(L.STR_LEN, (value,), type=t.INT)

        def binary(op: ir.BinaryOp, left: ir.Expr, right: ir.Expr, type_: t.Type = t.BOOL) -> ir.Expr:
            return ir.Binary(op, left, right, type=type_)

        def one() -> ir.IntLiteral:
            return ir.IntLiteral(1, type=t.INT)

        def step(counter: ir.Name, op: ir.BinaryOp, amount: ir.Expr) -> ir.Stmt:
            return ir.ExprStmt(ir.AssignExpr(counter, amount, op=op, type=t.INT))

        def char_at(position: ir.Expr) -> ir.Expr:
            return ir.Index(text, position, type=t.CHAR)

        if method == "count" and len(values) == 1 and isinstance(values[0].type, t.CharType):
            found = ir.Name(self.fresh("found"), type=t.INT)
            char = ir.Name(self.fresh("c"), type=t.CHAR)
            needle = self.stable(values[0], "wanted", loc)
            self.pre += [
                ir.VarDecl(found.id, t.INT, ir.IntLiteral(0, type=t.INT), location=loc),
                ir.ForEach(
                    char.id,
                    t.CHAR,
                    text,
                    ir.Block((ir.If(binary(B.EQ, char, needle), ir.Block((step(found, B.ADD, one()),))),)),
                    location=loc,
                ),
            ]
            return found
        if method == "count" and len(values) == 1:
            needle = self.as_text(values[0])
            if not isinstance(needle, ir.StringLiteral) or not needle.value:
                # An empty needle counts len + 1 places; a computed one might be empty.
                raise self.unsupported(node, "str.count() of other than a non-empty literal")
            text = self.stable(text, "text", loc)
            found = ir.Name(self.fresh("found"), type=t.INT)
            index = ir.Name(self.fresh("i"), type=t.INT)
            size = ir.IntLiteral(len(needle.value), type=t.INT)
            after = binary(B.ADD, index, size, t.INT)
            # Python counts occurrences that do not overlap, from the left.
            self.pre += [
                ir.VarDecl(found.id, t.INT, ir.IntLiteral(0, type=t.INT), location=loc),
                ir.VarDecl(index.id, t.INT, ir.IntLiteral(0, type=t.INT), location=loc),
                ir.While(
                    binary(B.LE, after, length(text)),
                    ir.Block(
                        (
                            ir.If(
                                binary(
                                    B.EQ,
                                    ir.LibraryCall(L.SUBSTRING, (text, index, after), type=t.STRING),
                                    needle,
                                ),
                                ir.Block((step(found, B.ADD, one()), step(index, B.ADD, size))),
                                ir.Block((step(index, B.ADD, one()),)),
                            ),
                        )
                    ),
                    location=loc,
                ),
            ]
            return found
        if method in ("startswith", "endswith") and len(values) == 1:
            text = self.stable(text, "text", loc)
            affix = self.stable(self.as_text(values[0]), "affix", loc)
            start = (
                ir.IntLiteral(0, type=t.INT)
                if method == "startswith"
                else binary(B.SUB, length(text), length(affix), t.INT)
            )
            end = length(affix) if method == "startswith" else None
            piece = ir.LibraryCall(L.SUBSTRING, (text, start, end), type=t.STRING)
            fits = binary(B.GE, length(text), length(affix))
            return ir.Binary(B.AND, fits, binary(B.EQ, piece, affix), type=t.BOOL, location=loc)
        if method in ("strip", "lstrip", "rstrip") and len(values) <= 1:
            if values and not isinstance(values[0], ir.StringLiteral | ir.CharLiteral):
                raise self.unsupported(node, f"str.{method}() of characters not given as a literal")
            text = self.stable(text, "text", loc)
            begin = ir.Name(self.fresh("begin"), type=t.INT)
            end = ir.Name(self.fresh("end"), type=t.INT)

            def stripped(char: ir.Expr) -> ir.Expr:
                if not values:
                    return ir.LibraryCall(L.IS_SPACE, (char,), type=t.BOOL)
                tests = [
                    binary(B.EQ, char, ir.CharLiteral(c, type=t.CHAR))
                    for c in dict.fromkeys(values[0].value)  # type: ignore[union-attr]
                ]
                return functools.reduce(
                    lambda a, b: binary(B.OR, a, b), tests or [ir.BoolLiteral(False, type=t.BOOL)]
                )

            self.pre += [
                ir.VarDecl(begin.id, t.INT, ir.IntLiteral(0, type=t.INT), location=loc),
                ir.VarDecl(end.id, t.INT, length(text), location=loc),
            ]
            if method != "rstrip":
                more = binary(B.AND, binary(B.LT, begin, end), stripped(char_at(begin)))
                self.pre.append(ir.While(more, ir.Block((step(begin, B.ADD, one()),)), location=loc))
            if method != "lstrip":
                last = char_at(binary(B.SUB, end, one(), t.INT))
                more = binary(B.AND, binary(B.GT, end, begin), stripped(last))
                self.pre.append(ir.While(more, ir.Block((step(end, B.SUB, one()),)), location=loc))
            return ir.LibraryCall(L.SUBSTRING, (text, begin, end), type=t.STRING, location=loc)
        if method == "replace" and len(values) == 2:
            old = self.as_text(values[0])
            if not isinstance(old, ir.StringLiteral) or not old.value:
                # An empty `old` inserts `new` between all characters; a computed one might be empty.
                raise self.unsupported(node, "str.replace() of other than a non-empty literal")
            text = self.stable(text, "text", loc)
            new = self.stable(self.as_text(values[1]), "replacement", loc)
            result = ir.Name(self.fresh("replaced"), type=t.STRING)
            index = ir.Name(self.fresh("i"), type=t.INT)
            size = ir.IntLiteral(len(old.value), type=t.INT)
            after = binary(B.ADD, index, size, t.INT)
            found = binary(
                B.AND,
                binary(B.LE, after, length(text)),
                binary(B.EQ, ir.LibraryCall(L.SUBSTRING, (text, index, after), type=t.STRING), old),
            )
            append = ir.ExprStmt(ir.AssignExpr(result, new, op=B.ADD, type=t.STRING))
            keep = ir.ExprStmt(ir.AssignExpr(result, char_at(index), op=B.ADD, type=t.STRING))
            self.pre += [
                ir.VarDecl(result.id, t.STRING, ir.StringLiteral("", type=t.STRING), location=loc),
                ir.VarDecl(index.id, t.INT, ir.IntLiteral(0, type=t.INT), location=loc),
                ir.While(
                    binary(B.LT, index, length(text)),
                    ir.Block(
                        (
                            ir.If(
                                found,
                                ir.Block((append, step(index, B.ADD, size))),
                                ir.Block((keep, step(index, B.ADD, one()))),
                            ),
                        )
                    ),
                    location=loc,
                ),
            ]
            return result
        if method == "split" and len(values) <= 1:
            separator = self.as_text(values[0]) if values else None
            if separator is not None and (not isinstance(separator, ir.StringLiteral) or not separator.value):
                raise self.unsupported(node, "str.split() with a separator other than a non-empty literal")
            text = self.stable(text, "text", loc)
            parts = ir.Name(self.fresh("parts"), type=t.ListType(t.STRING))
            start = ir.Name(self.fresh("start"), type=t.INT)
            index = ir.Name(self.fresh("i"), type=t.INT)

            def add(piece: ir.Expr) -> ir.Stmt:
                return ir.ExprStmt(ir.LibraryCall(L.LIST_APPEND, (parts, piece), type=t.VOID))

            def piece(begin: ir.Expr, end: ir.Expr | None) -> ir.Expr:
                return ir.LibraryCall(L.SUBSTRING, (text, begin, end), type=t.STRING)

            self.pre += [
                ir.VarDecl(parts.id, parts.type, ir.NewContainer(type=parts.type), location=loc),
                ir.VarDecl(start.id, t.INT, ir.IntLiteral(0, type=t.INT), location=loc),
                ir.VarDecl(index.id, t.INT, ir.IntLiteral(0, type=t.INT), location=loc),
            ]
            set_start = ir.ExprStmt(ir.AssignExpr(start, index, type=t.INT))
            if separator is None:
                # Runs of whitespace separate words; none are empty (Python's split()).
                space = ir.LibraryCall(L.IS_SPACE, (char_at(index),), type=t.BOOL)
                in_word = binary(B.LT, start, index)
                self.pre.append(
                    ir.While(
                        binary(B.LT, index, length(text)),
                        ir.Block(
                            (
                                ir.If(
                                    space,
                                    ir.Block(
                                        (
                                            ir.If(in_word, ir.Block((add(piece(start, index)),))),
                                            step(index, B.ADD, one()),
                                            set_start,
                                        )
                                    ),
                                    ir.Block((step(index, B.ADD, one()),)),
                                ),
                            )
                        ),
                        location=loc,
                    )
                )
                self.pre.append(ir.If(binary(B.LT, start, index), ir.Block((add(piece(start, index)),))))
                return parts
            size = ir.IntLiteral(len(separator.value), type=t.INT)
            after = binary(B.ADD, index, size, t.INT)
            found = binary(B.EQ, piece(index, after), separator)
            self.pre += [
                ir.While(
                    binary(B.LE, after, length(text)),
                    ir.Block(
                        (
                            ir.If(
                                found,
                                ir.Block((add(piece(start, index)), step(index, B.ADD, size), set_start)),
                                ir.Block((step(index, B.ADD, one()),)),
                            ),
                        )
                    ),
                    location=loc,
                ),
                add(piece(start, None)),
            ]
            return parts
        return None

    def method_call(
        self, owner_node: tree_sitter.Node, method: str, node: tree_sitter.Node, *, statement: bool
    ) -> ir.Expr | None:
        loc = self.location(node)
        args, keywords = self.arguments(node)
        if owner_node.type in ("string", "concatenated_string") and method == "join":
            separator = self.expr(owner_node)
            if isinstance(separator, ir.CharLiteral):
                separator = ir.StringLiteral(separator.value, type=t.STRING)
            if not isinstance(separator, ir.StringLiteral):
                raise self.unsupported(node, "str.join with a computed separator")
            value = self.single(node, "join")
            if (
                separator.value == ""
                and isinstance(value.type, t.ArrayType)
                and isinstance(value.type.element, t.CharType)
            ):
                return ir.LibraryCall(L.STR_FROM_CHARS, (value,), type=t.STRING, location=loc)
            return self.joined(value, separator, node, loc)
        owner = self.expr(owner_node)
        kind = owner.type
        values = [self.expr(a) for a in args]
        name = self.python_name(owner.id) if isinstance(owner, ir.Name) else None
        if (
            method in _GROWING_METHODS
            and name is not None
            and not isinstance(kind, t.DequeType | t.MapType | t.SetType)
        ):
            self.observations.grows.add(name)
        if (
            isinstance(kind, t.UnknownType | t.ArrayType | t.ListType)
            and method in ("append", "insert")
            and values
        ):
            element = self.observed(values[-1])
            self.element_hint(owner, t.ListType(element))
        if isinstance(kind, t.UnknownType):
            if method in ("sort", "append", "pop", "reverse", "insert", "count", "index", "extend"):
                self.note_sequence(owner)
            if method in _CHAR_TESTS or method in ("lower", "upper"):
                self.hint(owner, t.CHAR)
            if method in ("startswith", "endswith", "strip", "lstrip", "rstrip", "replace", "split"):
                self.hint(owner, t.STRING)
            if not self.final:
                return ir.Name("?", type=t.UNKNOWN)
        element = t.element_type(kind)

        def arg(index: int, type_: t.Type | None = None) -> ir.Expr:
            value = values[index]
            return self.coerce(value, type_ if type_ is not None else element, None) if self.final else value

        if isinstance(kind, t.CharType | t.StringType):
            if method in _CHAR_TESTS and not values:
                if isinstance(kind, t.StringType):
                    return self.every_character(owner, _CHAR_TESTS[method], loc)
                return ir.LibraryCall(_CHAR_TESTS[method], (owner,), type=t.BOOL, location=loc)
            if method in ("lower", "upper") and not values:
                if isinstance(kind, t.StringType):
                    return self.each_character(owner, L.TO_LOWER if method == "lower" else L.TO_UPPER, loc)
                return ir.LibraryCall(
                    L.TO_LOWER if method == "lower" else L.TO_UPPER, (owner,), type=t.CHAR, location=loc
                )
            if method == "find" and len(values) == 1 and isinstance(kind, t.StringType):
                return ir.LibraryCall(L.STR_FIND, (owner, values[0]), type=t.INT, location=loc)
            if (
                method == "count"
                and len(values) == 1
                and isinstance(kind, t.StringType)
                and isinstance(values[0].type, t.CharType)
                and self.module.target == "cpp"  # Java's Collections.frequency takes a collection
            ):
                return ir.LibraryCall(L.COUNT_OF, (owner, values[0]), type=t.INT, location=loc)
            if isinstance(kind, t.StringType) and not keywords:
                built = self.string_method(owner, method, values, node, loc)
                if built is not None:
                    return built
            raise self.unsupported(node, f"str.{method}()")
        if isinstance(kind, t.ArrayType | t.ListType):
            if method == "append" and len(values) == 1:
                return ir.LibraryCall(L.LIST_APPEND, (owner, arg(0)), type=t.VOID, location=loc)
            if method == "pop" and not values:
                return ir.LibraryCall(
                    L.LIST_POP_BACK, (owner,), type=element if not statement else t.VOID, location=loc
                )
            if method == "pop" and len(values) == 1:
                index = self.index_expr(values[0])
                if statement:
                    return ir.LibraryCall(L.LIST_REMOVE_AT, (owner, index), type=t.VOID, location=loc)
                if self.module.target == "cpp" and isinstance(index, ir.Name | ir.IntLiteral):
                    # C++ erase() returns no element: read it first.
                    temp = self.fresh("removed")
                    type_ = finalize(element) if self.final else element
                    self.pre.append(
                        ir.VarDecl(temp, type_, ir.Index(owner, index, type=element), location=loc)
                    )
                    self.pre.append(
                        ir.ExprStmt(
                            ir.LibraryCall(L.LIST_REMOVE_AT, (owner, index), type=t.VOID), location=loc
                        )
                    )
                    return ir.Name(temp, type=type_)
                return ir.LibraryCall(L.LIST_REMOVE_AT, (owner, index), type=element, location=loc)
            if method == "insert" and len(values) == 2:
                return ir.LibraryCall(
                    L.LIST_INSERT, (owner, self.index_expr(values[0]), arg(1)), type=t.VOID, location=loc
                )
            if method == "sort" and not values:
                return self.sort_call(owner, keywords, node)
            if method == "reverse" and not values:
                return ir.LibraryCall(L.REVERSE, (owner, None, None), type=t.VOID, location=loc)
            if method == "count" and len(values) == 1:
                return ir.LibraryCall(L.COUNT_OF, (owner, arg(0)), type=t.INT, location=loc)
            if method == "clear" and not values:
                return ir.LibraryCall(L.CLEAR, (owner,), type=t.VOID, location=loc)
            raise self.unsupported(node, f"list.{method}()")
        if isinstance(kind, t.MapType):
            if method == "get" and len(values) in (1, 2):
                key = arg(0, kind.key)
                if len(values) == 2:
                    self.element_hint(owner, t.MapType(self.observed(values[0]), self.observed(values[1])))
                    default = arg(1, kind.value)
                else:
                    self.element_hint(owner, t.MapType(self.observed(values[0]), t.UNKNOWN))
                    default = self.zero(kind.value)
                    if default is None or not isinstance(kind.value, t.IntType | t.FloatType | t.BoolType):
                        raise self.unsupported(node, "dict.get() without a default on non-numeric values")
                    self.warn("dict.get(key) without a default: None is read as 0")
                return ir.LibraryCall(L.MAP_GET_OR, (owner, key, default), type=kind.value, location=loc)
            if method in ("keys", "values", "items") and not values:
                op = {"keys": L.MAP_KEYS, "values": L.MAP_VALUES, "items": L.MAP_ITEMS}[method]
                result = {
                    "keys": t.SetType(kind.key),
                    "values": t.ListType(kind.value),
                    "items": t.ListType(t.PairType(kind.key, kind.value)),
                }[method]
                return ir.LibraryCall(op, (owner,), type=result, location=loc)
            if method == "pop" and len(values) == 1:
                return ir.LibraryCall(L.MAP_REMOVE, (owner, arg(0, kind.key)), type=t.VOID, location=loc)
            if method == "clear":
                return ir.LibraryCall(L.CLEAR, (owner,), type=t.VOID, location=loc)
            raise self.unsupported(node, f"dict.{method}()")
        if isinstance(kind, t.SetType):
            if method == "add" and len(values) == 1:
                self.element_hint(owner, t.SetType(self.observed(values[0])))
                return ir.LibraryCall(L.SET_ADD, (owner, arg(0)), type=t.VOID, location=loc)
            if method in ("remove", "discard") and len(values) == 1:
                return ir.LibraryCall(L.SET_REMOVE, (owner, arg(0)), type=t.VOID, location=loc)
            if method == "clear":
                return ir.LibraryCall(L.CLEAR, (owner,), type=t.VOID, location=loc)
            raise self.unsupported(node, f"set.{method}()")
        if isinstance(kind, t.QueueType):
            if method in ("put", "put_nowait") and len(values) == 1:
                if name is not None:
                    self.see(name, t.QueueType(self.observed(values[0])))
                return ir.LibraryCall(L.PUSH, (owner, arg(0)), type=t.VOID, location=loc)
            if method in ("get", "get_nowait") and not values:
                return self.removed(
                    ir.LibraryCall(L.POP, (owner,), type=element, location=loc), L.PEEK, statement
                )
            if method == "empty" and not values:
                return ir.LibraryCall(L.EMPTY, (owner,), type=t.BOOL, location=loc)
            if method == "qsize" and not values:
                return ir.LibraryCall(L.LEN, (owner,), type=t.INT, location=loc)
            raise self.unsupported(node, f"Queue.{method}()")
        if isinstance(kind, t.DequeType):
            if method in ("append", "appendleft") and len(values) == 1:
                if name is not None:
                    self.see(name, t.DequeType(self.observed(values[0])))
                return ir.LibraryCall(
                    L.PUSH if method == "append" else L.PUSH_FRONT, (owner, arg(0)), type=t.VOID, location=loc
                )
            if method == "popleft" and not values:
                return self.removed(
                    ir.LibraryCall(L.POP_FRONT, (owner,), type=element, location=loc), L.PEEK, statement
                )
            if method == "pop" and not values:
                return self.removed(
                    ir.LibraryCall(L.POP, (owner,), type=element, location=loc), L.PEEK_BACK, statement
                )
            raise self.unsupported(node, f"deque.{method}()")
        raise self.unsupported(node, f"method {method}() on a {describe(kind)}")

    def removed(self, call: ir.LibraryCall, peek: ir.LibOp, statement: bool = False) -> ir.Expr:
        """A pop whose value is used: C++ pops return nothing, so read the element first."""
        if self.module.target != "cpp" or statement:
            return call
        container = call.args[0]
        assert container is not None
        temp = self.fresh("top")
        type_ = finalize(call.type) if self.final else call.type
        self.pre.append(
            ir.VarDecl(
                temp, type_, ir.LibraryCall(peek, (container,), type=call.type), location=call.location
            )
        )
        self.pre.append(ir.ExprStmt(ir.LibraryCall(call.op, call.args, type=t.VOID), location=call.location))
        return ir.Name(temp, type=type_)

    def sort_call(
        self, target: ir.Expr, keywords: dict[str, tree_sitter.Node], node: tree_sitter.Node
    ) -> ir.Expr:
        loc = self.location(node)
        reverse = False
        if "reverse" in keywords:
            flag = self.expr(keywords["reverse"])
            if not isinstance(flag, ir.BoolLiteral):
                raise self.unsupported(node, "sort with a computed reverse flag")
            reverse = flag.value
        if set(keywords) - {"reverse", "key"}:
            raise self.unsupported(node, "sort with these arguments")
        begin: ir.Expr | None = None
        end: ir.Expr | None = None
        if self.module.target == "cpp" and isinstance(target.type, t.ArrayType):
            begin, end = ir.IntLiteral(0, type=t.INT), self.length_of(target)
        if "key" not in keywords:
            return ir.LibraryCall(
                L.SORT_DESC if reverse else L.SORT,
                (target, begin, end) + (() if reverse else (None,)),
                type=t.VOID,
                location=loc,
            )
        key_node = keywords["key"]
        if key_node.type != "lambda":
            raise self.unsupported(key_node, "sort key other than a lambda")
        params = key_node.child_by_field_name("parameters")
        names = [node_text(p) for p in params.named_children] if params else []
        if len(names) != 1:
            raise self.unsupported(key_node, "sort key lambda with several parameters")
        element = t.element_type(target.type)
        original = self.types.variables.get(names[0])
        first, second = self.fresh("a"), self.fresh("b")
        results = []
        for printed in (first, second):
            self.types.variables[names[0]] = element
            self.renames[names[0]] = printed
            results.append(self.expr(key_node.child_by_field_name("body")))
        self.renames.pop(names[0], None)
        if original is None:
            self.types.variables.pop(names[0], None)
        else:
            self.types.variables[names[0]] = original
        key_a, key_b = results
        if not isinstance(
            key_a.type, t.IntType | t.FloatType | t.CharType | t.StringType | t.BoolType | t.UnknownType
        ):
            raise self.unsupported(key_node, f"sort key of type {describe(key_a.type)}")
        before = ir.Binary(B.GT if reverse else B.LT, key_a, key_b, type=t.BOOL)
        comparator = ir.Lambda(
            (ir.Param(first, element), ir.Param(second, element)),
            before,
            type=t.FunctionType((element, element), t.BOOL),
        )
        return ir.LibraryCall(L.SORT, (target, begin, end, comparator), type=t.VOID, location=loc)

    # -- conversions ---------------------------------------------------------------------------------
    def condition(self, expr: ir.Expr) -> ir.Expr:
        """``expr`` as a truth value (Python truthiness)."""
        type_ = expr.type
        if isinstance(type_, t.BoolType):
            return expr
        if isinstance(type_, t.UnknownType):
            if not self.final:
                return expr
            type_ = t.INT
        if isinstance(type_, t.IntType):
            return ir.Binary(
                B.NE, expr, ir.IntLiteral(0, type=type_ if type_ != WEAK01 else t.INT), type=t.BOOL
            )
        if isinstance(type_, t.FloatType):
            return ir.Binary(B.NE, expr, ir.FloatLiteral(0.0, "0.0", type=t.DOUBLE), type=t.BOOL)
        if isinstance(type_, t.CharType):
            self.warn("a one-character string is always true in Python")
            return ir.BoolLiteral(True, type=t.BOOL)
        if isinstance(
            type_,
            t.StringType
            | t.ListType
            | t.MapType
            | t.SetType
            | t.DequeType
            | t.PriorityQueueType
            | t.ArrayType,
        ):
            return ir.Unary(ir.UnaryOp.NOT, ir.LibraryCall(L.EMPTY, (expr,), type=t.BOOL), type=t.BOOL)
        return expr

    def coerce(self, expr: ir.Expr, target: t.Type, node: tree_sitter.Node | None) -> ir.Expr:
        """``expr`` converted to ``target`` where Python's value fits it (literals retyped, casts added)."""
        source = expr.type
        if source == target or isinstance(target, t.UnknownType):
            return expr
        if isinstance(expr, ir.NullLiteral):
            if isinstance(target, t.IntType | t.FloatType | t.BoolType | t.CharType):
                raise UnsupportedConstruct(
                    f"rules engine: None where a {describe(target)} is expected", expr.location
                )
            return ir.NullLiteral(type=target, location=expr.location)
        if (
            isinstance(expr, ir.LibraryCall)
            and expr.op in (L.INT_MAX, L.INT_MIN)
            and not expr.args
            and expr.type in (WEAK_INF, t.DOUBLE)
        ):
            if isinstance(target, t.IntType):
                return ir.LibraryCall(expr.op, (), type=target, location=expr.location)
            if isinstance(target, t.FloatType):
                big = ir.LibraryCall(L.FLOAT_MAX, (), type=t.DOUBLE, location=expr.location)
                return big if expr.op == L.INT_MAX else ir.Unary(ir.UnaryOp.NEG, big, type=t.DOUBLE)
        if isinstance(expr, ir.IntLiteral):
            if isinstance(target, t.IntType):
                return ir.IntLiteral(expr.value, type=target, location=expr.location)
            if isinstance(target, t.BoolType) and expr.value in (0, 1):
                return ir.BoolLiteral(bool(expr.value), type=t.BOOL, location=expr.location)
            if isinstance(target, t.FloatType):
                return ir.FloatLiteral(
                    float(expr.value), f"{expr.value}.0", type=target, location=expr.location
                )
        if isinstance(expr, ir.BoolLiteral) and isinstance(target, t.IntType | t.FloatType):
            return ir.IntLiteral(
                int(expr.value),
                type=t.INT if isinstance(target, t.FloatType) else target,
                location=expr.location,
            )
        if isinstance(expr, ir.CharLiteral) and isinstance(target, t.StringType):
            return ir.StringLiteral(expr.value, type=t.STRING, location=expr.location)
        if isinstance(source, t.CharType) and isinstance(target, t.StringType):
            return ir.Cast(expr, type=t.STRING, location=expr.location)
        if isinstance(source, t.BoolType) and isinstance(target, t.IntType | t.FloatType):
            return ir.Cast(expr, type=target, location=expr.location)
        if isinstance(source, t.IntType) and isinstance(target, t.IntType):
            if (source.bits or 64) > (target.bits or 64):
                return ir.Cast(expr, type=target, location=expr.location)
            return expr
        if isinstance(source, t.IntType | t.CharType) and isinstance(target, t.FloatType):
            return expr
        if isinstance(expr, ir.ArrayLiteral) and isinstance(target, t.ArrayType | t.ListType):
            elements = tuple(self.coerce(e, target.element, None) for e in expr.elements)
            return ir.ArrayLiteral(elements, type=target, location=expr.location)
        if isinstance(expr, ir.NewContainer) and type(expr.type) is type(target):
            return ir.NewContainer(
                expr.size, expr.fill, expr.source, expr.comparator, type=target, location=expr.location
            )
        if (
            isinstance(expr, ir.NewContainer)
            and isinstance(expr.type, t.ListType)
            and isinstance(target, t.PriorityQueueType)
            and expr.source is None
        ):
            return ir.NewContainer(type=target, location=expr.location)
        if (
            isinstance(expr, ir.NewContainer)
            and isinstance(target, t.ArrayType)
            and expr.size is not None
            and expr.source is not None
        ):
            return expr  # a copy of an array (see copy_array)
        if isinstance(expr, ir.NewArray) and isinstance(target, t.ArrayType):
            return ir.NewArray(expr.dims, expr.fill, type=target, location=expr.location)
        if (
            isinstance(expr, ir.LibraryCall)
            and isinstance(target, t.ArrayType | t.ListType)
            and isinstance(source, t.ArrayType | t.ListType)
        ):
            return expr
        if isinstance(source, t.FloatType) and isinstance(target, t.IntType):
            raise UnsupportedConstruct(
                "rules engine: a float value where an int is expected",
                expr.location or (self.location(node) if node else None),
            )
        if isinstance(source, t.PairType | t.SetType | t.MapType | t.ListType | t.ArrayType) and type(
            source
        ) is type(target):
            return expr
        return expr


class _Fake:
    """Stands in for an assignment node where a tuple assignment assigns one target."""

    type = "tuple_part"
    id = -1

    def __init__(self, node: tree_sitter.Node) -> None:
        self.start_point = node.start_point
        self.start_byte = node.start_byte


def _cannot_raise(statement: tree_sitter.Node) -> bool:
    """Whether a statement surely raises nothing: a jump, or a name given a literal or a name."""
    if statement.type in ("continue_statement", "break_statement", "pass_statement", "comment"):
        return True
    if statement.type == "return_statement":
        return all(c.type in _LITERAL_NODES for c in statement.named_children)
    if statement.type == "expression_statement" and statement.named_children[0].type in (
        "assignment",
        "augmented_assignment",
    ):
        assignment = statement.named_children[0]
        operator = assignment.child_by_field_name("operator")
        return (
            assignment.child_by_field_name("left").type == "identifier"
            and assignment.child_by_field_name("right").type in _LITERAL_NODES
            and (operator is None or node_text(operator) in ("+=", "-=", "*=", "|=", "&=", "^="))
        )
    return False


_LITERAL_NODES = frozenset({"identifier", "integer", "float", "string", "true", "false", "none"})


def _spelled(type_: t.Type) -> str:
    """A scalar type in words for a message or a name (``unsigned int``, ``long``, ``a C string``)."""
    if isinstance(type_, t.IntType) and type_.bits in (8, 16, 32, 64):
        width = {8: "byte", 16: "short", 32: "int", 64: "long"}[type_.bits]
        return width if type_.signed else f"unsigned {width}"
    if isinstance(type_, t.ArrayType) and isinstance(type_.element, t.CharType):
        return "a C string"
    if isinstance(type_, t.StringType):
        return "a string"
    return describe(type_)


def _descendants_or_self(node: tree_sitter.Node, kind: str) -> list[tree_sitter.Node]:
    return ([node] if node.type == kind else []) + _descendants(node, kind)


def _join_all(types: list[t.Type]) -> t.Type:
    result: t.Type = t.UNKNOWN
    for type_ in types:
        try:
            result = join(result, type_)
        except TypeConflict:
            raise UnsupportedConstruct(
                f"rules engine: values of incompatible types {describe(result)} and {describe(type_)}"
            ) from None
    return result


def _array_of(element: t.Type, depth: int) -> t.Type:
    for _ in range(depth):
        element = t.ArrayType(element)
    return element


def _is_zero(expr: ir.Expr) -> bool:
    if isinstance(expr, ir.IntLiteral):
        return expr.value == 0
    if isinstance(expr, ir.BoolLiteral):
        return not expr.value
    if isinstance(expr, ir.FloatLiteral):
        return expr.value == 0.0
    return False


def _is_constant(expr: ir.Expr) -> bool:
    return isinstance(expr, ir.IntLiteral | ir.FloatLiteral | ir.CharLiteral | ir.BoolLiteral)


def _has_call(expr: ir.Expr) -> bool:
    return any(isinstance(n, ir.Call) for n in ir.walk(expr))


def _small_constant(expr: ir.Expr) -> bool:
    if isinstance(expr, ir.Cast):
        expr = expr.operand
    return (isinstance(expr, ir.IntLiteral) and abs(expr.value) < 2**16) or isinstance(expr, ir.BoolLiteral)


def _int_of_bool(expr: ir.Expr) -> ir.Expr:
    if isinstance(expr.type, t.BoolType):
        if isinstance(expr, ir.BoolLiteral):
            return ir.IntLiteral(int(expr.value), type=t.INT, location=expr.location)
        return ir.Cast(expr, type=t.INT, location=expr.location)
    return expr


def _directly_assigned(node: ir.Node) -> set[str]:
    names: set[str] = set()
    for child in ir.walk(node):
        if isinstance(child, ir.AssignExpr | ir.IncDec) and isinstance(child.target, ir.Name):
            names.add(child.target.id)
        elif isinstance(child, ir.LibraryCall) and child.op == L.SWAP:
            names.update(a.id for a in child.args if isinstance(a, ir.Name))
    return names


def _constant(node: tree_sitter.Node) -> ir.Expr | None:
    """The value of a module-level constant (a number, string or bool literal, possibly negated)."""
    text = node_text(node)
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return None
    if isinstance(value, bool):
        return ir.BoolLiteral(value, type=t.BOOL)
    if isinstance(value, int):
        return ir.IntLiteral(value, type=t.INT if -(2**31) <= value < 2**31 else t.LONG)
    if isinstance(value, float):
        return ir.FloatLiteral(value, repr(value), type=t.DOUBLE)
    if isinstance(value, str):
        return ir.StringLiteral(value, type=t.STRING)
    return None


def translate_python(
    code: str,
    target: str,
    signature: str | None,
    back_end: Callable[[ir.Module], str],
    *,
    exact_ints: bool = True,
) -> tuple[str, list[str]]:
    """``code`` translated to ``target`` by ``back_end``, with the inference warnings."""
    from transcoder.engines.rules.signature import parse_signature

    pinned = parse_signature(signature) if signature else None
    result = parse_python(code, signature=pinned, target=target, exact_ints=exact_ints)
    return back_end(result.module), result.warnings


def _ascending_step(step: ir.Expr) -> bool:
    """Whether a range() step is a positive literal."""
    return isinstance(step, ir.IntLiteral) and step.value > 0


def _breaks(stmt: ir.Node) -> bool:
    """Whether a ``break`` in ``stmt`` leaves the loop whose body ``stmt`` is."""
    if isinstance(stmt, ir.Break):
        return True
    if isinstance(stmt, ir.While | ir.For | ir.ForEach | ir.DoWhile):
        return False
    return any(_breaks(child) for child in ir.children(stmt))


def _self_combination(value: ir.Expr, base: ir.Expr) -> bool:
    """Whether ``value`` adds or multiplies two or more elements of the table ``base`` belongs to."""
    root = base
    while isinstance(root, ir.Index):
        root = root.base
    if (
        not isinstance(root, ir.Name)
        or not isinstance(value, ir.Binary)
        or value.op not in (B.ADD, B.SUB, B.MUL)
    ):
        return False
    reads = 0
    for node in ir.walk(value):
        if isinstance(node, ir.Index) and not isinstance(node.base, ir.Index):
            reads += isinstance(node.base, ir.Name) and node.base.id == root.id
    return reads >= 2


def _free_identifiers(node: tree_sitter.Node) -> list[tree_sitter.Node]:
    """Identifiers in ``node`` not bound by a comprehension inside it."""
    bound = {
        node_text(n)
        for clause in _descendants_or_self(node, "for_in_clause")
        for n in _targets(clause.child_by_field_name("left"))
    }
    return [n for n in _descendants_or_self(node, "identifier") if node_text(n) not in bound]
