"""The runtime helpers, as the source files they are, compiled and run on their own.

``cpp/runtime/helpers.hpp``, ``java/runtime/Helpers.java`` and ``python/runtime/helpers.py`` are
what the back ends copy into translations. Each is built whole here and driven by a small main
that prints what the helpers compute, next to what Java itself prints for the same operations
(the helpers emulate Java's ``HashSet``/``HashMap`` order, ``compareTo`` and rounding).
"""

from __future__ import annotations

from importlib import resources

import support
from transcoder.verify.runners import run_program

# Keys that collide in Java's table of 16 (16, 32, 48, 0), a removal, and enough keys to double it.
KEYS = (16, 32, 1, 48, 17, 100, 3, -5, 64, 80, 0, 15, 31, 7)
WORDS = ("Aa", "BB", "hello", "world", "x", "rule", "engine")


def _source(package: str, name: str) -> str:
    return (
        resources.files(f"transcoder.engines.rules.{package}.runtime")
        .joinpath(name)
        .read_text(encoding="utf-8")
    )


def _run(language: str, program: str) -> list[str]:
    result = run_program(language, program)
    assert result.status == "ok", (language, result.status, result.stderr[-2000:])
    return result.stdout.split()


def _java_reference() -> list[str]:
    keys = ", ".join(str(k) for k in KEYS)
    words = ", ".join(f'"{w}"' for w in WORDS)
    main = f"""
        HashSet<Integer> s = new HashSet<>();
        for (int k : new int[] {{{keys}}}) s.add(k);
        s.remove(48);
        for (int x : s) System.out.print(x + " ");
        HashMap<String, Integer> m = new HashMap<>();
        for (String w : new String[] {{{words}}}) m.merge(w, w.length(), Integer::sum);
        for (String w : m.keySet()) System.out.print(w + " ");
        System.out.print("abc".compareTo("abd") + " " + "ab".compareTo("abcd") + " ");
        System.out.print(Math.round(2.5) + " " + Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " ");
        System.out.print((-7 / 2) + " " + (-7 % 2) + " ");
        System.out.println(Helpers.gcd(12, 18) + " " + Helpers.lowerBound(new int[] {{1, 3, 3, 5}}, 0, 4, 3)
            + " " + Helpers.upperBound(new int[] {{1, 3, 3, 5}}, 0, 4, 3));
    """
    program = (
        _source("java", "Helpers.java")
        + f"\npublic class Main {{\n    public static void main(String[] args) {{{main}}}\n}}\n"
    )
    return _run("java", program)


def test_the_helper_files_compute_what_java_does() -> None:
    support.require_compilers()
    java = _java_reference()
    keys = ", ".join(str(k) for k in KEYS)
    words = ", ".join(f'"{w}"' for w in WORDS)
    cpp_main = f"""
int main() {{
    JavaHashSet<int> s;
    for (int k : {{{keys}}}) s.insert(k);
    s.erase(48);
    for (int x : s) cout << x << " ";
    JavaHashMap<string, int> m;
    for (string w : {{{words}}}) m.merge(w, (int) w.length());
    for (auto& entry : m) cout << entry.first << " ";
    cout << floor_div(-7, 2) << " " << floor_mod(-7, 2) << endl;
    LinkedHashMap<int, int> linked;
    linked[3] = 1; linked[1] = 2; linked[3] = 5; linked.erase(1); linked[1] = 7;
    for (auto& entry : linked) cout << entry.first << "=" << entry.second << " ";
    cout << endl;
}}
"""
    cpp = _run("cpp", _source("cpp", "helpers.hpp") + cpp_main)
    python_main = f"""
s = JavaHashSet()
for k in ({keys},):
    s.add(k)
s.discard(48)
m = JavaHashMap()
for w in ({words},):
    m.merge(w, len(w))
print(*s, *m, compare("abc", "abd"), compare("ab", "abcd"), round_half_away(2.5), end=" ")
print(trunc_div(-7, 2), trunc_mod(-7, 2))
"""
    python = _run("python", _source("python", "helpers.py") + python_main)
    set_and_map = len(KEYS) - 1 + len(WORDS)
    assert cpp[:set_and_map] == java[:set_and_map]  # Java's iteration order
    assert cpp[set_and_map:] == ["-4", "1", "3=5", "1=7"]  # floor division; insertion order
    assert python[:set_and_map] == java[:set_and_map]
    # compareTo, Math.round, C-style division and remainder
    assert (
        python[set_and_map:] == java[set_and_map : set_and_map + 3] + java[set_and_map + 5 : set_and_map + 7]
    )
    assert java[set_and_map + 3 : set_and_map + 5] == cpp[set_and_map : set_and_map + 2]  # floorDiv/floorMod
    assert java[-3:] == ["6", "1", "3"]  # gcd, lowerBound, upperBound
