"""``@functools.lru_cache`` / ``@functools.cache`` on a module function: memoisation.

Python keeps each result in a table keyed by the arguments and answers a repeated call from it; a
recursive call goes through the cache too (it names the decorated function). The translation keeps
the decorated body as a function of its own (``f_uncached``) and gives ``f``'s name to a wrapper:

    if the arguments are in the cache: return what it holds
    r = f_uncached(arguments); store r under the arguments; return r

The cache is a module map keyed by the first argument, holding a map keyed by the second, and so on
(no tuple keys: C++ has no hash for them). The same results, call for call, hold only where a call
does nothing but compute its result and the result cannot be changed afterwards, so it is refused
with its place unless:

- every parameter is an int, bool, char or str (hashable, and equal keys are equal arguments: a
  float key would make ``f(1)`` answer ``f(1.0)``);
- the result is an int, float, bool, char or str (a cached list would be shared by every caller);
- the function and every module function it calls write no output, read no input, change no module
  variable and call no function value and no method or constructor of a class (a cached call
  skips them).

An entry evicted by ``maxsize`` is computed again, with the same result where the function reads no
module variable that changes (refused otherwise): the bound is ignored. An exception is not cached,
in Python or in the translation.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from transcoder.engines.rules import classes as c
from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.analysis.names import assigned_names
from transcoder.engines.rules.effects import EFFECTS
from transcoder.engines.rules.python.frontend.tree import Syntax, decorator_text
from transcoder.engines.rules.python.infer import describe
from transcoder.errors import UnsupportedConstruct

MEMO_DECORATORS = frozenset({"lru_cache", "cache", "functools.lru_cache", "functools.cache"})
_KEYS = (t.IntType, t.BoolType, t.CharType, t.StringType)
_RESULTS = (t.IntType, t.FloatType, t.BoolType, t.CharType, t.StringType)

Refuse = Callable[[Syntax, str], UnsupportedConstruct]


@dataclass(frozen=True, slots=True)
class _Memo:
    """What a memoising decorator says, read from its syntax tree."""

    name: str
    """``lru_cache``, ``functools.cache``, ..."""
    bounded: bool
    """The cache evicts entries (``lru_cache`` keeps 128 by default); ``@cache`` and
    ``maxsize=None`` keep every one."""


def _memo(decorator: Syntax) -> _Memo | None:
    """The memoising decorator ``decorator`` is (comments anywhere in it are not part of it), or
    None when it is something else or has an argument other than ``maxsize``/``typed`` given a
    constant (``None``, ``True``, ``False``, an integer): no such argument changes a result."""
    expressions = [c for c in decorator.named_children if c.type != "comment"]
    if len(expressions) != 1:
        return None
    function: Syntax | None = expressions[0]
    arguments: Syntax | None = None
    if expressions[0].type == "call":
        function = expressions[0].child_by_field_name("function")
        arguments = expressions[0].child_by_field_name("arguments")
        if arguments is None or arguments.type != "argument_list":
            return None
    if function is None or function.type not in ("identifier", "attribute"):
        return None
    name = "".join(function.text.split())
    if name not in MEMO_DECORATORS:
        return None
    given: dict[str, str] = {}
    for position, argument in enumerate(a for a in (arguments.named_children if arguments else ()) if a.type != "comment"):
        key = ("maxsize", "typed")[position] if position < 2 else ""
        value_node: Syntax | None = argument
        if argument.type == "keyword_argument":
            key_node, value_node = argument.child_by_field_name("name"), argument.child_by_field_name("value")
            key = key_node.text if key_node is not None else ""
        value = _constant(value_node)
        if key not in ("maxsize", "typed") or key in given or value is None:
            return None
        given[key] = value
    if name.endswith(".cache") or name == "cache":
        return None if arguments is not None else _Memo(name, False)
    return _Memo(name, given.get("maxsize") != "None")


def _constant(node: Syntax | None) -> str | None:
    """``None``, ``True``, ``False`` or an integer's text (parentheses dropped), else None."""
    while node is not None and node.type == "parenthesized_expression":
        inner = [c for c in node.named_children if c.type != "comment"]
        node = inner[0] if len(inner) == 1 else None
    if node is None:
        return None
    if node.type in ("none", "true", "false"):
        return {"none": "None", "true": "True", "false": "False"}[node.type]
    if node.type == "integer" and node.text.replace("_", "").isdigit():
        return node.text.replace("_", "")
    return None


