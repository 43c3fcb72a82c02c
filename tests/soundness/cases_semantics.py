"""Issue 12's categories as hand-written functions in every source language (none taken from the
benchmark). Each case is translated into both other languages, run on boundary and random inputs
(``transcoder.verify``) and compared with its source; a clean refusal passes.

``wrong`` lists, per target, what today's translation gets wrong: those cells are
``xfail(strict=True)``, so a fix flips them and the marker must go. That list is the to-do list of
the rule engine.
"""

from __future__ import annotations

from soundness.case import Case, cpp, java, python

INTEGERS = "integer width, overflow, wraparound, unsigned, casts"
ORDER = "evaluation order and side effects"
LENGTHS = "length conventions on parameters that are not lengths"
SCOPES = "scopes: loops, shadowing, closures, default arguments"
LIBRARY = "library edge semantics"
INDICES = "negative indices and sizes computed at run time"

CASES: list[Case] = [
    # -- integers ----------------------------------------------------------------------------
    java("java_int_wraparound", INTEGERS, "int arithmetic wraps at 32 bits",
         "static int mix(int x) {\n    return x * 31 + 7;\n}\n"),
    java("java_unsigned_shift", INTEGERS, "unsigned right shift >>>",
         "static int spread(int h) {\n    h ^= (h >>> 20) ^ (h >>> 12);\n    return h ^ (h >>> 7) ^ (h >>> 4);\n}\n"),
    java("java_long_product", INTEGERS, "widening before vs after the product",
         "static long products(int a, int b) {\n    long wide = (long) a * b;\n    long narrow = a * b;\n"
         "    return wide - narrow;\n}\n"),
    java("java_abs_min", INTEGERS, "Math.abs(Integer.MIN_VALUE)",
         "static int magnitude(int x) {\n    return Math.abs(x);\n}\n"),
    java("java_narrowing_casts", INTEGERS, "narrowing casts (byte, short, char)",
         "static int narrow(int x) {\n    byte b = (byte) x;\n    short s = (short) x;\n    char c = (char) x;\n"
         "    return b + s + c;\n}\n"),
    java("java_double_to_int", INTEGERS, "double to int saturates",
         "static int truncate(double d) {\n    return (int) d;\n}\n"),
    java("java_long_arith", INTEGERS, "long arithmetic wraps at 64 bits",
         "static long square(long x) {\n    return x * x + 1;\n}\n"),
    cpp("cpp_unsigned_hash", INTEGERS, "unsigned arithmetic wraps",
        "unsigned hash32(unsigned x) {\n    return x * 2654435761u + (x >> 3);\n}\n"),
    cpp("cpp_uint32_t", INTEGERS, "uint32_t arithmetic",
        "uint32_t rotl(uint32_t x) {\n    return (x << 5) | (x >> 27);\n}\n"),
    cpp("cpp_int64", INTEGERS, "int64_t arithmetic",
        "int64_t mix64(int64_t x) {\n    return x / 3 + x % 5;\n}\n"),
    cpp("cpp_size_t", INTEGERS, "size_t and unsigned loops",
        "size_t ones(size_t x) {\n    size_t count = 0;\n    while (x) {\n        count += x & 1;\n"
        "        x >>= 1;\n    }\n    return count;\n}\n"),
    cpp("cpp_narrowing_cast", INTEGERS, "narrowing casts in C++",
        "int low_byte(long long x) {\n    return (unsigned char) x + (signed char) x;\n}\n"),
    cpp("cpp_widening_product", INTEGERS, "widening before the product",
        "long long area(int a, int b) {\n    return (long long) a * b;\n}\n"),
    python("python_unbounded", INTEGERS, "Python integers are unbounded",
           "def cube(x: int) -> int:\n    return x * x * x\n"),
    python("python_sum_overflow", INTEGERS, "sum of a list beyond 32 bits",
           "def total(values: list[int]) -> int:\n    return sum(values)\n"),
    python("python_floor_division", INTEGERS, "// and % on negatives",
           "def divmod_sum(a: int, b: int) -> int:\n    return a // b + a % b\n"),
    # -- evaluation order and side effects ----------------------------------------------------
    java("java_post_pre_increment", ORDER, "x++ + ++x",
         "static int both(int x) {\n    int y = x++ + ++x;\n    return y * 100 + x;\n}\n"),
    java("java_index_side_effect", ORDER, "a[i++] = a[i] + 1",
         "static int shift(int[] a) {\n    int i = 0;\n    a[i++] = a[i] + 5;\n    return a[0] * 10 + i;\n}\n"),
    java("java_assignment_in_argument", ORDER, "assignment inside an argument",
         "static int larger(int x) {\n    int y;\n    return Math.max(y = x % 1000 * 2, y + 1);\n}\n"),
    java("java_compound_as_value", ORDER, "compound assignment used as a value",
         "static int compound(int x) {\n    int y = 3;\n    int z = (y += x % 100) * 2;\n    return y + z;\n}\n"),
    java("java_decrement_in_condition", ORDER, "increment inside a condition",
         "static int countdown(int n) {\n    int total = 0;\n    n = n % 50;\n"
         "    while (n-- > 0) total += n;\n    return total * 1000 + n;\n}\n"),
    cpp("cpp_post_increment", ORDER, "post-increment as a value",
        "int after(int x) {\n    x %= 1000;\n    int y = x++;\n    return y * 10 + x;\n}\n"),
    cpp("cpp_comma_operator", ORDER, "comma operator",
        "int comma(int a) {\n    a %= 1000;\n    int b = (a++, a * 2);\n    return b + a;\n}\n"),
    cpp("cpp_conditional_side_effect", ORDER, "side effects in ?: branches",
        "int pick(int a) {\n    int c = 0;\n    int r = a > 0 ? c++ : --c;\n    return r * 10 + c;\n}\n"),
    cpp("cpp_index_side_effect", ORDER, "v[i++] in an expression",
        "int walk(vector<int>& v) {\n    int i = 0, s = 0;\n    while (i < (int) v.size()) s += v[i++] % 100;\n"
        "    return s * 100 + i;\n}\n"),
    python("python_walrus", ORDER, "assignment expression (walrus)",
           "def steps(n: int) -> int:\n    count = 0\n    n = n % 1000\n    while (n := n // 2) > 0:\n"
           "        count += 1\n    return count\n"),
    python("python_pop_order", ORDER, "left-to-right evaluation of calls with side effects",
           "def difference(values: list[int]) -> int:\n    if len(values) < 2:\n        return 0\n"
           "    return values.pop() - values.pop()\n"),
    python("python_chained_comparison", ORDER, "chained comparison evaluates once",
           "def between(a: int, b: int, c: int) -> bool:\n    return a < b <= c\n"),
    python("python_augmented_alias", ORDER, "+= on a list extends it in place",
           "def extended(values: list[int]) -> list[int]:\n    alias = values\n    alias += [1]\n    return values\n"),
    # -- lengths -------------------------------------------------------------------------------
    java("java_n_is_a_threshold", LENGTHS, "an int named n that is not a length",
         "static int countAbove(int[] a, int n) {\n    int c = 0;\n    for (int v : a)\n        if (v > n) c++;\n"
         "    return c;\n}\n"),
    java("java_size_is_a_value", LENGTHS, "a 'size' parameter that is a value",
         "static int clampAll(int[] values, int size) {\n    int s = 0;\n"
         "    for (int i = 0; i < values.length; i++) s += Math.min(values[i], size) % 1000;\n    return s;\n}\n"),
    java("java_offset_not_length", LENGTHS, "an offset after an array",
         "static int fromOffset(String s, int len) {\n    return s.length() - Math.min(Math.max(len, 0), s.length());\n}\n"),
    cpp("cpp_n_is_a_value", LENGTHS, "n after a vector is a value",
        "int first_at_least(vector<int>& v, int n) {\n    for (int i = 0; i < (int) v.size(); i++)\n"
        "        if (v[i] >= n) return i;\n    return -1;\n}\n"),
    cpp("cpp_length_then_value", LENGTHS, "a length and a searched value",
        "int count_equal(int arr[], int size, int n) {\n    int c = 0;\n    for (int i = 0; i < size; i++)\n"
        "        if (arr[i] == n) c++;\n    return c;\n}\n"),
    python("python_n_is_a_threshold", LENGTHS, "an int named n that is not a length",
           "def count_above(values: list[int], n: int) -> int:\n    return sum(1 for v in values if v > n)\n"),
    python("python_take", LENGTHS, "a slice bound that may exceed the length",
           "def take(values: list[int], n: int) -> list[int]:\n    return values[:n]\n"),
    # -- negative indices and sizes computed at run time (Python counts a negative index from the
    # end; a negative repeat count makes an empty list) --------------------------------------------
    python("python_index_minus_one_in_loop", INDICES, "a[i - 1] on the first pass of a loop from 0",
           "def ring_sum(values: list[int]) -> int:\n    total = 0\n    for i in range(len(values)):\n"
           "        total += values[i - 1] * (i + 1)\n    return total\n"),
    python("python_index_from_parameter", INDICES, "an index taken from a parameter, negative or not",
           "def pick(values: list[int], k: int) -> int:\n    if -len(values) <= k < len(values):\n"
           "        return values[k]\n    return -1\n"),
    python("python_index_computed_modulo", INDICES, "an index one below a remainder",
           "def before(values: list[int], k: int) -> int:\n    if not values:\n        return 0\n"
           "    return values[k % len(values) - 1]\n"),
    python("python_string_index_from_end", INDICES, "a character counted from the end",
           "def from_end(s: str, k: int) -> str:\n    if 0 < k <= len(s):\n        return s[-k] + s[k - 1 - len(s)]\n"
           "    return ''\n"),
    python("python_store_negative_index", INDICES, "a store through a negative index",
           "def mark(values: list[int], k: int) -> list[int]:\n    out = list(values)\n"
           "    if out and -len(out) <= k < len(out):\n        out[k] = 0\n        out[k - 1] += 5\n    return out\n"),
    python("python_guarded_index", INDICES, "an index tested before use, and one that is not",
           "def steps(n: int, x: int) -> int:\n    if n > 1000:\n        return 0\n    dp = [0] * (n + 1)\n"
           "    if n >= 0:\n        dp[0] = 1\n    for i in range(1, n + 1):\n"
           "        if x > 0 and i - x >= 0:\n            dp[i] = (dp[i] + dp[i - x]) % 1000\n"
           "        dp[i] = (dp[i] + dp[i - 1]) % 1000\n    return dp[n] if n >= 0 else -1\n"),
    python("python_negative_repeat", INDICES, "[0] * n and [[0] * n for _ in range(n)] with a negative n",
           "def sizes(n: int) -> int:\n    grid = [[0] * n for _ in range(n)]\n    row = [1] * (n - 2)\n"
           "    return len(grid) * 1000 + len(row) + sum(row)\n"),
    # -- scopes --------------------------------------------------------------------------------
    python("python_loop_variable_after_loop", SCOPES, "a loop variable read after its loop",
           "def first_space(s: str) -> int:\n    i = -1\n    for i, ch in enumerate(s):\n        if ch == ' ':\n"
           "            break\n    return i\n"),
    python("python_loop_rebinds_parameter", SCOPES, "a loop rebinding a parameter",
           "def rebind(x: int) -> int:\n    y = x\n    for x in range(3):\n        y += x\n    return x + y\n"),
    python("python_closure", SCOPES, "a nested function reading an enclosing variable",
           "def adder(k: int) -> int:\n    def add(x):\n        return x + k\n    return add(3) * 2 + add(4)\n"),
    python("python_default_argument", SCOPES, "default arguments",
           "def scale(x: int, factor: int = 2) -> int:\n    return x * factor\n\n\n"
           "def scaled_twice(x: int) -> int:\n    return scale(x) + scale(x, 3)\n"),
    python("python_comprehension_scope", SCOPES, "a comprehension variable does not leak",
           "def squares(x: int) -> int:\n    values = [x * x for x in range(4)]\n    return x + sum(values)\n"),
    java("java_sibling_blocks", SCOPES, "the same name in sibling blocks",
         "static int blocks(int x) {\n    int r = 0;\n    {\n        int y = x % 100 * 2;\n        r += y;\n    }\n"
         "    {\n        int y = x % 100 + 1;\n        r += y;\n    }\n    return r;\n}\n"),
    java("java_lambda_capture", SCOPES, "a lambda capturing a local",
         "static int apply(int x) {\n    int k = x % 100;\n    java.util.function.IntUnaryOperator f = v -> v * k;\n"
         "    return f.applyAsInt(3);\n}\n"),
    java("java_loop_variable_scope", SCOPES, "a variable declared before its loop, read after",
         "static int findIndex(int[] a, int t) {\n    int i;\n    for (i = 0; i < a.length; i++)\n"
         "        if (a[i] == t) break;\n    return i;\n}\n"),
    cpp("cpp_shadowing", SCOPES, "shadowing in a nested block",
        "int shadow(int x) {\n    x %= 1000;\n    int y = x;\n    {\n        int y = 2 * x;\n        x += y;\n    }\n"
        "    return x + y;\n}\n"),
    cpp("cpp_lambda_by_value", SCOPES, "a lambda capturing by value",
        "int capture(int x) {\n    int k = 2;\n    auto f = [k](int v) { return v * k; };\n    k = 10;\n"
        "    return f(x % 1000) + k;\n}\n"),
    cpp("cpp_loop_variable_after_loop", SCOPES, "a loop variable read after its loop",
        "int find(vector<int>& v, int t) {\n    int i;\n    for (i = 0; i < (int) v.size(); i++)\n"
        "        if (v[i] == t) break;\n    return i;\n}\n"),
    # -- library edges -------------------------------------------------------------------------
    python("python_slice_clamps", LIBRARY, "slices clamp to the string",
           "def head(s: str, n: int) -> str:\n    return s[:n] + '|' + s[-2:]\n"),
    python("python_split_whitespace", LIBRARY, "str.split() vs str.split(' ')",
           "def words(s: str) -> int:\n    return len(s.split()) * 100 + len(s.split(' '))\n"),
    python("python_round_half_even", LIBRARY, "round() rounds half to even",
           "def rounded(x: float) -> int:\n    return round(x)\n"),
    python("python_float_modulo", LIBRARY, "% on floats floors",
           "def wrap(a: float, b: float) -> float:\n    if b == 0:\n        return 0.0\n    return a % b\n"),
    python("python_set_equality", LIBRARY, "set equality compares values",
           "def same_elements(a: list[int], b: list[int]) -> bool:\n    return set(a) == set(b)\n"),
    python("python_stable_sort", LIBRARY, "sorted with a key is stable",
           "def by_length(words: list[str]) -> list[str]:\n    return sorted(words, key=len)\n"),
    python("python_list_alias", LIBRARY, "a list inserted twice is one list",
           "def aliased(values: list[int]) -> list[int]:\n    rows = [values, values]\n    rows[0].append(9)\n"
           "    return rows[1]\n"),
    java("java_remove_index_vs_value", LIBRARY, "List.remove(int) vs remove(Object)",
         "static List<Integer> removeBoth(List<Integer> a, int v) {\n    List<Integer> b = new ArrayList<>(a);\n"
         "    b.remove(Integer.valueOf(v));\n    if (!b.isEmpty()) b.remove(0);\n    return b;\n}\n"),
    java("java_split_trailing", LIBRARY, "String.split drops trailing empty strings",
         "static int fields(String s) {\n    return s.split(\",\").length;\n}\n"),
    java("java_math_round", LIBRARY, "Math.round rounds half up",
         "static long rounded(double x) {\n    return Math.round(x);\n}\n"),
    java("java_remainder_negative", LIBRARY, "% truncates, floorMod floors",
         "static int remainders(int a, int b) {\n    if (b == 0) return 0;\n"
         "    return (a % b) * 1000 + Math.floorMod(a, b);\n}\n"),
    java("java_double_remainder", LIBRARY, "% on doubles truncates",
         "static double wrap(double a, double b) {\n    return a % b;\n}\n"),
    java("java_set_equality", LIBRARY, "Set.equals compares values",
         "static boolean sameElements(int[] a, int[] b) {\n    Set<Integer> x = new HashSet<>(), y = new HashSet<>();\n"
         "    for (int v : a) x.add(v);\n    for (int v : b) y.add(v);\n    return x.equals(y);\n}\n"),
    java("java_stable_sort", LIBRARY, "sorting objects is stable",
         "static String[] byLength(String[] words) {\n    String[] copy = words.clone();\n"
         "    Arrays.sort(copy, Comparator.comparingInt(String::length));\n    return copy;\n}\n"),
    cpp("cpp_substr_clamps", LIBRARY, "substr clamps its count",
        "string prefix(string s, int n) {\n    if (n < 0) return \"\";\n    return s.substr(0, n);\n}\n"),
    cpp("cpp_push_back_copy", LIBRARY, "push_back copies",
        "vector<vector<int>> rows(vector<int> row) {\n    vector<vector<int>> grid;\n    grid.push_back(row);\n"
        "    row.push_back(7);\n    grid.push_back(row);\n    return grid;\n}\n"),
    cpp("cpp_remainder_negative", LIBRARY, "% and / truncate toward zero",
        "int divrem(int a, int b) {\n    if (b == 0 || (b == -1 && a == INT_MIN)) return 0;\n"
        "    return a / b * 1000 + a % b;\n}\n"),
    cpp("cpp_fmod", LIBRARY, "fmod truncates",
        "double wrap(double a, double b) {\n    if (b == 0) return 0;\n    return fmod(a, b);\n}\n"),
    cpp("cpp_llround", LIBRARY, "llround rounds half away from zero",
        "long long rounded(double x) {\n    if (x > 1e17 || x < -1e17) return 0;\n    return llround(x);\n}\n"),
    cpp("cpp_set_equality", LIBRARY, "set equality",
        "bool same_elements(vector<int> a, vector<int> b) {\n    return set<int>(a.begin(), a.end()) == "
        "set<int>(b.begin(), b.end());\n}\n"),
    cpp("cpp_stable_sort", LIBRARY, "stable_sort keeps equal elements in order",
        "vector<string> by_length(vector<string> words) {\n    stable_sort(words.begin(), words.end(), "
        "[](const string& a, const string& b) { return a.size() < b.size(); });\n    return words;\n}\n"),
    cpp("cpp_stream_words", LIBRARY, "reading words from a string stream",
        "int count_words(string s) {\n    istringstream in(s);\n    string w;\n    int c = 0;\n"
        "    while (in >> w) c++;\n    return c;\n}\n"),
]  # fmt: skip
