"""The Java file around a translation: its imports and the class that holds its methods.

The imports are computed from what the printed code uses: every type or class name it mentions
(``List<Integer>``, ``Arrays.sort``, ``Map.Entry``) is looked up in ``IMPORTS``, the table beside
the printing table (``printing.py``); ``java.lang`` needs none. One import per class, sorted, as
Java style guides ask (no wildcards).

The class is named after the input file when the caller knows it (``binary_search.cpp`` ->
``BinarySearch``, as ``transcoder translate`` names the output file), else after the first
function (``gcd_of`` -> ``GcdOf``), else ``Main``; a name that a class of the library the file
uses (or ``java.lang``) already has is not taken.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import tree_sitter

from transcoder.engines.rules.cfamily.words import may_name
from transcoder.languages import get_language


def _table(rows: dict[str, str]) -> dict[str, str]:
    """``{package: "Class Class ..."}`` -> ``{Class: "package.Class"}``."""
    return {name: f"{package}.{name}" for package, names in rows.items() for name in names.split()}


IMPORTS = _table(
    {
        "java.util": """List ArrayList LinkedList Map HashMap TreeMap LinkedHashMap Set HashSet TreeSet
            LinkedHashSet Arrays Collections Collection Deque ArrayDeque Queue PriorityQueue Stack
            Iterator ListIterator Comparator Objects Optional OptionalInt OptionalLong
            OptionalDouble StringJoiner BitSet Vector NavigableMap NavigableSet SortedMap
            SortedSet AbstractMap Scanner Random NoSuchElementException""",
        "java.util.function": """Function BiFunction Predicate BiPredicate Supplier Consumer
            BiConsumer UnaryOperator BinaryOperator IntUnaryOperator IntBinaryOperator
            IntPredicate IntFunction ToIntFunction ToLongFunction""",
        "java.util.stream": "Stream IntStream LongStream DoubleStream Collectors",
        "java.math": "BigInteger BigDecimal",
    }
)
"""A class name -> its fully qualified name, for the classes a translation may use."""

# java.lang's classes: never imported, and never a name for the translation's own class.
_JAVA_LANG = frozenset(
    [
        "Object",
        "String",
        "StringBuilder",
        "Math",
        "Integer",
        "Long",
        "Short",
        "Byte",
        "Character",
        "Boolean",
        "Double",
        "Float",
        "Number",
        "System",
        "Thread",
        "Runtime",
        "Iterable",
        "Comparable",
        "Exception",
        "RuntimeException",
        "Error",
        "ArithmeticException",
        "IllegalArgumentException",
        "IllegalStateException",
        "IndexOutOfBoundsException",
        "ArrayIndexOutOfBoundsException",
        "NullPointerException",
        "UnsupportedOperationException",
        "AssertionError",
        "Override",
        "Void",
        "Class",
        "Enum",
        "Record",
        "CharSequence",
    ]
)


@cache
def _parser() -> tree_sitter.Parser:
    return tree_sitter.Parser(get_language("java").tree_sitter_language())


@cache
def _names_query() -> tree_sitter.Query:
    return tree_sitter.Query(
        get_language("java").tree_sitter_language(),
        "[(identifier) (type_identifier)] @name (_ name: (_) @declared) (type_parameter (type_identifier) @parameter)",
    )


def used_classes(code: str) -> set[str]:
    """Capitalised names ``code`` uses as types or as the receivers of static calls."""
    return set(_used_classes(code))


@lru_cache(maxsize=16)
def _used_classes(code: str) -> frozenset[str]:
    """``used_classes``, computed once per text (the shell asks twice: for the class name and
    for the imports). The names and declarations are found by a query (in C, not a walk of every
    node in Python); a declaration's kind is asked of its parent only for capitalised names."""
    tree = _parser().parse(code.encode("utf-8"))
    captures = tree_sitter.QueryCursor(_names_query()).captures(tree.root_node)
    found = {text.decode("utf-8") for text in _capitalised(captures.get("name", []))}
    own: set[str] = set()
    for node in captures.get("declared", []):
        parent = node.parent
        if (
            parent is not None
            and node.text is not None
            and node.text[:1].isupper()
            and parent.type.endswith("_declaration")
            and parent.type != "method_declaration"
            and parent.child_by_field_name("name") == node
        ):
            own.add(node.text.decode("utf-8"))
    own.update(text.decode("utf-8") for text in _capitalised(captures.get("parameter", [])))
    return frozenset(found - own)


def _capitalised(nodes: list[tree_sitter.Node]) -> list[bytes]:
    """The texts of ``nodes`` that begin with a capital letter."""
    return [node.text for node in nodes if node.text is not None and node.text[:1].isupper()]


def imports(code: str) -> list[str]:
    """The import lines ``code`` needs, sorted."""
    if not may_name(code, IMPORTS):
        return []
    return sorted(f"import {IMPORTS[name]};" for name in used_classes(code) if name in IMPORTS)


def class_name(code: str, wanted: str | None, first_function: str | None) -> str:
    """The name of the class that holds ``code``: ``wanted`` (from the input file's name) when
    given, else one made from ``first_function``, else ``Main``."""
    for candidate in (wanted, _pascal(first_function) if first_function else None, "Main"):
        if not candidate or candidate in IMPORTS or candidate in _JAVA_LANG:
            continue
        if re.search(rf"\b(?:class|interface|enum|record)\s+{re.escape(candidate)}\b", code):
            continue  # a class of the translation has that name (a nested class cannot share it)
        if not may_name(code, (candidate,)) or candidate not in used_classes(code):
            return candidate
    return "Translation"


def library_class(name: str) -> bool:
    """Whether ``name`` is a JDK class the shell knows (``java.lang``, or one it imports)."""
    return name in _JAVA_LANG or name in IMPORTS


def _pascal(name: str) -> str:
    """``gcd_of`` -> ``GcdOf``, ``maxSum`` -> ``MaxSum`` (a class name from a method's)."""
    return get_language("java").file_stem(name)


_INDENT = "    "


def java_file(code: str, name: str) -> str:
    """``code`` (static fields and methods, as the back end prints them) as a Java file that
    compiles as it is: its imports, then ``public class name`` holding the code."""
    head = imports(code)
    members = "\n".join(_INDENT + line if line.strip() else "" for line in code.strip("\n").splitlines())
    parts = ["\n".join(head)] if head else []
    parts.append(f"public class {name} {{\n{members}\n}}")
    return "\n\n".join(parts) + "\n"


_IDENTIFIER = re.compile(r"^[A-Za-z_$][\w$]*$")


def valid_class_name(name: str) -> bool:
    """Whether ``name`` can name a Java class (an identifier that is not a keyword)."""
    return bool(_IDENTIFIER.match(name)) and name not in get_language("java").keywords
