"""The rule engine on hand-written functions: translate, compile, run, and compare with the source.

Each case is a function in C++ or Java plus argument lists. A driver printing ``f(args)`` for every
argument list is generated in each language; the source program and every translation run in
the sandbox (batched per language), and their printed results must agree. The cases target the
semantic traps: negative division and remainder, 64-bit arithmetic, char arithmetic, string
building, 2-D arrays, containers, comparators, switch fall-through, do-while, loops whose
variable changes in the body, unsigned bit operations, globals and ``#define`` constants.
"""

from __future__ import annotations

import pytest

from support import CFamilyCase as Case
from support import Outcomes, cfamily_outcomes
from transcoder.engines.rules import translate_module

CPP_CASES = [
    Case(
        "negative_division",
        "cpp",
        "int divmod_mix(int a, int b) { return a / b * 100 + a % b; }",
        "divmod_mix",
        ((-7, 2), (7, -2), (-7, -2), (7, 2), (-1, 3), (-99999, 7), (2147483647, 1000000)),
    ),
    Case(
        "long_arithmetic",
        "cpp",
        "long long big(int a, int b) { long long r = (long long) a * b; r = r / 7 - r % 7; return r; }",
        "big",
        ((100000, 300000), (-123456, 98765), (2147483647, 2147483647)),
    ),
    Case(
        "char_arithmetic",
        "cpp",
        """int shifted_hash(string s, int k) {
    int total = 0;
    for (int i = 0; i < s.length(); i++) {
        char d = 'a' + (s[i] - 'a' + k) % 26;
        total = (total * 31 + d) % 1000003;
        if (isdigit(s[i])) total += s[i] - '0';
    }
    return total;
}""",
        "shifted_hash",
        (("hello", 3), ("zebra", 25), ("a1b2", 1), ("", 4)),
    ),
    Case(
        "string_building",
        "cpp",
        """string build(int n) {
    string s = "";
    for (int i = 0; i < n; i++) {
        s += (char) ('a' + i % 26);
        if (i % 3 == 0) s += "-";
    }
    s.push_back('!');
    return s + to_string(n);
}""",
        "build",
        ((0,), (5,), (30,)),
    ),
    Case(
        "two_d_array",
        "cpp",
        """int paths(int m, int n) {
    int dp[m][n];
    memset(dp, 0, sizeof(dp));
    for (int i = 0; i < m; i++) dp[i][0] = 1;
    for (int j = 0; j < n; j++) dp[0][j] = 1;
    for (int i = 1; i < m; i++)
        for (int j = 1; j < n; j++)
            dp[i][j] = (dp[i - 1][j] + dp[i][j - 1]) % 1000000007;
    return dp[m - 1][n - 1];
}""",
        "paths",
        ((1, 1), (3, 7), (18, 18), (40, 40)),
    ),
    Case(
        "containers",
        "cpp",
        """int containers(int arr[], int n) {
    unordered_map<int, int> count;
    set<int> seen;
    stack<int> st;
    queue<int> q;
    priority_queue<int> pq;
    for (int i = 0; i < n; i++) {
        count[arr[i]]++;
        seen.insert(arr[i]);
        st.push(arr[i]);
        q.push(arr[i] * 2);
        pq.push(arr[i]);
    }
    int result = seen.size() * 1000 + count[arr[0]] * 100;
    if (!st.empty()) result += st.top();
    if (!q.empty()) result += q.front();
    result += pq.top();
    pq.pop();
    if (!pq.empty()) result += pq.top() * 7;
    if (seen.find(3) != seen.end()) result += 5;
    return result;
}""",
        "containers",
        (([1, 3, 3, 2], 4), ([5], 1), ([4, 4, 4, 9, 1], 5)),
    ),
    Case(
        "sort_comparator",
        "cpp",
        """int by_abs(int arr[], int n) {
    vector<int> v;
    for (int i = 0; i < n; i++) v.push_back(arr[i]);
    sort(v.begin(), v.end(), [](int a, int b) { return abs(a) < abs(b); });
    sort(arr, arr + n, greater<int>());
    int total = 0;
    for (int i = 0; i < n; i++) total = total * 3 + v[i] + arr[i] * 5;
    return total;
}""",
        "by_abs",
        (([3, -1, 2, -5], 4), ([0, -2, 7], 3)),
    ),
    Case(
        "switch_fallthrough",
        "cpp",
        """int kind(int d) {
    int r = 0;
    switch (d) {
    case 0:
    case 6:
        r = 10;
        break;
    case 3:
        return 2;
    default:
        r = d * 2;
    }
    return r + 1;
}""",
        "kind",
        ((0,), (6,), (3,), (4,), (-1,)),
    ),
    Case(
        "do_while_and_loops",
        "cpp",
        """int digits_and_skips(int n, int arr[], int m) {
    int count = 0;
    do {
        count++;
        n /= 10;
    } while (n != 0);
    int total = 0;
    for (int i = 0; i < m; i++) {
        if (arr[i] < 0) {
            i++;
            continue;
        }
        total += arr[i];
    }
    int k = 10;
    while (k--) total += k;
    return count * 1000 + total;
}""",
        "digits_and_skips",
        ((0, [1, -2, 3, 4], 4), (12345, [-1, 5, 6], 3), (-987, [2], 1)),
    ),
    Case(
        "unsigned_bits",
        "cpp",
        """unsigned int reverse_bits(unsigned int n) {
    unsigned int result = 0;
    for (int i = 0; i < 32; i++) {
        result = (result << 1) | (n & 1);
        n >>= 1;
    }
    return result;
}""",
        "reverse_bits",
        ((1,), (6,), (43261596,)),
        targets=("python",),
    ),
    Case(
        "globals_and_defines",
        "cpp",
        """#define LIMIT 100
const int STEP = 7;

int clamp_step(int x) { return x + STEP > LIMIT ? LIMIT : x + STEP; }

int walk(int start) {
    int x = start, steps = 0;
    while (x < LIMIT) {
        x = clamp_step(x);
        steps++;
    }
    return steps * 1000 + x;
}""",
        "walk",
        ((0,), (99,), (250,)),
    ),
    Case(
        "ternary_and_short_circuit",
        "cpp",
        """bool safe(int a, int b) { return b != 0 && a / b > 2 || a == -1; }""",
        "safe",
        ((7, 2), (7, 0), (-1, 0), (9, 3)),
    ),
]

