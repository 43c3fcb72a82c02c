"""Calls: argument lists, calls of the module's own functions, ``print``, and ``math``/``heapq`` functions."""

from __future__ import annotations

from collections.abc import Callable, Collection

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.irtools import B, L, int_of_bool
from transcoder.engines.rules.python.frontend.library import MATH
from transcoder.engines.rules.python.frontend.modules import MODULES
from transcoder.engines.rules.python.frontend.syntax import constant_value, param_defaults
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text
from transcoder.engines.rules.python.infer import describe, finalize
from transcoder.errors import SourceLocation

# displays and comprehensions built in a temporary (comprehensions.py), typed by the parameter taking them
_NEW_CONTAINERS = ("dictionary", "set", "dictionary_comprehension", "set_comprehension", "list_comprehension")
_LITERALS = (ir.IntLiteral, ir.FloatLiteral, ir.BoolLiteral, ir.CharLiteral, ir.StringLiteral, ir.NullLiteral)

_SCALARS = (t.IntType, t.FloatType, t.BoolType, t.CharType, t.StringType, t.OptionalType)


class Calls(BuilderBase):
    def arguments(self, call: Syntax) -> tuple[list[Syntax], dict[str, Syntax]]:
        node = call.child_by_field_name("arguments")
        positional: list[Syntax] = []
        keywords: dict[str, Syntax] = {}
        if node is None:
            return positional, keywords
        if node.type == "generator_expression":
            return [node], keywords
        for child in node.named_children:
            if child.type == "keyword_argument":
                keywords[node_text(child.field("name"))] = child.field("value")
            elif child.type == "dictionary_splat":
                raise self.unsupported(child, "argument unpacking (**x)")
            elif child.type != "comment":
                positional.append(child)
        return positional, keywords

    def expr_call(self, node: Syntax) -> ir.Expr:
        value = self.call(node, statement=False)
        assert value is not None
        return value

    def call(self, node: Syntax, *, statement: bool) -> ir.Expr | None:
        function = node.field("function")
        loc = self.location(node)
        while function.type == "parenthesized_expression" and len(function.named_children) == 1:
            function = function.named_children[0]  # (int)(x): a C-style cast spelled as a call
        if function.type == "attribute":
            owner = function.field("object")
            method = node_text(function.field("attribute"))
            if (
                owner.type == "identifier"
                and node_text(owner) in MODULES
                and node_text(owner) not in self.types.variables
            ):
                found = self.module_call(node_text(owner), method, node)
                if found is None:
                    raise self.unsupported(node, f"{node_text(owner)}.{method}()")
                return found
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
        if name in self.module.facts[self.name].lambdas:
            return self.lambda_call(name, node)
        if name in self.module.functions:
            return self.user_call(name, node)
        if name == "print" and name not in self.types.variables:
            return self.print_call(node, loc)
        handler: Callable[[Syntax, SourceLocation], ir.Expr] | None = getattr(self, f"builtin_{name}", None)
        if handler is None:
            raise self.unsupported(node, f"call of '{name}'")
        return handler(node, loc)

    def print_call(self, node: Syntax, loc: SourceLocation) -> ir.Expr:
        """``print(a, b, sep=..., end=...)`` as one PRINT of the pieces with their separators."""
        args, keywords = self.arguments(node)
        text: dict[str, str] = {"sep": " ", "end": "\n"}
        for key, given in keywords.items():
            literal = constant_value(given) if key in text else None
            if not isinstance(literal, ir.StringLiteral):
                raise self.unsupported(node, f"print() with {key}= other than a string literal")
            text[key] = literal.value
        pieces: list[ir.Expr] = []
        for position, arg in enumerate(args):
            if position and text["sep"]:
                pieces.append(ir.StringLiteral(text["sep"], type=t.STRING))
            value = self.expr(arg)
            if self.final and isinstance(value, ir.Call) and value.function in self.module.mixed_results:
                raise self.unsupported(
                    arg,
                    f"print() of what '{value.function}' returns (of more than one of int, float "
                    "and bool by path: Python prints each as its own type)",
                )
            if isinstance(value.type, t.VoidType) or isinstance(value, ir.NullLiteral):
                value = self.printed_none(value, pieces, arg)
            elif isinstance(value.type, t.OptionalType) and self.final:
                value = self.printed_optional(value, pieces, arg, node)
            else:
                value = self.printed(value, arg, node)
            pieces.append(value)
        if text["end"] or not pieces:
            pieces.append(ir.StringLiteral(text["end"], type=t.STRING))
        return ir.LibraryCall(L.PRINT, tuple(pieces), type=t.VOID, location=loc)

    def printed(self, value: ir.Expr, arg: Syntax, node: Syntax) -> ir.Expr:
        """A value as print() writes it: an int, char or str as itself, the others as Python's text."""
        if isinstance(value.type, t.BoolType):
            # Python prints True/False; C++ would print 1/0 and Java true/false.
            return ir.Conditional(
                value,
                ir.StringLiteral("True", type=t.STRING),
                ir.StringLiteral("False", type=t.STRING),
                type=t.STRING,
            )
        if isinstance(value.type, t.FloatType):
            # Python's repr digits, exactly, in every target (program.py's PYTHON_TEXT)
            return ir.LibraryCall(L.PYTHON_TEXT, (value,), type=t.STRING, location=value.location)
        if isinstance(value.type, t.ClassType):
            return self.object_text(value, arg)  # its __str__ (classes.py)
        if self.final and not isinstance(value.type, t.IntType | t.CharType | t.StringType):
            raise self.unsupported(node, f"print() of a {describe(value.type)}")
        return value

    def printed_optional(self, value: ir.Expr, before: list[ir.Expr], arg: Syntax, node: Syntax) -> ir.Expr:
        """A value that may be None as print() writes it: ``None``, or the value's own text. A value
        other than a name is computed once, first (after values it cannot change)."""
        assert isinstance(value.type, t.OptionalType)
        inner = value.type.value
        if not isinstance(inner, t.IntType | t.CharType | t.StringType | t.BoolType | t.FloatType):
            raise self.unsupported(node, f"print() of a {describe(value.type)}")
        if not isinstance(value, ir.Name):
            if not all(self.settled(piece) for piece in before):
                raise self.unsupported(arg, "print() of a value that may be None after other values")
            temp = ir.Name(self.fresh("printed"), type=value.type, location=value.location)
            self.pre.append(ir.VarDecl(temp.id, value.type, value, location=value.location))
            value = temp
        text = self.printed(ir.Cast(value, type=inner, location=value.location), arg, node)
        if isinstance(text.type, t.IntType):
            text = ir.LibraryCall(L.TO_STRING, (text,), type=t.STRING, location=value.location)
        elif isinstance(text.type, t.CharType):
            text = ir.Cast(text, type=t.STRING, location=value.location)
        absent = ir.Binary(B.EQ, value, ir.NullLiteral(type=value.type), type=t.BOOL)
        return ir.Conditional(absent, ir.StringLiteral("None", type=t.STRING), text, type=t.STRING)

    def settled(self, piece: ir.Expr) -> bool:
        """Whether a printed piece's value is one no call can change: built from literals and local
        scalars (a value computed first, the text of a printed None)."""
        for node in ir.walk(piece):
            if isinstance(node, ir.Name):
                if node.id in self.module.globals or not isinstance(node.type, _SCALARS):
                    return False
            elif isinstance(node, ir.LibraryCall):
                if node.op not in (L.PYTHON_TEXT, L.TO_STRING):
                    return False
            elif not isinstance(node, (*_LITERALS, ir.Binary, ir.Unary, ir.Conditional, ir.Cast)):
                return False
        return True

    def printed_none(self, value: ir.Expr, before: list[ir.Expr], arg: Syntax) -> ir.Expr:
        """``None`` as print() writes it: a call of a function returning nothing runs first, as a
        statement (after values its effects cannot change), and prints ``None``."""
        if isinstance(value, ir.Call) and isinstance(value.type, t.VoidType):
            if not all(self.settled(piece) for piece in before):
                raise self.unsupported(arg, "print() of a call returning None after other values")
            self.pre.append(ir.ExprStmt(value, location=value.location))
        elif not isinstance(value, ir.NullLiteral):
            raise self.unsupported(arg, f"print() of a {describe(value.type)}")
        return ir.StringLiteral("None", type=t.STRING)

    def note_return(self, value: ir.Expr) -> None:
        """Records a function returning an int or a bool on a path where its result is of another
        of float, int and bool: Python's value there prints as its own type (2, True, 2.0)."""
        result = self.types.result
        kinds = (t.FloatType, t.IntType, t.BoolType)
        if any(isinstance(result, k) for k in kinds) and not isinstance(value.type, type(result)) and (
            isinstance(value.type, t.IntType | t.BoolType)
        ):
            self.module.mixed_results.add(self.function_name)

    def bound_arguments(self, name: str, node: Syntax) -> list[Syntax | ir.Expr | str | list[Syntax | ir.Expr]]:
        """The call's argument for each parameter of ``name``, bound as Python binds them: a
        variable of the enclosing function (a str), the values of ``*args`` (a list), a syntax node."""
        syntax, keywords = self.arguments(node)
        positional = self.spread_arguments(node, syntax)  # f(*t): t's values (tuples.py)
        callee = self.module.types[name]
        defaults = param_defaults(self.module.functions[name])
        captured = self.module.captured.get(name, [])
        star = self.module.star_params.get(name)
        # Parameters after *args (or a bare *) take arguments by keyword only.
        by_position = callee.params.index(star) if star is not None else len(callee.params) - len(captured)
        args: list[Syntax | ir.Expr | str | list[Syntax | ir.Expr]] = []
        for position, param in enumerate(callee.params):
            if position >= len(callee.params) - len(captured):
                args.append(param)  # a variable of the enclosing function, read where the call is
                continue
            if param == star:
                args.append(positional[position:])
                continue
            # Python binds positional arguments, then keywords by name, then the defaults.
            given = positional[position] if position < min(len(positional), by_position) else None
            if given is None:
                given = keywords.pop(param, None)
            if given is None and param in defaults and (
                constant_value(defaults[param]) is not None or defaults[param].type == "none"
            ):
                given = defaults[param]  # a literal default (or None) reads the same at the call site
            if given is None:
                raise self.unsupported(node, f"call of '{name}' without a value for '{param}'")
            args.append(given)
        if keywords or (star is None and len(positional) > by_position):
            raise self.unsupported(
                node, f"call of '{name}' with arguments it does not take ({len(callee.params)} parameters)"
            )
        return args

    def user_call(self, name: str, node: Syntax) -> ir.Expr:
        callee = self.module.types[name]
        args = self.bound_arguments(name, node)
        values = []
        for position, arg in enumerate(args):
            if isinstance(arg, str):
                value: ir.Expr = ir.Name(self.rename(arg), type=self.var_type(arg))
            elif isinstance(arg, list):
                value = self.list_display([self.argument_value(a) for a in arg], self.location(node))
            elif isinstance(arg, Syntax) and arg.type in _NEW_CONTAINERS:  # {"a": 1} where dict[str, int] is taken
                value = self.temporary_container(arg, callee.variables.get(callee.params[position]))
            else:
                value = self.argument_value(arg)
            self.hint(value, callee.variables.get(callee.params[position], t.UNKNOWN))  # both ways
            if isinstance(value, ir.Name) and isinstance(value.type, t.ArrayType):
                taken = callee.variables.get(callee.params[position])
                if isinstance(taken, t.OptionalType):
                    taken = taken.value  # xs=None
                if isinstance(taken, t.ListType):  # passed where a list is taken: a list (Java int[] is no List)
                    self.observations.grows.add(self.python_name(value.id))
            self.observations.calls.setdefault(name, []).append((position, self.observed_value(value)))
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
                    arg if isinstance(arg, Syntax) else None,
                )
            values.append(value)
        result = callee.result
        if self.final and isinstance(result, t.UnknownType):
            result = t.VOID
        if self.final and isinstance(result, t.OptionalType) and not _keeps_optional(node, self.module.functions):
            raise self.unsupported(
                node,
                f"a use of what '{name}' returns, which may be None (Python raises TypeError there): "
                "store it in a name and test 'is not None' first",
            )
        printed = self.function_name if name == self.name else name
        return ir.Call(printed, tuple(values), type=result, location=self.location(node))

    def argument_value(self, argument: Syntax | ir.Expr) -> ir.Expr:
        """An argument's value: built from its syntax, or already built (a position of ``*t``)."""
        return argument if isinstance(argument, ir.Expr) else self.expr(argument)

    def lambda_call(self, name: str, node: Syntax) -> ir.Expr:
        """``f(a)`` of ``f = lambda v: ...``: the lambda's body with its parameters bound to the
        arguments (held in temporaries). Python reads the lambda's free variables when it is
        called; so does the body built here, at the call."""
        function = self.module.facts[self.name].lambdas[name]
        parameters = function.child_by_field_name("parameters")
        names = [node_text(p) for p in parameters.named_children] if parameters else []
        args, keywords = self.arguments(node)
        if keywords or len(args) != len(names) or any(p.type != "identifier" for p in (parameters.named_children if parameters else [])):
            raise self.unsupported(node, f"a call of the lambda '{name}' with these arguments")
        if self.inlined > 16:
            raise self.unsupported(node, f"the lambda '{name}' calling itself")
        values = [self.expr(a) for a in args]
        loc = self.location(node)
        saved = dict(self.inline_values)
        for parameter, value in zip(names, values, strict=True):
            if not _pure(value):  # evaluated once, as Python evaluates an argument
                type_ = finalize(self.observed(value)) if self.final else self.observed(value)
                temp = self.fresh(parameter)
                self.pre.append(ir.VarDecl(temp, type_, value, location=loc))
                value = ir.Name(temp, type=type_)
            self.inline_values[parameter] = value
        self.inlined += 1
        try:
            return self.expr(function.field("body"))
        finally:
            self.inlined -= 1
            self.inline_values = saved

    def single(self, node: Syntax, what: str) -> ir.Expr:
        args, keywords = self.arguments(node)
        if len(args) != 1 or keywords:
            raise self.unsupported(node, f"{what}() with these arguments")
        return self.expr(args[0])

    def module_function(self, module: str, name: str, node: Syntax) -> ir.Expr:
        loc = self.location(node)
        args, keywords = self.arguments(node)
        if module == "heapq" and name in ("nsmallest", "nlargest") and len(args) == 2 and not keywords:
            return self.nearest(node, L.MIN if name == "nsmallest" else L.MAX, args[0], args[1])
        if keywords:
            raise self.unsupported(node, f"keyword arguments to {module}.{name}()")
        values = [self.expr(a) for a in args]
        if self.final:
            values = [int_of_bool(v) for v in values]
        if module == "collections" and hasattr(self, f"builtin_{name}"):
            builtin: Callable[[Syntax, SourceLocation], ir.Expr] = getattr(self, f"builtin_{name}")
            return builtin(node, loc)
        if module == "math":
            row = MATH.get((name, len(values)))
            if row is not None:
                type_ = row.result or self.arith_type(values[0].type, values[1].type)
                return ir.LibraryCall(row.op, tuple(values), type=type_, location=loc)
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
                if self.widened(node, t.INT):  # widths: a value beyond 32 bits, a long, checked (pyLong)
                    return self.from_syntax(ir.LibraryCall(L.PY_INT_OF_FLOAT, (inner,), type=t.LONG, location=loc), node)
                return self.from_syntax(ir.Cast(inner, type=t.INT, location=loc), node)
            if name == "factorial" and len(values) == 1:
                return self.factorial(values[0], loc)
            if name == "pow" and len(values) == 3:
                return self.modular_power(values[0], values[1], values[2], loc)
            if name == "isqrt" and len(values) == 1:
                return ir.Cast(ir.LibraryCall(L.SQRT, tuple(values), type=t.DOUBLE), type=t.INT, location=loc)
            if name == "fabs" and len(values) == 1:
                return ir.LibraryCall(
                    L.ABS, (ir.Cast(values[0], type=t.DOUBLE),), type=t.DOUBLE, location=loc
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


def _pure(value: ir.Expr) -> bool:
    """A value that reads the same however often it is evaluated, and cheaply."""
    return all(isinstance(node, ir.Name | ir.IntLiteral | ir.FloatLiteral | ir.CharLiteral | ir.StringLiteral
                          | ir.BoolLiteral | ir.Index | ir.Cast) for node in ir.walk(value))  # fmt: skip


def _keeps_optional(call: Syntax, functions: Collection[str]) -> bool:
    """Whether a call's value goes where Python keeps a value that may be None as it is: a name
    it is stored into, a return, a statement, an argument (coerced to its parameter's type), or
    a comparison with None."""
    node, parent = call, call.parent
    while parent is not None and parent.type == "parenthesized_expression":
        node, parent = parent, parent.parent
    if parent is None:
        return False
    if parent.type == "assignment":
        right = parent.child_by_field_name("right")
        return right is not None and right.start_byte == node.start_byte and parent.field("left").type == "identifier"
    if parent.type == "argument_list":  # print's, or a function of the file's (coerced to the parameter)
        function = parent.parent.child_by_field_name("function") if parent.parent is not None else None
        return function is not None and function.type == "identifier" and (
            node_text(function) == "print" or node_text(function) in functions
        )
    if parent.type in ("return_statement", "expression_statement"):
        return True
    if parent.type == "comparison_operator":
        operands = [c for c in parent.named_children if c.type != "comment"]
        operators = [node_text(c) for c in parent.children if not c.is_named]
        return len(operands) == 2 and (any(c.type == "none" for c in operands) or operators in (["=="], ["!="]))
    return False