def memo_decorator(decorated: Syntax, defined: set[str]) -> Syntax | None:
    """The ``@lru_cache``-like decorator of ``decorated`` (a decorated function), or None when it has
    another decorator. ``defined``: the file's own top-level names (a ``cache`` of the file's own
    is not functools')."""
    decorators = [d for d in decorated.named_children if d.type == "decorator"]
    if len(decorators) != 1:
        return None
    memo = _memo(decorators[0])
    if memo is None or memo.name in defined:
        return None
    return decorators[0]


def check_memo_syntax(definition: Syntax, decorator: Syntax, refuse: Refuse) -> None:
    """What the IR no longer shows: a ``global`` or ``nonlocal`` statement (module state written)."""
    for kind in ("global_statement", "nonlocal_statement"):
        if any(node.type == kind for node in _walk(definition)):
            raise refuse(decorator, f"'{_text(decorator)}' on a function with a {kind.replace('_', ' ')}")


def _walk(node: Syntax) -> Iterable[Syntax]:
    yield node
    for child in node.named_children:
        yield from _walk(child)


def _text(decorator: Syntax) -> str:
    return "@" + decorator_text(decorator)


def memoise(module: ir.Module, memoised: dict[str, Syntax], refuse: Refuse) -> ir.Module:
    """``module`` with each function of ``memoised`` (name -> its decorator) split into its body and
    a caching wrapper, and a cache among the module variables."""
    if not memoised:
        return module
    functions = {function.name: function for function in module.functions}
    taken = set(functions) | {v.name for v in module.globals} | {c.name for c in module.classes}
    out: list[ir.Function] = []
    caches: list[ir.VarDecl] = []
    for function in module.functions:
        decorator = memoised.get(function.name)
        if decorator is None:
            out.append(function)
            continue
        state = {v.name for v in module.globals if not v.constant}
        _check(function, functions, {v.name for v in module.globals}, state, decorator, refuse)
        body_name, cache_name = (
            _fresh(f"{function.name}_uncached", taken),
            _fresh(f"{function.name}_cache", taken),
        )
        cache = ir.VarDecl(cache_name, _cache_type(function), ir.NewContainer(type=_cache_type(function)),
                           location=function.location)  # fmt: skip
        caches.append(cache)
        out.append(_wrapper(function, body_name, cache))  # first: a Java class is named after it
        out.append(dataclasses.replace(function, name=body_name))
    return dataclasses.replace(module, globals=(*module.globals, *caches), functions=tuple(out))


def _fresh(base: str, taken: set[str]) -> str:
    name, index = base, 1
    while name in taken:
        name, index = f"{base}{index}", index + 1
    taken.add(name)
    return name


def _cache_type(function: ir.Function) -> t.Type:
    type_: t.Type = function.return_type
    for param in reversed(function.params):
        type_ = t.MapType(param.type, type_, t.Order.UNSPECIFIED)
    return type_


def _check(
    function: ir.Function,
    functions: dict[str, ir.Function],
    globals_: set[str],
    state: set[str],
    decorator: Syntax,
    refuse: Refuse,
) -> None:
    what = f"'{_text(decorator)}'"
    if not function.params:
        raise refuse(decorator, f"{what} on a function without parameters")
    for param in function.params:
        if not isinstance(param.type, _KEYS):
            raise refuse(decorator, f"{what} on a function whose parameter '{param.name}' is a "
                         f"{describe(param.type)} (keys are ints, bools, chars and strs)")  # fmt: skip
    if not isinstance(function.return_type, _RESULTS):
        raise refuse(decorator, f"{what} on a function whose result is a {describe(function.return_type)} (a cached "
                     "result is shared by every call; only numbers, bools and strs are cached)")  # fmt: skip
    impure = _impurity(function, functions, globals_, set())
    if impure:
        raise refuse(decorator, f"{what} on a function that {impure} (a cached call would skip it)")
    read = _state_read(function, functions, state, set()) if _bounded(decorator) else None
    if read:
        raise refuse(decorator, f"{what} with a maxsize on a function that reads the module variable '{read}' "
                     "(an evicted entry is computed again from its value then; the translation keeps every entry)")  # fmt: skip


