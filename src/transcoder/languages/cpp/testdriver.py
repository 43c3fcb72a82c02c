"""Generated tests in C++: the value shapes of C++ types, arguments as declarations, and ``main``.

Each call runs in a forked child with a CPU-time limit (``_call`` in the prelude), so that an input on
which the function crashes, trips the sanitizer or loops forever costs only that input; the parent
prints why (``R0.3!crashed signal 6``, ``R0.3!timeout``). Private members of a class whose method
is tested are opened to the driver (``public:`` inserted at the top of each class body and
``private``/``protected`` defined as ``public``): tests call what the source allows its own class to
call.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from transcoder.verify.values import (
    CALL_SECONDS,
    MAX_TIMEOUTS,
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
    "string": "str",
    "char": "char",
    "bool": "bool",
    "float": "float",
    "double": "float",
    "long double": "float",
    # Common typedefs (Arduino's among them) that code may declare for itself.
    "String": "str",
    "boolean": "bool",
}
# Integer spellings: (kind, bits, unsigned). ``long`` is 64 bits on the LP64 systems g++ targets here.
_INTEGERS: dict[str, tuple[str, int, bool]] = {
    "int": ("int", 32, False), "signed": ("int", 32, False), "signed int": ("int", 32, False),
    "unsigned": ("int", 32, True), "unsigned int": ("int", 32, True),
    "short": ("int", 16, False), "short int": ("int", 16, False), "signed short": ("int", 16, False),
    "unsigned short": ("int", 16, True), "unsigned short int": ("int", 16, True),
    "long": ("long", 64, False), "long int": ("long", 64, False), "signed long": ("long", 64, False),
    "long long": ("long", 64, False), "long long int": ("long", 64, False),
    "signed long long": ("long", 64, False),
    "unsigned long": ("long", 64, True), "unsigned long int": ("long", 64, True),
    "unsigned long long": ("long", 64, True), "unsigned long long int": ("long", 64, True),
    "signed char": ("int", 8, False), "unsigned char": ("int", 8, True), "byte": ("int", 8, True),
    "size_t": ("long", 64, True), "ssize_t": ("long", 64, False), "ptrdiff_t": ("long", 64, False),
    "intptr_t": ("long", 64, False), "uintptr_t": ("long", 64, True),
    "int8_t": ("int", 8, False), "uint8_t": ("int", 8, True),
    "int16_t": ("int", 16, False), "uint16_t": ("int", 16, True),
    "int32_t": ("int", 32, False), "uint32_t": ("int", 32, True),
    "int64_t": ("long", 64, False), "uint64_t": ("long", 64, True),
}  # fmt: skip
_LISTS = ("vector", "list", "deque")
_SETS = ("set", "unordered_set")
_MAPS = ("map", "unordered_map")
_TUPLES = ("pair", "tuple")
_CLASS_HEAD = re.compile(r"(?<!enum )\b(class|struct)\s+[A-Za-z_]\w*[^;{()]*\{")

# Printing results canonically (see TestDriver), and running each call in a child of its own.
# The POSIX headers come before bits/stdc++.h so the batch's precompiled header applies.
_PRELUDE = r"""
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <bits/stdc++.h>
using namespace std;
static string _canon(bool v) { return v ? "1" : "0"; }
static string _canon(char v) { return string(1, v); }
static string _canon(const string& v) { return v; }
static string _canon(const char* v) { return string(v); }
static string _canon(double v) { ostringstream out; out << setprecision(17) << v; return out.str(); }
static string _canon(float v) { return _canon((double) v); }
static string _canon(long double v) { return _canon((double) v); }
static string _canon(signed char v) { return to_string((int) v); }
static string _canon(unsigned char v) { return to_string((unsigned) v); }
template <typename T> static string _canon(T v) { return to_string(v); }
template <typename A, typename B> static string _canon(const pair<A, B>& v);
template <typename... T> static string _canon(const tuple<T...>& v);
template <typename T> static string _canon(const vector<T>& v);
template <typename T> static string _canon(const deque<T>& v);
template <typename T> static string _canon(const list<T>& v);
template <typename T> static string _canon(const set<T>& v);
template <typename T> static string _canon(const multiset<T>& v);
template <typename T> static string _canon(const unordered_set<T>& v);
template <typename K, typename V> static string _canon(const map<K, V>& v);
template <typename K, typename V> static string _canon(const unordered_map<K, V>& v);
template <typename I> static string _canon_range(I begin, I end, const char* open, const char* close) {
    string out = open;
    for (I i = begin; i != end; ++i) out += (i == begin ? "" : ",") + _canon(*i);
    return out + close;
}
template <typename T> static string _canon(const vector<T>& v) {
    string out = "[";
    for (size_t i = 0; i < v.size(); i++) out += (i ? "," : "") + _canon((T) v[i]);
    return out + "]";
}
template <typename T> static string _canon(const deque<T>& v) { return _canon_range(v.begin(), v.end(), "[", "]"); }
template <typename T> static string _canon(const list<T>& v) { return _canon_range(v.begin(), v.end(), "[", "]"); }
template <typename T> static string _canon(const set<T>& v) { return _canon_range(v.begin(), v.end(), "{", "}"); }
template <typename T> static string _canon(const multiset<T>& v) { return _canon_range(v.begin(), v.end(), "{", "}"); }
template <typename T> static string _canon(const unordered_set<T>& v) { set<T> s(v.begin(), v.end()); return _canon(s); }
template <typename K, typename V> static string _canon(const map<K, V>& v) {
    string out = "{";
    for (auto i = v.begin(); i != v.end(); ++i) out += (i == v.begin() ? "" : ",") + _canon(i->first) + ":" + _canon(i->second);
    return out + "}";
}
template <typename K, typename V> static string _canon(const unordered_map<K, V>& v) { map<K, V> m(v.begin(), v.end()); return _canon(m); }
template <typename A, typename B> static string _canon(const pair<A, B>& v) { return "[" + _canon(v.first) + "," + _canon(v.second) + "]"; }
template <typename... T> static string _canon(const tuple<T...>& v) {
    string out = "[";
    apply([&out](const auto&... item) { size_t i = 0; ((out += (i++ ? "," : "") + _canon(item)), ...); }, v);
    return out + "]";
}
template <typename T> static string _canon_array(const T* v, long n) {
    string out = "[";
    for (long i = 0; i < n; i++) out += (i ? "," : "") + _canon(v[i]);
    return out + "]";
}
static int _timeouts = 0;
static const unsigned _call_seconds = CALL_SECONDS;
static double _child_cpu() {
    struct rusage usage;
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
template <typename F> static void _call(const char* label, F body) {
    if (_timeouts >= MAX_TIMEOUTS) { cout << "\nR" << label << "!skipped" << endl; return; }
    cout.flush(); fflush(stdout);
    double before = _child_cpu();
    pid_t child = fork();
    if (child == 0) {
        // CPU time, so that a busy machine does not make a quick call time out; the wall-clock
        // alarm only catches a call that waits without computing.
        struct rlimit cpu = {_call_seconds, _call_seconds + 1};
        setrlimit(RLIMIT_CPU, &cpu);
        alarm(_call_seconds * 20);
        string shown = body();
        cout << "\nR" << label << ":" << shown << endl;
        fflush(stdout);
        _exit(0);
    }
    if (child < 0) { string shown = body(); cout << "\nR" << label << ":" << shown << endl; return; }
    int status = 0;
    waitpid(child, &status, 0);
    double cpu_seconds = _child_cpu() - before;
    int signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    if (signal == SIGALRM || signal == SIGXCPU) { _timeouts++; cout << "\nR" << label << "!timeout" << endl; }
    else if (signal) cout << "\nR" << label << "!crashed signal " << signal << endl;
    else if (WEXITSTATUS(status) != 0) cout << "\nR" << label << "!crashed exit " << WEXITSTATUS(status) << endl;
    cout << "\nT" << label << ":" << cpu_seconds << endl;
}
"""


def _plain(spelled: str) -> str:
    """A type without qualifiers, references and ``std::``, its words single-spaced; a value
    that may be absent (``optional<T>``, a Java parameter that may be null) is passed as its ``T``."""
    text = re.sub(r"\b(const|volatile)\b", " ", spelled).replace("&", " ").replace("std::", "")
    text = re.sub(r"^\s*optional\s*<(.*)>\s*$", r"\1", text)
    return " ".join(text.split()).replace(" *", "*").replace(" [", "[")


def _array_parts(text: str) -> tuple[str, list[str]] | None:
    """``int[][3]`` -> (``int``, ["", "3"]); ``int*`` -> (``int``, [""]); None if not an array."""
    match = re.fullmatch(r"([^\[\]*]+?)\s*((?:\[\w*\])+|\*)", text)
    if not match:
        return None
    dimensions = re.findall(r"\[(\w*)\]", match.group(2)) if match.group(2) != "*" else [""]
    return match.group(1).strip(), dimensions


def int_literal(value: int) -> str:
    """``value`` as a C++ integer literal of a type wide enough to hold it."""
    if value == -(1 << 63):
        return "(-9223372036854775807LL - 1)"
    if value == -(1 << 31):
        return "(-2147483647 - 1)"
    if value >= 1 << 63:
        return f"{value}ULL"
    return str(value) if -(1 << 31) < value < 1 << 31 else f"{value}LL"


def char_literal(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def string_literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def scalar_literal(value: Value, kind: str) -> str:
    if kind == "bool":
        return "true" if value else "false"
    if kind == "char":
        return char_literal(str(value))
    if kind == "str":
        return string_literal(str(value))
    if kind == "float":
        return repr(float(value))  # type: ignore[arg-type]
    assert isinstance(value, int)
    return int_literal(value)


class CppTestDriver(DeclaringTestDriver):
    def value_type(self, spelled: str, where: str) -> ValueType | None:
        text = _plain(spelled)
        if text == "void":
            return None
        if text in ("char[]", "char*", "const char*"):
            return ValueType("str")  # a C string: text
        array = _array_parts(text)
        if array is not None:
            base, dimensions = array
            shape = self._required(base, spelled, where)
            for dimension in reversed(dimensions):
                if dimension and not dimension.isdigit():
                    raise unsupported_type(spelled, where)  # ``int m[][N]``: N is the code's own macro
                shape = ValueType("list", shape, length=int(dimension) if dimension else 0)
            return shape
        if "<" in text and text.endswith(">"):
            return self._template(text, spelled, where)
        if text in _SCALARS:
            return ValueType(_SCALARS[text])
        if text in _INTEGERS:
            kind, bits, unsigned = _INTEGERS[text]
            return ValueType(kind, bits=bits if bits not in (32, 64) else 0, unsigned=unsigned)
        raise unsupported_type(spelled, where)

    def _template(self, text: str, spelled: str, where: str) -> ValueType:
        name = text[: text.index("<")].strip()
        read = [
            self._required(argument, spelled, where) if not argument.endswith("*") else None
            for argument in type_arguments(text)
        ]
        if None in read:  # a pointer in a container is no list: it points at one value, or many
            raise unsupported_type(spelled, where)
        arguments = [argument for argument in read if argument is not None]
        if name in _LISTS and len(arguments) == 1:
            return ValueType("list", arguments[0])
        if name == "array" and len(arguments) == 1:
            raise unsupported_type(spelled, where)
        if name in _SETS and len(arguments) == 1:
            return ValueType("set", arguments[0])
        if name in _MAPS and len(arguments) == 2:
            return ValueType("map", arguments[1], key=arguments[0])
        if name in _TUPLES and arguments:
            return ValueType("tuple", items=tuple(arguments))
        raise unsupported_type(spelled, where)

    def literal(self, value: Value, shape: ValueType) -> str:
        """``value`` as a C++ initializer for a variable of ``shape``."""
        if shape.kind in ("list", "set") and isinstance(value, list):
            assert shape.element is not None
            return "{" + ", ".join(self.literal(v, shape.element) for v in value) + "}"
        if shape.kind == "map" and isinstance(value, dict):
            assert shape.key is not None and shape.element is not None
            pairs = (
                f"{{{self.literal(k, shape.key)}, {self.literal(v, shape.element)}}}"
                for k, v in value.items()
            )
            return "{" + ", ".join(pairs) + "}"
        if shape.kind == "tuple" and isinstance(value, list | tuple):
            return "{" + ", ".join(self.literal(v, s) for v, s in zip(value, shape.items, strict=True)) + "}"
        if shape.integer and isinstance(value, int) and not isinstance(value, bool):
            literal = int_literal(value)
            # An element outside its declared type's range would not narrow in braces: cast it.
            return (
                literal if shape.minimum <= value <= shape.maximum else f"({_int_spelling(shape)}) {literal}"
            )
        if shape.kind == "float" and isinstance(value, int | float):
            return repr(float(value))
        return scalar_literal(value, shape.kind)

    def argument(self, parameter: Parameter, value: Value, local: str) -> tuple[str, str, str | None]:
        """(declaration, argument expression, expression printing it after the call or None)."""
        raw = parameter.spelled or ""
        spelled = _plain(raw)
        changeable = "&" in raw and "const" not in raw
        if parameter.type.kind == "str" and spelled.startswith("vector<char>"):
            characters = ", ".join(char_literal(c) for c in str(value))
            show: str | None = f"string({local}.begin(), {local}.end())"
            return f"vector<char> {local} = {{{characters}}};", local, show
        if parameter.type.kind == "str" and spelled in ("char*", "char[]"):
            return f"char {local}[] = {string_literal(str(value))};", local, f"string({local})"
        shape = self._own_shape(raw, parameter.type)
        array = _array_parts(spelled)
        if array is not None and isinstance(value, list):
            base, dimensions = array
            declared = f"{base} {local}[]" + "".join(f"[{d}]" for d in dimensions[1:])
            show = f"_canon_array({local}, {len(value)})" if len(dimensions) == 1 else None
            return f"{declared} = {self.literal(value, shape)};", local, show
        declaration = f"{spelled} {local} = {self.literal(value, shape)};"
        shown = f"_canon({local})" if shape.kind in ("list", "set", "map") or changeable else None
        return declaration, local, shown

    def _own_shape(self, spelled: str, source: ValueType) -> ValueType:
        """The shape the candidate declares (its integer widths), where it agrees with the source's
        kind of value; else the source's."""
        try:
            own = self.value_type(spelled, "an argument") if spelled else None
        except TestGenerationError:
            return source
        return own if own is not None and own.kind == source.kind else source

    def call(self, interface: Interface, values: tuple[Value, ...], label: str) -> list[str]:
        declarations, arguments, listed = self.declared_call(interface, values)
        call = f"{_callee(interface)}({', '.join(arguments)})"
        if interface.result is None:
            shown = f"{call}; return " + (' + string(";") + '.join(listed) or 'string("")') + ";"
        else:
            # Called before the label is printed: whatever the function prints itself comes first.
            shown = f"auto&& result = {call}; return _canon(result);"
        body = f'_call("{label}", [&]() -> string {{ {shown} }});'
        return ["{", *(f"    {line}" for line in declarations), f"    {body}", "}"]

    def program(
        self,
        function_code: str,
        calls: Sequence[str],
        suites: Sequence[Suite],
        call_seconds: float = CALL_SECONDS,
    ) -> str:
        if any(interface.owner for interface, _ in suites):
            opened = _CLASS_HEAD.sub(lambda match: match.group(0) + " public:", function_code)
            function_code = f"#define private public\n#define protected public\n{opened}"
        prelude = _PRELUDE.replace("MAX_TIMEOUTS", str(MAX_TIMEOUTS))
        prelude = prelude.replace("CALL_SECONDS", str(max(1, round(call_seconds))))
        body = "\n".join(f"    {line}" for line in calls)
        return f"{prelude}\n{function_code}\n\nint main() {{\n{body}\n    return 0;\n}}\n"


def _callee(interface: Interface) -> str:
    if interface.owner is None or interface.kind == "function":
        return interface.name
    if interface.kind == "method":
        return f"{interface.owner}().{interface.name}"
    return f"{interface.owner}::{interface.name}"


def _int_spelling(shape: ValueType) -> str:
    return f"{'u' if shape.unsigned else ''}int{shape.width}_t"


TEST_DRIVER = CppTestDriver()