CPP_CASES += [
    Case(
        "iterator_loop_over_map",
        "cpp",
        """int repeated_sum(int arr[], int n) {
    map<int, int> count;
    for (int i = 0; i < n; i++) count[arr[i]]++;
    int total = 0;
    for (auto it = count.begin(); it != count.end(); it++)
        if (it->second > 1) total += it->first * it->second;
    return total;
}""",
        "repeated_sum",
        (([1, 2, 2, 3, 3, 3], 6), ([7], 1)),
    ),
    Case(
        "default_arguments",
        "cpp",
        "long long fib(int n, long long a = 0, long long b = 1) { return n == 0 ? a : fib(n - 1, b, a + b); }",
        "fib",
        ((10, 0, 1), (80, 0, 1), (5, 2, 3)),
    ),
    Case(
        "printing",
        "cpp",
        """int noisy(int n) {
    if (n < 0) cout << "negative " << n << endl;
    printf("%d|%c|", n * 2, 'x');
    return n + 1;
}""",
        "noisy",
        ((4,), (-3,)),
    ),
]

CPP_CASES += [
    Case(
        "pointer_arrays_iterator_loops_and_memset_by_length",
        "cpp",
        """int tally(int arr[], int n, int m) {
    unordered_set<int> evens;
    for (int i = 0; i < n; i++) if (arr[i] % 2 == 0) evens.insert(arr[i]);
    unordered_set<int>::iterator it;
    int count = 0, sum = 0;
    for (it = evens.begin(); it != evens.end(); ++it) { count++; sum += *it; }
    int *hits = new int[m + 1];
    bool seen[m];
    memset(seen, false, m);
    memset(hits, 0, (m + 1) * sizeof(int));
    for (int i = 0; i < n; i++) { seen[arr[i] % m] = true; hits[arr[i] % (m + 1)] += 1; }
    int result = count * 1000 + sum;
    for (int i = 0; i < m; i++) if (seen[i]) result += i * hits[i];
    delete[] hits;
    return result;
}""",
        "tally",
        (([4, 1, 2, 8, 4, 7], 6, 5), ([3, 6, 9, 12], 4, 4), ([5], 1, 3)),
    ),
    Case(
        "stored_find_iterators_on_maps_and_sets",
        "cpp",
        """int lookup(int arr[], int n, int x) {
    unordered_map<int, int> freq;
    for (int i = 0; i < n; i++) freq[arr[i]]++;
    auto it = freq.find(x);
    int result = 0;
    if (it != freq.end()) result = it->first * 100 + it->second;
    else result = -1;
    unordered_map<int, int>::iterator next = freq.find(x + 1);
    if (next == freq.end()) result += 7;
    freq[x + 1] = 5;
    set<int> seen;
    seen.insert(x);
    auto three = seen.find(3);
    return result * 10 + (three != seen.end() ? 1 : 0);
}""",
        "lookup",
        (([3, 4, 3, 9], 4, 3), ([1, 2], 2, 5), ([8, 9, 8], 3, 8)),
    ),
    Case(
        "stored_find_iterator_on_a_vector_erased",
        "cpp",
        """int unpaired(string str, int k) {
    vector<char> open;
    for (int i = 0; i < str.length(); i++) {
        auto pos = find(open.begin(), open.end(), str[i]);
        if (pos != open.end()) {
            auto again = find(open.begin(), open.end(), str[i]);
            open.erase(again);
        } else open.push_back(str[i]);
    }
    map<int, int> m;
    for (int i = 0; i < k; i++) m[i % 3] += i;
    auto it = m.find(1);
    if (it != m.end()) m.erase(it);
    int total = 0;
    for (auto p : m) total = total * 10 + p.second;
    return (int) open.size() * 1000 + total;
}""",
        "unpaired",
        (("abcab", 5), ("", 0), ("aaa", 7)),
    ),
    Case(
        "ordered_map_and_set_iterate_in_key_order",
        "cpp",
        """long long key_order(int arr[], int n) {
    map<int, int> counts;
    set<int> seen;
    for (int i = n - 1; i >= 0; i--) { counts[arr[i]]++; seen.insert(arr[i] * 2); }
    long long t = 0;
    for (auto p : counts) t = t * 10 + p.first;
    for (int x : seen) t = t * 100 + x;
    return t;
}""",
        "key_order",
        (([5, 3, 9, 3], 4), ([1], 1)),
    ),
    Case(
        "read_only_c_string_parameter_becomes_a_string",
        "cpp",
        """int pairs_divisible_by_4(char s[]) {
    int n = strlen(s), count = 0;
    for (int i = 0; i + 1 < n; i++) if (((s[i] - '0') * 10 + (s[i + 1] - '0')) % 4 == 0) count += i + 1;
    return count;
}""",
        "pairs_divisible_by_4",
        (("1248",), ("",), ("7",), ("3200",)),
    ),
    Case(
        "int_function_returning_conditions_is_a_predicate",
        "cpp",
        """int digit_sum_divisible(string str, int k) {
    if (str.length() == 0) return 0;
    int sum = 0;
    for (int i = 0; i < str.length(); i++) sum += str[i] - '0';
    return (sum % k == 0 && sum > 0);
}""",
        "digit_sum_divisible",
        (("123", 3), ("", 2), ("124", 3), ("0", 5)),
    ),
]

