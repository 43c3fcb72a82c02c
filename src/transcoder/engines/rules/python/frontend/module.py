"""The module level of the Python front end: functions and constants, the inference rounds, and the
parameters' defaults.

Each function is built several times (``python.infer`` explains why): the non-final builds only
record what they learn about types; the final build uses the fixpoint environment and inserts the
conversions the typed targets need. Python constructs without a direct IR form are lowered by
the builder's mixins:

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
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import warnings
from dataclasses import dataclass, field

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.lengths import reads_length, used_only_as_length
from transcoder.engines.rules.python.frontend.base import length_pairs
from transcoder.engines.rules.python.frontend.classes import (
    ClassTable,
    declarations,
    method_parameters,
    read_class,
    role_hints,
)
from transcoder.engines.rules.python.frontend.declarations import (
    FunctionFacts,
    plan_declarations,
    split_converted_variable,
)
from transcoder.engines.rules.python.frontend.forms import target_forms
from transcoder.engines.rules.python.frontend.function import FunctionBuilder
from transcoder.engines.rules.python.frontend.hints import LENGTH_NAME, TEXT_NAME, hint_from_text
from transcoder.engines.rules.python.frontend.memo import check_memo_syntax, memo_decorator, memoise
from transcoder.engines.rules.python.frontend.module_sets import bound_membership
from transcoder.engines.rules.python.frontend.program import script_entry
from transcoder.engines.rules.python.frontend.state import (
    check_aliasing,
    declared_globals,
    module_variable,
    top_level_names,
)
from transcoder.engines.rules.python.frontend.syntax import (
    assigned_in,
    descendants,
    param_name,
    param_names,
    star_parameter,
    star_pattern,
)
from transcoder.engines.rules.python.frontend.tree import (
    Syntax,
    copy_tree,
    decorator_text,
    node_text,
    release,
)
from transcoder.engines.rules.python.frontend.user_exceptions import exception_base
from transcoder.engines.rules.python.frontend.widths import grow_big, has_big, widen
from transcoder.engines.rules.python.infer import (
    NONE,
    WEAK01,
    FunctionTypes,
    Observations,
    TypeConflict,
    finalize,
    solve,
)
from transcoder.engines.rules.signature import Signature
from transcoder.errors import SourceLocation, SyntaxErrorInSource, UnsupportedConstruct
from transcoder.languages import get_language

_SPLITS = 8  # variables split for a change of type, at most; real functions have one or two
_WIDENING_ROUNDS = 12  # final builds while values widen to 64 bits (widths.py); a chain (a, b, c = b, c, a + b + c) widens one a round


@dataclass(slots=True)
class PythonModule:
    """The result of the Python front end: the IR module and the guesses made on the way."""

    module: ir.Module
    warnings: list[str] = field(default_factory=list)
    types: dict[str, FunctionTypes] = field(default_factory=dict)
    """What inference settled on for each function (its variables, parameters and result)."""


def parse_python(
    code: str,
    *,
    signature: Signature | None = None,
    target: str = "",
    exact_ints: bool = True,
    big_ints: bool = True,
) -> PythonModule:
    """The typed IR of a Python file (functions and constant globals) and the inference warnings.

    ``exact_ints`` (the default) computes products of two variables in 64 bits, since Python
    integers do not overflow; False keeps them in 32-bit ``int`` as C and Java code usually does.
    ``big_ints``: the target has a big integer for values 64 bits may not hold (``widths``).
    """
    language = get_language("python")
    rejected = python_syntax_error(code)
    if rejected is not None:
        raise rejected  # tree-sitter also reads Python 2 (`1L`, `017`, `print x`): Python 3 does not
    tree = language.parse(code)
    if tree.root_node.has_error:
        errors = language.syntax_errors(code)
        raise errors[0] if errors else _first_error(tree.root_node)
    code, entry = script_entry(code)  # the `__main__` block as a function (program.py)
    tree = language.parse(code) if entry is not None else tree
    root = copy_tree(tree, code)
    if (bound := bound_membership(code, root)) is not None:  # f = frozenset(...).__contains__ (module_sets.py)
        code, root = bound, copy_tree(language.parse(bound), bound)
    try:
        split_notes: list[str] = []
        for _ in range(_SPLITS):
            split = split_converted_variable(code, root)
            if split is None:
                break
            code, note = split
            split_notes.append(note)
            release(root)
            root = copy_tree(language.parse(code), code)
        builder = ModuleBuilder(root, signature, target)
        builder.exact_ints = exact_ints
        builder.big_ints = big_ints and exact_ints
        builder.program = entry is not None
        builder.entry = entry
        builder.warnings.extend(split_notes)
        built = builder.build()
    finally:
        release(root)  # nothing reads the tree after the build: freed without the cycle collector
    if entry is not None:
        built.module = dataclasses.replace(built.module, entry=entry)
    return built


def python_syntax_error(code: str) -> SyntaxErrorInSource | None:
    """Python 3's own SyntaxError for ``code`` (with its line and column), or None if it compiles."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. invalid escape sequences: not a syntax error
            compile(code, "<source>", "exec", flags=ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as error:  # IndentationError and TabError included
        if (error.msg or "").startswith("too many "):  # CPython's limits (100 indentation levels,
            return None  # 200 nested brackets), not Python's grammar: the function still has a meaning
        line = error.lineno or 1
        column = max(error.offset or 1, 1)
        return SyntaxErrorInSource(f"syntax error in python source: {error.msg}", SourceLocation(line, column))
    except (ValueError, RecursionError, MemoryError):  # NUL bytes, absurd nesting: tree-sitter decides
        return None
    return None


def _first_error(root: tree_sitter.Node) -> SyntaxErrorInSource:
    """Where tree-sitter's parse has an error it shows no ERROR or MISSING node for (code that
    Python compiles but tree-sitter's grammar lacks): the innermost erroneous node's start."""
    node = root
    while True:
        inner = next((child for child in node.children if child.has_error), None)
        if inner is None:
            break
        node = inner
    row, column = node.start_point
    prefix = root.text[: node.start_byte] if root.text is not None else b""
    column = len(prefix.rsplit(b"\n", 1)[-1].decode("utf-8", "replace")) if prefix else column
    return SyntaxErrorInSource(
        f"syntax error in python source: unexpected '{node.type}'", SourceLocation(row + 1, column + 1)
    )


class ModuleBuilder:
    def __init__(self, root: Syntax, signature: Signature | None, target: str) -> None:
        self.root = root
        self.signature = signature
        self.forms = target_forms(target)
        self.functions: dict[str, Syntax] = {}
        self.globals: dict[str, ir.VarDecl] = {}
        self.warnings: list[str] = []
        self.types: dict[str, FunctionTypes] = {}
        self.facts: dict[str, FunctionFacts] = {}
        # Function -> its *args parameter, a list of the positional arguments left over.
        self.star_params: dict[str, str] = {}
        # A whole program (a `__main__` block): its calls show the arrays' lengths, so the GfG
        # convention that an int after an array is its length is not assumed (as for C++ and Java).
        self.program = False
        # Functions a path of which returns an int (or a bool) where the result is a float (or an
        # int): printed, the translation's value would not read as Python's (calls.print_call).
        self.mixed_results: set[str] = set()
        # Nested function -> the variables of its enclosing function it reads (extra parameters).
        self.captured: dict[str, list[str]] = {}
        self.memoised: dict[str, Syntax] = {}  # function -> its @lru_cache decorator (memo.py)
        self.exception_bases: dict[str, str] = {}  # user exception class -> its standard base
        # Function -> its arrays whose len() an inference build replaced by a length parameter.
        self.lengths_read: dict[str, set[str]] = {}
        self.exact_ints = True
        self.big_ints = True  # a target with big integers: values 64 bits may not hold (widths.py)
        self.wide: set[int] = set()  # syntax nodes whose int arithmetic is 64-bit (widths.py)
        self.big: set[int] = set()  # syntax nodes whose int arithmetic is a big integer (widths.py)
        self.grown: set[tuple[str, str]] = set()  # (function, variable) multiplying itself in a loop
        self.big_made = False  # a big integer the front end made itself (math.factorial)
        self.built: dict[str, ir.Function] = {}  # the functions of the final build so far, by name
        # (function, length, array) -> (that function, used_only_as_length's answer): asked of the
        # last inference build by arrays_without_length and again by each final build.
        self.length_uses: dict[tuple[int, str, str], tuple[ir.Function, bool]] = {}
        self.class_table = ClassTable()  # the file's classes (classes.py)
        self.entry: str | None = None  # the `__main__` block's function (program.py)
        # Function -> the module variables it rebinds (`global x`; the `__main__` block's): state.py
        self.global_names: dict[str, frozenset[str]] = {}
        self.rebound: set[str] = set()  # module variables some function rebinds

    def location(self, node: Syntax) -> SourceLocation:
        return node.location

    def unsupported(self, node: Syntax, what: str | None = None) -> UnsupportedConstruct:
        snippet = " ".join(node_text(node).split())
        if len(snippet) > 40:
            snippet = snippet[:37] + "..."
        description = what or f"{node.type.replace('_', ' ')} '{snippet}'"
        return UnsupportedConstruct(
            f"rules engine: unsupported Python construct: {description}", self.location(node)
        )

    def collect(self, block: Syntax) -> None:
        for child in block.named_children:
            if child.type == "function_definition":
                self.add_function(child)
            elif child.type == "class_definition" and exception_base(child, self.exception_bases):
                name = node_text(child.field("name"))
                if name in self.exception_bases:
                    raise self.unsupported(child, f"second definition of class '{name}'")
                self.exception_bases[name] = exception_base(child, self.exception_bases) or ""
                self.warnings.append(f"class {name}: raised as {self.exception_bases[name]}, which it only renames")
            elif child.type == "class_definition" or (
                child.type == "decorated_definition" and child.field("definition").type == "class_definition"
            ):
                read_class(self.class_table, child, self.functions)
            elif child.type == "decorated_definition":
                self.add_decorated(child)
            elif child.type == "expression_statement" and child.named_children[0].type == "assignment":
                self.add_global(child.named_children[0])
            elif child.type in (
                "import_statement",
                "import_from_statement",
                "comment",
                "future_import_statement",
            ):
                continue
            elif child.type == "if_statement" and "__name__" in node_text(child.field("condition")):
                continue  # the script's entry point is not part of the translation
            elif child.type == "expression_statement" and child.named_children[0].type == "string":
                continue  # a docstring
            else:
                raise self.unsupported(child)

    def add_function(self, node: Syntax) -> None:
        name = node_text(node.field("name"))
        if name in self.functions:
            raise self.unsupported(node, f"second definition of function '{name}'")
        # Nested functions become module functions; the enclosing function's variables they read
        # become extra parameters, passed at each call (a read at call time sees the same value).
        body = node.field("body")
        nested_functions = descendants(body, "function_definition")
        nested_names = {node_text(n.field("name")) for n in nested_functions}
        for nested in nested_functions:
            outer_names = assigned_in(node) - assigned_in(nested) - set(param_names(nested)) - nested_names
            free = {node_text(n) for n in descendants(nested, "identifier")} & outer_names
            nested_name = node_text(nested.field("name"))
            if free and descendants(nested, "nonlocal_statement"):
                raise self.unsupported(nested, f"nested function '{nested_name}' assigning to its enclosing "
                                       f"function's variables ({', '.join(sorted(free))})")  # fmt: skip
            if free:
                self.captured[nested_name] = sorted(free)
                self.warnings.append(
                    f"{nested_name}: reads {', '.join(sorted(free))} of its enclosing function; passed as parameters"
                )
            self.add_function(nested)
        self.functions[name] = node  # after its nested functions: C++ needs them declared first
        star = star_parameter(node)
        if star is not None:
            self.star_params[name] = star

    def add_decorated(self, node: Syntax) -> None:
        """A function with ``@lru_cache`` or ``@cache`` (memo.py); any other decorator is refused."""
        definition = node.field("definition")
        defined = set(top_level_names(self.root)) | {
            node_text(child.field("name")) for child in self.root.named_children if child.type == "function_definition"
        }
        memo = memo_decorator(node, defined)
        if memo is None:
            decorator = next(d for d in node.named_children if d.type == "decorator")
            raise self.unsupported(decorator, f"decorator '@{decorator_text(decorator)}'")
        check_memo_syntax(definition, memo, self.unsupported)
        self.add_function(definition)
        self.memoised[node_text(definition.field("name"))] = memo

    def add_global(self, node: Syntax) -> None:
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or left.type != "identifier":
            raise self.unsupported(node, "module-level statement other than a constant")
        name = node_text(left)
        if name in self.globals:
            raise self.unsupported(node, f"second top-level assignment to '{name}'")
        self.globals[name] = module_variable(node, name, name in self.rebound, self.unsupported, self.globals)

    def read_state(self) -> None:
        """The module variables each function rebinds, then the module's declarations (state.py)."""
        functions = {
            node_text(child.field("name")): child
            for child in self.root.named_children
            if child.type == "function_definition"
        }
        self.global_names = declared_globals(self.root, functions, top_level_names(self.root), self.entry, self.unsupported)
        self.rebound = {name for names in self.global_names.values() for name in names}
        self.collect(self.root)
        check_aliasing(self.functions, self.globals, self.unsupported)

    def build(self) -> PythonModule:
        self.read_state()
        if not self.functions:
            raise UnsupportedConstruct("rules engine: no function found in the Python input")
        pinned_function = self.pin_signature()
        for name, node in self.functions.items():
            declared = param_names(node) + self.captured.get(name, [])
            params = method_parameters(self.class_table, name, declared)  # without a method's self
            rebound = sorted(self.global_names.get(name, ()))
            self.facts[name] = FunctionFacts.of(node, declared)
            if rebound:  # module variables: never declared in the function
                self.facts[name] = dataclasses.replace(
                    self.facts[name], plan=plan_declarations(node, [*declared, *self.facts[name].lambdas, *rebound])
                )
            self.types[name] = FunctionTypes(params=params)
            for variable in self.facts[name].assigned - set(declared) - set(rebound):
                self.types[name].variables[variable] = t.UNKNOWN
            self.read_hints(name, node)
            role_hints(self.class_table, name, self.types[name])
        if pinned_function is not None:
            self.pin_parameters(pinned_function)
        previous: dict[str, ir.Function] = {}

        def observe(name: str) -> Observations:
            builder = FunctionBuilder(self, name, self.functions[name], final=False, previous=None)
            # A failing build still taught something; the final build reports what is wrong.
            with contextlib.suppress(UnsupportedConstruct, TypeConflict, RecursionError):
                previous[name] = builder.build()
            # len() that a build replaced by a length parameter reads the length too (reads_length)
            self.lengths_read.setdefault(name, set()).update(builder.lengths_read)
            return builder.observations

        solve(self.types, observe, lambda params_only, indexed_only: self.resolve_defaults(
            params_only=params_only, indexed_only=indexed_only))  # fmt: skip
        self.arrays_without_length(previous, pinned_function)
        for _ in range(_WIDENING_ROUNDS):
            built = []
            self.built = {}
            for name, node in self.functions.items():
                builder = FunctionBuilder(self, name, node, final=True, previous=previous.get(name))
                built.append((builder, builder.build()))
                self.built[built[-1][1].name] = built[-1][1]
            beyond: list[str] = []
            grew = grow_big(self.types, self.grown)
            exact = self.states_int_types()
            if not (exact or grew or self.big or self.big_made or has_big(self.types)):
                break
            if not widen(built, self.types, self.wide, tuple(self.globals.values()), beyond.append, exact) and not grew:
                break
        else:
            # The last build narrows a value the next one would widen: it would compute otherwise.
            raise UnsupportedConstruct(
                f"rules engine: integer widths still growing after {_WIDENING_ROUNDS} builds (a chain of "
                "values passed on through more variables than that)"
            )
        for builder, _ in built:
            self.warnings.extend(w for w in builder.warnings if w not in self.warnings)
        self.warnings.extend(w for w in beyond if w not in self.warnings)
        module = ir.Module(tuple(self.globals.values()), tuple(function for _, function in built))
        module = memoise(module, self.memoised, self.unsupported)
        if self.class_table.classes:
            module = dataclasses.replace(module, classes=declarations(self.class_table, self.types, self.warnings))
        # a dict's insertion order is kept where observed by a source pass (pipeline.py)
        return PythonModule(module, self.warnings, self.types)

    def arrays_without_length(self, previous: dict[str, ir.Function], pinned: str | None) -> None:
        """A C array does not know its length: an array parameter whose length the function reads,
        followed by int parameters none of which can be that length (a position, or a value:
        ``FunctionFacts.values``), is passed as a vector, so that no convention takes one of them
        for its length."""
        if self.forms.arrays_know_length:
            return
        for name, types in self.types.items():
            function = previous.get(name)
            if function is None or name == pinned:
                continue
            facts = self.facts[name]

            def type_of(parameter: str, types: FunctionTypes = types) -> t.Type:
                return types.variables.get(parameter, t.UNKNOWN)

            self.arrays_passed_on(name, function, previous)
            paired = {
                array: length
                for array, length in length_pairs(types.params, type_of, facts.positions | facts.values).items()
                if array in types.pinned - types.hinted and self.only_as_length(function, length, array) and not self.program
            }
            conventional = length_pairs(types.params, type_of, frozenset())
            for parameter in [p for p in conventional if p not in paired]:  # parameter order: stable warnings
                array = type_of(parameter)
                reads = reads_length(function, parameter) or parameter in self.lengths_read.get(name, ())
                if isinstance(array, t.ArrayType) and reads:
                    types.variables[parameter] = t.ListType(array.element)
                    self.warnings.append(
                        f"{name}: parameter '{parameter}': its length is read: passed as a vector (only a "
                        f"--signature makes '{conventional[parameter]}' its length)"
                    )

    def only_as_length(self, function: ir.Function, length: str, array: str) -> bool:
        """``used_only_as_length(function, length, {array})``, remembered for the module's build."""
        key = (id(function), length, array)
        known = self.length_uses.get(key)
        if known is None or known[0] is not function:
            known = self.length_uses[key] = (function, used_only_as_length(function, length, {array}))
        return known[1]

    def states_int_types(self) -> bool:
        """Whether the file says its parameters' types (PEP 484 hints): then an ``int`` is Python's,
        unbounded, and ``widths`` makes every value as wide as it needs. Without hints the types
        are the front end's guesses, taken as the 32-bit ints the code was most likely written for
        (warned where a value multiplies), as before."""
        if self.exact_ints and self.program:
            return True  # a whole program: its own calls say what it computes, Python's ints
        return self.exact_ints and any(types.hinted & set(types.params) for types in self.types.values())

    def arrays_passed_on(self, name: str, function: ir.Function, previous: dict[str, ir.Function]) -> None:
        """An array parameter handed to another function of the file, where either side reads its
        length, is a vector on both sides: each function decides alone whether a C array will do
        (one that reads the length needs a vector), and the two must agree."""
        types = self.types[name]
        for call in ir.walk(function.body):
            if not isinstance(call, ir.Call) or call.function == name or call.function not in self.types:
                continue
            callee = self.types[call.function]
            callee_ir = previous.get(call.function)
            for param, arg in zip(callee.params, call.args, strict=False):
                if not isinstance(arg, ir.Name) or arg.id not in types.params:
                    continue
                if not (reads_length(function, arg.id) or (callee_ir is not None and reads_length(callee_ir, param))):
                    continue
                for owner, parameter in ((types, arg.id), (callee, param)):
                    if parameter in owner.pinned and parameter not in owner.hinted:
                        continue  # a --signature's interface stays as it says
                    array = owner.variables.get(parameter)
                    if isinstance(array, t.ArrayType) and not isinstance(array.element, t.ArrayType):
                        owner.variables[parameter] = t.ListType(array.element)

    def pin_parameters(self, function: str) -> None:
        """Give ``function`` the parameter and result types of the --signature."""
        assert self.signature is not None
        types = self.types[function]
        if len(self.signature.params) != len(types.params):
            raise UnsupportedConstruct(
                f"rules engine: --signature has {len(self.signature.params)} parameters, "
                f"'{function}' has {len(types.params)}"
            )
        rebound = self.facts[function].rebound
        written = self.facts[function].written
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
                self.forms.char_arrays_are_c_strings
                and type_ == t.ArrayType(t.CHAR)
                and python_name not in written | rebound
            ):
                if (
                    following is not None
                    and isinstance(following[1], t.IntType)
                    and (LENGTH_NAME.match(following[0]) or following[0] in ("m", "M"))
                ):
                    self.warnings.append(
                        f"{function}: parameter '{python_name}': a char array whose length is taken to be "
                        f"'{following[0]}' (from that parameter's name)"
                    )
                else:
                    # A C string (`char s[]`, no length parameter) that Python reads as a str:
                    # the body works on a `string` copy, which knows its length.
                    types.entry_types[python_name] = type_
                    types.variables[python_name] = t.STRING
            types.pinned.add(python_name)
            types.hinted.discard(python_name)
        types.result = self.signature.result
        types.result_pinned = True
        types.result_hinted = False

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

    def read_hints(self, name: str, node: Syntax) -> None:
        types = self.types[name]
        parameters = node.child_by_field_name("parameters")
        for param in parameters.named_children if parameters else []:
            hint = param.child_by_field_name("type")
            if param.type in ("typed_parameter", "typed_default_parameter") and hint is not None:
                pname = param_name(param)
                hinted = self.hint_type(hint)
                # `*values: int` gathers ints
                types.variables[pname] = t.ArrayType(hinted) if star_pattern(param) else hinted
                types.pinned.add(pname)
                types.hinted.add(pname)
        result = node.child_by_field_name("return_type")
        if result is not None:
            types.result = self.hint_type(result)
            types.result_pinned = True
            types.result_hinted = True

    def hint_type(self, node: Syntax) -> t.Type:
        """An IR type for a PEP 484 annotation (``int``, ``List[int]``, ``dict[str, int]``, ``Optional[T]``...)."""
        text = "".join(node_text(node).split()).replace("typing.", "")
        if text.strip("'\"") in self.class_table.classes:
            return t.ClassType(text.strip("'\""))  # a class of the file (classes.py)
        try:
            return hint_from_text(text)
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
                    if TEXT_NAME.match(name) and name not in self.facts[fname].written:
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
                    and LENGTH_NAME.match(types.params[types.params.index(name) + 1])
                ):
                    # An unused parameter followed by a length (`arr, n`): the array of that length.
                    type_ = t.ArrayType(t.UNKNOWN)
                    self.warnings.append(
                        f"{what}: unused; taken to be the array whose length '{types.params[types.params.index(name) + 1]}' "
                        "follows it (from that parameter's name)"
                    )
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
            if types.result == WEAK01 and not types.result_pinned and not self.program:
                # (Not in a whole program: it may print the 0 or 1, which a bool prints otherwise.)
                # Every return is a literal 0 or 1: a yes/no answer, as C++/Java callers expect it.
                types.result = t.BOOL
                self.warnings.append(f"{fname}: result: returns only 0 and 1, translated as a bool")
            if types.result == NONE and not types.result_pinned:
                types.result = t.VOID  # every return is None: a function returning nothing
            if isinstance(types.result, t.UnknownType):
                types.result = (
                    t.VOID
                    if not types.returns_value
                    else finalize(t.UNKNOWN, self.warnings, f"{fname}: result")
                )
            else:
                types.result = finalize(types.result, self.warnings, f"{fname}: result")