def _bounded(decorator: Syntax) -> bool:
    """Whether the cache evicts entries: ``@lru_cache``, ``@lru_cache()`` and ``@lru_cache(128)`` do
    (128 by default); ``@cache`` and ``maxsize=None`` do not."""
    memo = _memo(decorator)
    return memo is None or memo.bounded


def _state_read(
    function: ir.Function, functions: dict[str, ir.Function], state: set[str], seen: set[str]
) -> str:
    """A module variable some function changes that ``function`` or a function it calls reads, or ''."""
    seen.add(function.name)
    for node in ir.walk(function.body):
        if isinstance(node, ir.Name) and node.id in state:
            return node.id
        if isinstance(node, ir.Call) and node.function not in seen and node.function in functions:
            found = _state_read(functions[node.function], functions, state, seen)
            if found:
                return found
    return ""


def _impurity(
    function: ir.Function, functions: dict[str, ir.Function], globals_: set[str], seen: set[str]
) -> str:
    """What ``function`` or a module function it calls does besides computing its result, or ''."""
    seen.add(function.name)
    changed = sorted(assigned_names(function.body) & globals_)
    if changed:
        return f"changes the module variable '{changed[0]}'"
    for node in ir.walk(function.body):
        if isinstance(node, ir.LibraryCall) and EFFECTS[node.op].output:
            return "writes output or reads input"
        if isinstance(node, ir.Invoke):
            return "calls a function value"
        if isinstance(node, c.MethodCall | c.New | c.SuperCall):
            return "calls a method or constructor of a class (which may change or print anything)"
        if isinstance(node, ir.Call) and node.function not in seen:
            callee = functions.get(node.function)
            if callee is None:
                return f"calls '{node.function}'"
            found = _impurity(callee, functions, globals_, seen)
            if found:
                return f"calls '{node.function}', which {found}"
    return ""


def _wrapper(function: ir.Function, body_name: str, cache: ir.VarDecl) -> ir.Function:
    loc = None  # no source lines of its own: the comments in the function's lines go with its body
    keys = [ir.Name(p.name, type=p.type, location=loc) for p in function.params]
    levels: list[ir.Expr] = [ir.Name(cache.name, type=cache.type, location=loc)]
    for key in keys[:-1]:
        levels.append(ir.Index(levels[-1], key, type=_value_type(levels[-1].type), location=loc))
    found: ir.Expr | None = None
    for level, key in zip(levels, keys, strict=True):
        test = ir.LibraryCall(ir.LibOp.CONTAINS, (level, key), type=t.BOOL, location=loc)
        found = test if found is None else ir.Binary(ir.BinaryOp.AND, found, test, type=t.BOOL, location=loc)
    assert found is not None
    result = ir.Index(levels[-1], keys[-1], type=function.return_type, location=loc)
    value = ir.Call(body_name, tuple(keys), type=function.return_type, location=loc)
    local = _fresh("result", {p.name for p in function.params})
    body: list[ir.Stmt] = [
        ir.If(found, ir.Block((ir.Return(result, location=loc),), location=loc), None, location=loc),
        ir.VarDecl(local, function.return_type, value, location=loc),
    ]
    for level, key in zip(levels[:-1], keys[:-1], strict=True):
        missing = ir.Unary(ir.UnaryOp.NOT, ir.LibraryCall(ir.LibOp.CONTAINS, (level, key), type=t.BOOL,
                           location=loc), type=t.BOOL, location=loc)  # fmt: skip
        inner = _value_type(level.type)
        fill = ir.AssignExpr(ir.Index(level, key, type=inner, location=loc), ir.NewContainer(type=inner, location=loc),
                             type=inner, location=loc)  # fmt: skip
        body.append(
            ir.If(missing, ir.Block((ir.ExprStmt(fill, location=loc),), location=loc), None, location=loc)
        )
    stored = ir.Name(local, type=function.return_type, location=loc)
    store = ir.AssignExpr(result, stored, type=function.return_type, location=loc)
    body += [ir.ExprStmt(store, location=loc), ir.Return(stored, location=loc)]
    return dataclasses.replace(function, body=ir.Block(tuple(body), location=loc), location=loc)


def _value_type(type_: t.Type) -> t.Type:
    assert isinstance(type_, t.MapType)
    return type_.value