JAVA_CASES = [
    Case(
        "java_tree_map_iterates_in_key_order",
        "java",
        """static long key_order(int[] arr, int n) {
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    for (int i = n - 1; i >= 0; i--) counts.put(arr[i], counts.getOrDefault(arr[i], 0) + 1);
    long t = 0;
    for (int k : counts.keySet()) t = t * 10 + k;
    for (int v : counts.values()) t = t * 10 + v;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) t = t * 10 + e.getKey();
    return t;
}""",
        "key_order",
        (([5, 3, 9, 3], 4), ([1], 1)),
        targets=("cpp", "python"),
    ),
    Case(
        "java_array_compared_with_null",
        "java",
        """static int first_if_set(int[] arr, int n) {
    int[] chosen = null;
    if (n > 1) chosen = arr;
    if (arr == null || chosen == null || n <= 0) return -1;
    return chosen[0] + (chosen != null ? 1 : 0);
}""",
        "first_if_set",
        (([4, 5], 2), ([7], 1)),
        targets=("python",),
    ),
    Case(
        "java_list_remove_by_value_and_by_index",
        "java",
        """static int odd_counts(String str, int k) {
    List<Character> open = new ArrayList<Character>();
    for (int i = 0; i < str.length(); i++) {
        if (open.contains(str.charAt(i))) open.remove((Character) str.charAt(i));
        else open.add(str.charAt(i));
    }
    List<Integer> nums = new ArrayList<>();
    for (int i = 0; i < 5; i++) nums.add(i * k);
    nums.remove(Integer.valueOf(k));
    nums.remove(Integer.valueOf(-99));
    nums.remove(0);
    int total = 0;
    for (int x : nums) total = total * 10 + x;
    return open.size() * 100000 + total;
}""",
        "odd_counts",
        (("abcab", 1), ("", 2), ("aaa", 0)),
        targets=("cpp", "python"),
    ),
    Case(
        "java_reversed_string_builder",
        "java",
        """static String mirrored(String a, String b) {
    String s = a + b;
    String r = new StringBuilder(s).reverse().toString();
    return r + "|" + new StringBuilder(a).reverse().toString().length();
}""",
        "mirrored",
        (("abc", "de"), ("", "x"), ("racecar", "")),
        targets=("cpp", "python"),
    ),
    Case(
        "java_strings_and_maps",
        "java",
        """static int summary(String s) {
    StringBuilder sb = new StringBuilder();
    Map<Character, Integer> freq = new HashMap<>();
    for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        freq.put(c, freq.getOrDefault(c, 0) + 1);
        if (Character.isUpperCase(c)) sb.append(Character.toLowerCase(c));
        else sb.append(c);
    }
    String lower = sb.toString();
    int best = 0;
    for (int i = 0; i < lower.length(); i++) best = Math.max(best, freq.get(s.charAt(i)));
    return best * 1000 + lower.compareTo("m") + (lower.equals(s) ? 1 : 0);
}""",
        "summary",
        (("Hello",), ("abcabc",), ("Z",)),
        targets=("cpp", "python"),
    ),
    Case(
        "java_lists_and_arrays",
        "java",
        """static long lists(int[] arr, int n) {
    List<Integer> evens = new ArrayList<>();
    for (int x : arr) if (x % 2 == 0) evens.add(x);
    Collections.sort(evens);
    int[] copy = new int[n];
    for (int i = 0; i < n; i++) copy[i] = arr[i] >>> 1;
    Arrays.sort(copy);
    long total = 0;
    for (int i = 0; i < evens.size(); i++) total = total * 10 + evens.get(i);
    return total + copy[n - 1] + Math.floorMod(-7, 3) + (-7 / 2);
}""",
        "lists",
        (([4, 1, 2, 8], 4), ([3, 6], 2)),
        targets=("cpp", "python"),
    ),
]


