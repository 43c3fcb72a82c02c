"""Generated tests in Java: the value shapes of Java types, arguments as declarations, and a ``Main``
class whose ``main`` makes the calls.

Each call runs on a thread of its own (``_call`` in the prelude), watched against a CPU-time limit: an
exception or error (``StackOverflowError``, ``OutOfMemoryError``) is printed as the call's outcome
(``R0.3!raised ArithmeticException``), and a call still running at its limit is stopped
(``Thread.stop``, still working in JDK 17) and reported as ``R0.3!timeout``. The code's classes are
kept, with ``private`` dropped so that ``Main`` may call the methods the source's own class calls.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from transcoder.verify.values import (
    CALL_SECONDS,
    MAX_TIMEOUTS,
    MAX_TRACES,
    DeclaringTestDriver,
    Interface,
    Parameter,
    Suite,
    TestGenerationError,
    Value,
    ValueType,
    type_arguments,
    unsupported_type,
)

_SCALARS = {
    "String": "str",
    "CharSequence": "str",
    "char": "char",
    "Character": "char",
    "boolean": "bool",
    "Boolean": "bool",
    "float": "float",
    "Float": "float",
    "double": "float",
    "Double": "float",
}
# Integer spellings: (kind, bits); Java's integers are all signed.
_INTEGERS = {
    "long": ("long", 64),
    "Long": ("long", 64),
    "int": ("int", 32),
    "Integer": ("int", 32),
    "short": ("int", 16),
    "Short": ("int", 16),
    "byte": ("int", 8),
    "Byte": ("int", 8),
}
_PRIMITIVE_NAMES = {"int": "int", "long": "long", "short": "short", "byte": "byte"}
_BOXED = {"Integer": "int", "Long": "long", "Short": "short", "Byte": "byte"}
_LISTS = ("List", "ArrayList", "LinkedList", "Collection", "Iterable", "AbstractList", "Deque", "ArrayDeque")
_SETS = ("Set", "HashSet", "TreeSet", "LinkedHashSet", "SortedSet", "NavigableSet")
_MAPS = ("Map", "HashMap", "TreeMap", "LinkedHashMap", "SortedMap", "NavigableMap")
# The class a caller would pass for an interface type.
_CONCRETE = {
    "List": "ArrayList",
    "Collection": "ArrayList",
    "Iterable": "ArrayList",
    "AbstractList": "ArrayList",
    "Deque": "ArrayDeque",
    "Set": "HashSet",
    "SortedSet": "TreeSet",
    "NavigableSet": "TreeSet",
    "Map": "HashMap",
    "SortedMap": "TreeMap",
    "NavigableMap": "TreeMap",
}
_PUBLIC_CLASS = re.compile(r"^(\s*)public\s+(?=(?:final\s+|abstract\s+)*(?:class|interface|enum)\b)")
_PRIVATE = re.compile(r"\bprivate\s+")

# Printing results canonically (see TestDriver), and running each call on a thread of its own.
_PRELUDE = """
    static String _canon(boolean v) { return v ? "1" : "0"; }
    static String _canon(long v) { return Long.toString(v); }
    static String _canon(char v) { return String.valueOf(v); }
    static String _canon(double v) { return Double.toString(v); }
    static String _canon(Object v) {
        if (v instanceof Boolean) return ((Boolean) v) ? "1" : "0";
        if (v instanceof Float) return Double.toString(((Float) v).doubleValue());
        if (v instanceof int[]) return _join(Arrays.stream((int[]) v).boxed().toArray());
        if (v instanceof long[]) return _join(Arrays.stream((long[]) v).boxed().toArray());
        if (v instanceof double[]) return _join(Arrays.stream((double[]) v).boxed().toArray());
        if (v instanceof Object[]) return _join((Object[]) v);
        if (v != null && v.getClass().isArray()) {  // byte[], short[], char[], boolean[], float[]
            Object[] o = new Object[java.lang.reflect.Array.getLength(v)];
            for (int i = 0; i < o.length; i++) o[i] = java.lang.reflect.Array.get(v, i);
            return _join(o);
        }
        if (v instanceof Map) {
            StringBuilder out = new StringBuilder("{");
            for (Map.Entry<?, ?> e : new TreeMap<Object, Object>((Map<?, ?>) v).entrySet()) {
                if (out.length() > 1) out.append(",");
                out.append(_canon(e.getKey())).append(":").append(_canon(e.getValue()));
            }
            return out.append("}").toString();
        }
        if (v instanceof Set) { String s = _join(new TreeSet<Object>((Set<?>) v).toArray());
            return "{" + s.substring(1, s.length() - 1) + "}"; }
        if (v instanceof Collection) return _join(((Collection<?>) v).toArray());
        if (v instanceof Optional) return ((Optional<?>) v).map(x -> _canon((Object) x)).orElse("None");
        if (v instanceof Map.Entry) {  // a pair, printed as a tuple is
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) v;
            return "[" + _canon((Object) e.getKey()) + "," + _canon((Object) e.getValue()) + "]";
        }
        return String.valueOf(v);
    }
    static String _join(Object[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) { if (i > 0) out.append(","); out.append(_canon(values[i])); }
        return out.append("]").toString();
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <M extends Map> M _fill(M map, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i], pairs[i + 1]);
        return map;
    }
    static int _timeouts = 0;
    static int _traces = 0;
    @SuppressWarnings("deprecation")
    static void _call(String label, java.util.concurrent.Callable<String> body) {
        if (_timeouts >= MAX_TIMEOUTS) { System.out.println("\\nR" + label + "!skipped"); return; }
        final String[] shown = new String[1];
        final Throwable[] error = new Throwable[1];
        final long[] took = new long[1];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Thread thread = new Thread(null, () -> {
            long start = threads.getCurrentThreadCpuTime();
            try { shown[0] = body.call(); } catch (Throwable e) { error[0] = e; }
            took[0] = threads.getCurrentThreadCpuTime() - start;
        }, "call", 16L << 20);
        thread.setDaemon(true);  // a call that outlives its stop must not keep the program alive
        long wallStart = System.nanoTime();
        thread.start();
        // CPU time of the call's thread, so that a busy machine does not make a quick call time
        // out; twenty times as much wall time catches a call that waits without computing.
        while (thread.isAlive()) {
            try { thread.join(20); } catch (InterruptedException e) { }
            long cpu = threads.getThreadCpuTime(thread.getId());
            if (cpu > CALL_MILLIS * 1000000L || System.nanoTime() - wallStart > CALL_MILLIS * 20000000L) break;
        }
        if (thread.isAlive()) {
            _timeouts++;
            System.out.println("\\nR" + label + "!timeout");
            took[0] = threads.getThreadCpuTime(thread.getId());
            thread.stop();
        } else if (error[0] != null) {
            System.out.println("\\nR" + label + "!raised " + error[0].getClass().getSimpleName());
            if (++_traces <= MAX_TRACES) error[0].printStackTrace();
        } else {
            System.out.println("\\nR" + label + ":" + shown[0]);
        }
        System.out.println("\\nT" + label + ":" + took[0] / 1e9);
    }
