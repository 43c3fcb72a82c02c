"""Generated tests in Python: the value shapes of type hints, arguments as literals, and a script.

Each call is guarded (``_call`` in the prelude): an exception is printed as the call's outcome
(``R0.3!raised IndexError``) and a call still running after its time is
interrupted and reported as ``R0.3!timeout``. Times are CPU times (``ITIMER_PROF``,
``process_time``), so that a busy machine neither times out nor slows down a quick call.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from transcoder.verify.values import (
    CALL_SECONDS,
    MAX_TIMEOUTS,
    MAX_TRACES,
    Interface,
    Suite,
    TestDriver,
    Value,
    ValueType,
    type_arguments,
    unsupported_type,
)

_SCALARS = {"str": "str", "bool": "bool", "float": "float", "int": "int"}
_LISTS = ("list", "List", "Sequence", "MutableSequence", "Iterable", "Collection", "deque", "Deque")
_SETS = ("set", "Set", "frozenset", "FrozenSet", "AbstractSet", "MutableSet")
_MAPS = ("dict", "Dict", "Mapping", "MutableMapping", "defaultdict", "OrderedDict")
_TUPLES = ("tuple", "Tuple")

# Printing results canonically (see TestDriver), and guarding each call.
_PRELUDE = """
import signal as _signal
import time as _time
import traceback as _traceback


def _canon(value):
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (set, frozenset)):
        return "{" + ",".join(_canon(v) for v in sorted(value)) + "}"
    if isinstance(value, dict):
        return "{" + ",".join(_canon(k) + ":" + _canon(v) for k, v in sorted(value.items())) + "}"
    if isinstance(value, (list, tuple, bytes, bytearray)) or type(value).__name__ == "deque":
        return "[" + ",".join(_canon(v) for v in value) + "]"
    return str(value)


class _CallTimeout(BaseException):
    pass


def _on_alarm(*_):
    raise _CallTimeout()


# CPU time (ITIMER_PROF), so that a busy machine does not make a quick call time out.
_signal.signal(_signal.SIGPROF, _on_alarm)
_timeouts = 0
_traces = 0


def _call(label, body):
    global _timeouts, _traces
    if _timeouts >= MAX_TIMEOUTS:
        print("\\nR" + label + "!skipped", flush=True)
        return
    start = _time.process_time()
    try:
        _signal.setitimer(_signal.ITIMER_PROF, CALL_SECONDS)
        try:
            outcome = ":" + body()
        finally:
            _signal.setitimer(_signal.ITIMER_PROF, 0)
    except _CallTimeout:
        _timeouts += 1
        outcome = "!timeout"
    except BaseException as error:
        outcome = "!raised " + type(error).__name__
        _traces += 1
        if _traces <= MAX_TRACES:  # what a debugger (or the LLM engine's feedback) reads
            _traceback.print_exc()
    took = _time.process_time() - start
    print("\\nR" + label + outcome, flush=True)
    print("\\nT" + label + ":" + repr(took), flush=True)
"""


class PythonTestDriver(TestDriver):
    def value_type(self, spelled: str, where: str) -> ValueType | None:
        text = " ".join(spelled.replace("typing.", "").replace("collections.", "").split())
        if text == "None":
            return None
        if text in ("bytes", "bytearray"):
            return ValueType("list", ValueType("int", bits=8, unsigned=True))
        generic = re.match(r"^(\w+)\s*\[(.*)\]$", text)
        if generic:
            name, arguments = generic.group(1), type_arguments(text, "[", "]")
            shapes = [self._required(argument, spelled, where) for argument in arguments if argument != "..."]
            if name in _LISTS and len(shapes) == 1:
                return ValueType("list", shapes[0])
            if name in _SETS and len(shapes) == 1:
                return ValueType("set", shapes[0])
            if name in _MAPS and len(shapes) == 2:
                return ValueType("map", shapes[1], key=shapes[0])
            if name in _TUPLES and "..." in arguments and len(shapes) == 1:
                return ValueType("list", shapes[0])
            if name in _TUPLES and shapes:
                return ValueType("tuple", items=tuple(shapes))
            raise unsupported_type(spelled, where)
        if text in _SCALARS:
            return ValueType(_SCALARS[text])
        raise unsupported_type(spelled, where)

    def call(self, interface: Interface, values: tuple[Value, ...], label: str) -> list[str]:
        names = [f"_a{i}" for i in range(len(values))]
        lines = [
            f"{name} = {_literal(value, parameter.type)}"
            for name, value, parameter in zip(names, values, interface.parameters, strict=True)
        ]
        call = f"{_callee(interface)}({', '.join(names)})"
        if interface.result is None:
            listed = [
                n
                for n, p in zip(names, interface.parameters, strict=True)
                if p.type.kind in ("list", "set", "map")
            ]
            shown = " + ';' + ".join(f"_canon({n})" for n in listed) or '""'
            body = f"lambda: ({call}, {shown})[1]"
        else:
            body = f"lambda: _canon({call})"
        return [*lines, f'_call("{label}", {body})']

    def program(
        self,
        function_code: str,
        calls: Sequence[str],
        suites: Sequence[Suite],
        call_seconds: float = CALL_SECONDS,
    ) -> str:
        prelude = _PRELUDE.replace("MAX_TIMEOUTS", str(MAX_TIMEOUTS)).replace(
            "CALL_SECONDS", repr(call_seconds)
        )
        prelude = prelude.replace("MAX_TRACES", str(MAX_TRACES))
        return "\n".join([prelude, function_code, "", *calls]) + "\n"


def _literal(value: Value, shape: ValueType) -> str:
    if shape.kind == "set" and isinstance(value, list):
        return "{" + ", ".join(_literal(v, shape.element or shape) for v in value) + "}" if value else "set()"
    if shape.kind == "tuple" and isinstance(value, list | tuple):
        items = [_literal(v, s) for v, s in zip(value, shape.items, strict=True)]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if shape.kind == "list" and isinstance(value, list):
        return "[" + ", ".join(_literal(v, shape.element or shape) for v in value) + "]"
    if shape.kind == "map" and isinstance(value, dict):
        assert shape.key is not None and shape.element is not None
        return (
            "{"
            + ", ".join(f"{_literal(k, shape.key)}: {_literal(v, shape.element)}" for k, v in value.items())
            + "}"
        )
    if shape.kind == "float" and isinstance(value, int | float) and not isinstance(value, bool):
        return repr(float(value))
    return repr(value)


def _callee(interface: Interface) -> str:
    if interface.owner is None or interface.kind == "function":
        return interface.name
    if interface.kind == "method":
        return f"{interface.owner}().{interface.name}"
    return f"{interface.owner}.{interface.name}"


TEST_DRIVER = PythonTestDriver()