CASES = CPP_CASES + JAVA_CASES


@pytest.fixture(scope="module")
def outcomes() -> Outcomes:
    """(case, target) -> (source output, translation output, translation text), run in batches."""
    return cfamily_outcomes(CASES)


@pytest.mark.parametrize(
    ("case_name", "target"), [(case.name, target) for case in CASES for target in case.targets]
)
def test_translation_prints_what_the_source_prints(outcomes: Outcomes, case_name: str, target: str) -> None:
    expected, actual, text = outcomes[(case_name, target)]
    assert len(expected) >= len(
        next(c for c in CASES if c.name == case_name).calls
    )  # one line per call at least
    assert actual == expected, f"translation to {target}:\n{text}"


@pytest.mark.parametrize(
    "code",
    [
        # 2 of 5 bools: a part of the array, not its whole
        "bool f(int m) { bool seen[m]; memset(seen, false, m - 1); return seen[0]; }",
        # m bytes of an int array are a quarter of it
        "int f(int m) { int a[m]; memset(a, 0, m); return a[0]; }",
        # the map changes between the find and the use of its iterator
        "int f(int x) { map<int, int> m; auto it = m.find(x); m[x] = 1; return it != m.end(); }",
        # a pointer that is not a fresh `new T[n]` array
        "int f(int a[]) { int *p = a; return p[0]; }",
    ],
)
def test_partial_memset_aliasing_pointers_and_stale_iterators_are_refused(code: str) -> None:
    from transcoder.errors import UnsupportedConstruct

    with pytest.raises(UnsupportedConstruct):
        translate_module(code, "cpp", "java")


def test_c_string_parameters_and_int_predicates_get_java_types() -> None:
    code = """int first_digit(char s[]) { return strlen(s) > 0 ? s[0] - '0' : -1; }
int is_even(int x) { return x % 2 == 0; }
int twice_even(int x) { return is_even(x) + is_even(x + 2); }
void overwrite(char s[]) { int n = strlen(s); s[0] = 'x'; }"""
    java = translate_module(code, "cpp", "java")
    assert "static int first_digit(String s)" in java
    # is_even is called with arithmetic on its result, so it keeps returning int
    assert "static int is_even(int x)" in java
    assert "static void overwrite(char[] s)" in java
    alone = translate_module("int is_even(int x) { return x % 2 == 0; }", "cpp", "java")
    assert "static boolean is_even(int x)" in alone