"""


def _plain(spelled: str) -> str:
    text = re.sub(r"\bfinal\s+|\bjava\.util\.|\bjava\.lang\.", "", spelled)
    return " ".join(text.split()).replace("...", "[]")


def string_literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def char_literal(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def int_literal(value: int, spelled: str) -> str:
    """``value`` as a literal for a variable spelled ``spelled``; a value outside the type's range
    (an unsigned source's) is written by its bits, as a Java port of that code would hold it."""
    primitive = _PRIMITIVE_NAMES.get(spelled) or _BOXED.get(spelled) or "int"
    bits = {"long": 64, "int": 32, "short": 16, "byte": 8}[primitive]
    wrapped = (value + (1 << (bits - 1))) % (1 << bits) - (1 << (bits - 1))
    if primitive == "long":
        return f"{wrapped}L" if wrapped != -(1 << 63) else "Long.MIN_VALUE"
    if wrapped == value and primitive == "int":
        return str(value)
    inner = f"{value}L" if -(1 << 63) <= value < 1 << 63 else f"{wrapped}"
    return f"(({primitive}) {inner})"


def scalar_literal(value: Value, kind: str, spelled: str = "") -> str:
    if kind in ("int", "long") and isinstance(value, int) and not isinstance(value, bool):
        return int_literal(value, spelled or ("long" if kind == "long" else "int"))
    if kind == "str":
        return string_literal(str(value))
    if kind == "bool":
        return "true" if value else "false"
    if kind == "char":
        return char_literal(str(value))
    number = repr(float(value))  # type: ignore[arg-type]
    return number + ("f" if spelled in ("float", "Float") else "")


class JavaTestDriver(DeclaringTestDriver):
    def value_type(self, spelled: str, where: str) -> ValueType | None:
        text = _plain(spelled)
        if text == "void":
            return None
        if text == "char[]":
            return ValueType("str")  # a char array holds text
        if text.endswith("[]"):
            return ValueType("list", self._required(text[:-2].strip(), spelled, where))
        if "<" in text and text.endswith(">"):
            name = text[: text.index("<")].strip()
            arguments = [self._required(a, spelled, where) for a in type_arguments(text)]
            if name in _LISTS and len(arguments) == 1:
                return ValueType("list", arguments[0])
            if name in _SETS and len(arguments) == 1:
                return ValueType("set", arguments[0])
            if name in _MAPS and len(arguments) == 2:
                return ValueType("map", arguments[1], key=arguments[0])
            raise unsupported_type(spelled, where)
        if text in _SCALARS:
            return ValueType(_SCALARS[text])
        if text in _INTEGERS:
            kind, bits = _INTEGERS[text]
            return ValueType(kind, bits=bits if bits not in (32, 64) else 0)
        raise unsupported_type(spelled, where)

    def literal(self, value: Value, spelled: str, top: bool = True) -> str:
        """``value`` as a Java expression of the type ``spelled`` (inside an array initializer when
        not ``top``)."""
        text = _plain(spelled)
        if text.endswith("[]") and isinstance(value, list):
            element = text[:-2].strip()
            inner = "{" + ", ".join(self.literal(v, element, top=False) for v in value) + "}"
            return f"new {text}{inner}" if top else inner
        if "<" in text and isinstance(value, list | dict):
            name = text[: text.index("<")].strip()
            arguments = type_arguments(text)
            concrete = f"java.util.{_CONCRETE.get(name, name)}<{', '.join(arguments)}>"
            if isinstance(value, dict):
                key, item = arguments
                pairs = [f"{self.literal(k, key)}, {self.literal(v, item)}" for k, v in value.items()]
                return f"_fill(new {concrete}(){''.join(', ' + p for p in pairs)})"
            items = ", ".join(self.literal(v, arguments[0]) for v in value)
            return f"new {concrete}(java.util.Arrays.<{arguments[0]}>asList({items}))"
        shape = self.value_type(text, "an argument")
        assert shape is not None
        return scalar_literal(value, shape.kind, text)

    def argument(self, parameter: Parameter, value: Value, local: str) -> tuple[str, str, str | None]:
        """(declaration, argument expression, expression printing it after the call or None)."""
        spelled = _plain(parameter.spelled or "")
        if not spelled:
            raise TestGenerationError(f"no Java type for parameter '{parameter.name}'")
        if parameter.type.kind == "str" and spelled == "char[]":
            literal = f"{string_literal(str(value))}.toCharArray()"
            return f"char[] {local} = {literal};", local, f"_canon(new String({local}))"
        declaration = f"{spelled} {local} = {self.literal(value, spelled)};"
        changeable = spelled.endswith("[]") or "<" in spelled
        return declaration, local, f"_canon({local})" if changeable else None

    def call(self, interface: Interface, values: tuple[Value, ...], label: str) -> list[str]:
        declarations, arguments, listed = self.declared_call(interface, values)
        call = f"{_callee(interface)}({', '.join(arguments)})"
        if interface.result is None:
            shown = f"{call}; return " + (' + ";" + '.join(listed) or '""') + ";"
        else:
            shown = f"return _canon({call});"
        body = f'_call("{label}", () -> {{ {shown} }});'
        return ["{", *(f"    {line}" for line in declarations), f"    {body}", "}"]

    def program(
        self,
        function_code: str,
        calls: Sequence[str],
        suites: Sequence[Suite],
        call_seconds: float = CALL_SECONDS,
    ) -> str:
        lines = function_code.splitlines()
        imports = [line for line in lines if line.startswith("import ")]
        code = [line for line in lines if not line.startswith(("import ", "package "))]
        header = "\n".join(["import java.util.*;", "import java.util.stream.*;", *imports])
        body = "\n".join(f"        {line}" for line in calls)
        main = f"    public static void main(String[] args) {{\n{body}\n    }}\n"
        prelude = _PRELUDE.replace("MAX_TIMEOUTS", str(MAX_TIMEOUTS)).replace("MAX_TRACES", str(MAX_TRACES))
        prelude = prelude.replace("CALL_MILLIS", str(max(1, round(call_seconds * 1000))))
        if any(interface.owner for interface, _ in suites):
            # Code with its own classes keeps them (no longer public: Main is the file's class).
            classes = "\n".join(_PRIVATE.sub("", _PUBLIC_CLASS.sub(r"\1", line)) for line in code)
            return f"{header}\n\n{classes}\n\npublic class Main {{\n{prelude}\n{main}}}\n"
        methods = "\n".join(code)
        return f"{header}\n\npublic class Main {{\n{prelude}\n{methods}\n\n{main}}}\n"


def _callee(interface: Interface) -> str:
    if interface.owner is None:
        return interface.name
    if interface.kind == "method":
        return f"new {interface.owner}().{interface.name}"
    return f"{interface.owner}.{interface.name}"


TEST_DRIVER = JavaTestDriver()
