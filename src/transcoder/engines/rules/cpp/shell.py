"""The C++ file around a translation: the ``#include`` lines it needs and ``using namespace std;``.

The includes are computed from what the printed code uses: every identifier of the standard
library it names (a type, a function, an object, a macro) is looked up in ``HEADERS``, the table
beside the printing table (``printing.py``). Method names (``v.size()``) need no header of their
own, and names the file declares itself are not the library's.

The printing tables and the runtime helpers spell the library unqualified (``vector<int>``,
``sort(...)``), as most C++ written for algorithms is, so the file says ``using namespace std;``
once after its includes rather than qualifying every name: one line, and the functions read as
they are printed when several translations are put into one program (the GfG harness, a test
driver) that already says it.
"""

from __future__ import annotations

from functools import cache

import tree_sitter

from transcoder.engines.rules.cfamily.words import may_name
from transcoder.languages import get_language

USING_STD = "using namespace std;"


def _table(rows: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """``{header: "name name ..."}`` -> ``{name: (header, ...)}``."""
    table: dict[str, tuple[str, ...]] = {}
    for header, names in rows.items():
        for name in names.split():
            table[name] = (*table.get(name, ()), header)
    return table


HEADERS = _table(
    {
        "algorithm": """sort stable_sort partial_sort nth_element reverse min max minmax min_element
            max_element fill fill_n count count_if find find_if find_if_not lower_bound upper_bound
            equal_range binary_search next_permutation prev_permutation unique all_of any_of none_of
            transform copy copy_if remove remove_if replace replace_if rotate is_sorted for_each
            equal mismatch search merge set_union set_intersection set_difference includes
            __gcd clamp shuffle""",
        "array": "array",
        "bitset": "bitset",
        "cassert": "assert",
        "cctype": "isalpha isdigit isalnum isupper islower isspace ispunct isxdigit toupper tolower",
        "cfloat": "DBL_MAX DBL_MIN FLT_MAX FLT_MIN DBL_EPSILON FLT_EPSILON",
        "climits": """INT_MAX INT_MIN UINT_MAX LONG_MAX LONG_MIN ULONG_MAX LLONG_MAX LLONG_MIN
            ULLONG_MAX SHRT_MAX SHRT_MIN CHAR_MAX CHAR_MIN SCHAR_MAX SCHAR_MIN UCHAR_MAX CHAR_BIT""",
        "cmath": """sqrt cbrt pow exp exp2 log log2 log10 log1p floor ceil round lround llround trunc
            fabs fmod hypot sin cos tan asin acos atan atan2 sinh cosh tanh isnan isinf isfinite
            fmin fmax copysign signbit abs M_PI rint lrint llrint nearbyint remainder modf frexp
            ldexp expm1 erf erfc tgamma lgamma fdim fma nextafter scalbn ilogb logb HUGE_VAL INFINITY
            NAN""",
        "cstdint": """int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t intmax_t
            uintmax_t INT64_MAX INT64_MIN INT32_MAX INT32_MIN UINT32_MAX UINT64_MAX""",
        "cstddef": "size_t ptrdiff_t",
        "cstdio": "printf scanf puts putchar getchar sprintf snprintf fprintf",
        "cstdlib": "abs llabs labs rand srand exit atoi atol atoll strtol strtoll strtoul strtod",
        "cstring": "strlen strcmp strncmp strcpy strncpy strcat memset memcpy memcmp strchr strstr",
        "deque": "deque",
        "functional": "greater less greater_equal less_equal equal_to function hash plus minus",
        "iomanip": "setprecision setw setfill",
        "iostream": "cout cin cerr endl",
        "memory": "shared_ptr make_shared enable_shared_from_this static_pointer_cast dynamic_pointer_cast",
        "charconv": "to_chars chars_format from_chars",
        "iterator": "next prev advance distance back_inserter inserter",
        "limits": "numeric_limits",
        "list": "list",
        "map": "map multimap",
        "optional": "optional nullopt",
        "numeric": "accumulate iota gcd lcm partial_sum inner_product adjacent_difference reduce",
        "queue": "queue priority_queue",
        "set": "set multiset",
        "sstream": "stringstream ostringstream istringstream",
        "regex": "regex regex_replace",
        "stack": "stack",
        "stdexcept": "runtime_error logic_error invalid_argument out_of_range overflow_error",
        "string": "string to_string stoi stol stoll stoul stoull stod stof getline",
        "tuple": "tuple make_tuple get tie",
        "unordered_map": "unordered_map unordered_multimap",
        "unordered_set": "unordered_set unordered_multiset",
        "utility": "pair make_pair swap move",
        "vector": "vector",
    }
)
"""A standard-library name -> the headers that declare it (``abs``: ``<cstdlib>`` for integers,
``<cmath>`` for floating point; both are included, since the printed call may be either)."""

_DECLARATORS = frozenset({"reference_declarator", "pointer_declarator"})
_TYPES = frozenset({"class_specifier", "struct_specifier", "alias_declaration", "type_definition"})


@cache
def _parser() -> tree_sitter.Parser:
    return tree_sitter.Parser(get_language("cpp").tree_sitter_language())


def _role(node: tree_sitter.Node, parent: tree_sitter.Node | None) -> str:
    """What an identifier is where it stands (under ``parent``): ``function`` or ``type`` (one the
    file declares), ``variable`` (a variable or parameter the file declares), ``named`` (a call's
    callee or a template's name: the library's unless the file declares it as a function or
    type), ``use``."""
    if parent is None:
        return "use"
    if parent.type in _TYPES or parent.type == "template_parameter_list":
        return "type" if parent.child_by_field_name("name") == node else "use"
    if parent.type == "type_parameter_declaration":
        return "type"
    if parent.type == "function_declarator" and parent.child_by_field_name("declarator") == node:
        return "function"
    if parent.type in _DECLARATORS or parent.child_by_field_name("declarator") == node:
        return "variable"
    if parent.type in ("call_expression", "template_function", "template_type"):
        field = "function" if parent.type == "call_expression" else "name"
        return "named" if parent.child_by_field_name(field) == node else "use"
    return "use"


@cache
def _names_query() -> tree_sitter.Query:
    return tree_sitter.Query(
        get_language("cpp").tree_sitter_language(),
        "[(identifier) (type_identifier) (namespace_identifier)] @name"
        " [(primitive_type) (sized_type_specifier)] @words",
    )


def includes(code: str) -> list[str]:
    """The ``#include`` lines ``code`` needs, sorted."""
    if not may_name(code, HEADERS):
        return []  # no library name, used or declared (words.py): no parse
    tree = _parser().parse(code.encode("utf-8"))
    roles: dict[str, set[str]] = {}
    # The names and type words found by a query (in C, not a walk of every node in Python); the
    # role is asked only of the library's names. `node.parent` walks down from the root
    # (tree-sitter nodes keep no parent link): cheap for those few names, not for every node.
    captures = tree_sitter.QueryCursor(_names_query()).captures(tree.root_node)
    for node in captures.get("name", ()):
        name = node.text.decode("utf-8") if node.text is not None else ""
        if name in HEADERS:
            roles.setdefault(name, set()).add(_role(node, node.parent))
    for node in captures.get("words", ()):
        for word in node.text.decode("utf-8").split() if node.text is not None else ():
            roles.setdefault(word, set()).add("use")
    needed: set[str] = set()
    for name, seen in roles.items():
        if name not in HEADERS or seen & {"function", "type"}:
            continue  # not the library's, or the file's own function or type of that name
        if "variable" in seen and "named" not in seen:
            continue  # the file's own variable of that name
        needed.update(HEADERS[name])
    return [f"#include <{header}>" for header in sorted(needed)]


def cpp_file(code: str) -> str:
    """``code`` (functions, globals, helpers as the back end prints them) as a C++ file that
    compiles as it is: its includes and ``using namespace std;`` (when it uses the library),
    then the code."""
    head = includes(code)
    # `using namespace std;` needs a header that declares the namespace: none, no line.
    parts = ["\n".join(head), USING_STD] if head else []
    parts.append(code.strip("\n"))
    return "\n\n".join(parts) + "\n"
