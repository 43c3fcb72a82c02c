"""How C++ receives strings and containers (cpp/parameters.py): const references when only read,
references when changed in place, copies when rebound before any change; followed through calls."""

from __future__ import annotations

from transcoder.engines.rules import translate_module


def headers(code: str, source: str) -> list[str]:
    """Each function's name and parameters as printed (its result type is another analysis's)."""
    text = translate_module(code, source, "cpp")
    found = [line.removesuffix(" {") for line in text.splitlines() if line.endswith(") {") and "(" in line]
    return [line[line[: line.index("(")].rindex(" ") + 1 :] for line in found]


def test_read_changed_and_rebound_parameters_from_java() -> None:
    code = """
    class A {
        static int read(List<Integer> v, String s, Map<Integer, Integer> m, Set<Integer> u) {
            return v.size() + s.length() + m.size() + (u.contains(1) ? 1 : 0);
        }
        static void change(List<Integer> v) { v.set(0, 1); }
        static void passOn(List<Integer> v) { change(v); }
        static int lookUp(Map<Integer, Integer> m) { return m.get(1); }
        static String rebind(String s, List<Integer> v) { s = s + "x"; v = new ArrayList<>(); v.add(1); return s; }
        static void late(List<Integer> v) { v.add(1); v = new ArrayList<>(); }
    }
    """
    assert headers(code, "java") == [
        "read(const vector<int>& v, const string& s, const unordered_map<int, int>& m, "
        "const unordered_set<int>& u)",
        "change(vector<int>& v)",
        "passOn(vector<int>& v)",
        "lookUp(unordered_map<int, int>& m)",  # m[k] is not const in C++
        "rebind(string s, vector<int> v)",
        "late(vector<int>& v)",  # the caller sees the add
    ]


def test_python_lists_and_strings() -> None:
    code = (
        "def grow(items, k):\n    items.append(k)\n\n\n"
        "def size(items, name):\n    return len(items) + len(name)\n\n\n"
        "def shout(name):\n    name = name + '!'\n    return name\n\n\n"
        "def run(k):\n    items = [1]\n    grow(items, k)\n    return size(items, 'ab') + len(shout('bc'))\n"
    )
    assert headers(code, "python") == [
        "grow(vector<int>& items, int k)",
        "size(const vector<int>& items, const string& name)",
        "shout(string name)",
        "run(int k)",
    ]
