"""C++ vectors that are created with a size and only indexed become Java arrays (the idiom);
any other use keeps a List. Both translations must print what the C++ prints."""

from __future__ import annotations

import support
from transcoder import translate
from transcoder.verify.runners import run_programs

GRID = """
int paths(int n, int m) {
    vector<vector<int>> dp(n + 1, vector<int>(m + 1, 0));
    for (int i = 0; i <= n; i++) dp[i][0] = 1;
    for (int j = 0; j <= m; j++) dp[0][j] = 1;
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++) dp[i][j] = dp[i - 1][j] + dp[i][j - 1];
    return dp[n][m] + (int) dp.size() - (int) dp[0].size();
}
"""

GROWING = """
int grow(int n) {
    vector<int> values(n, 0);
    for (int i = 0; i < n; i++) values[i] = i * i;
    values.push_back(7);
    int total = 0;
    for (int v : values) total += v;
    return total;
}
"""


def test_fixed_size_vectors_become_arrays_and_growing_ones_stay_lists() -> None:
    grid = translate(GRID, source="cpp", target="java")
    assert "int[][] dp = new int[n + 1][m + 1];" in grid and "List" not in grid, grid
    assert "dp.length" in grid and "dp[0].length" in grid
    growing = translate(GROWING, source="cpp", target="java")
    assert "List<Integer> values" in growing and "[]" not in growing.split("{", 1)[1], growing


def test_array_translations_print_what_the_source_prints() -> None:
    arguments = [(1, 1), (3, 4), (6, 2)]
    cpp_calls = "".join(f'    cout << paths({n}, {m}) << " " << grow({n}) << "\\n";\n' for n, m in arguments)
    cpp = f"#include <bits/stdc++.h>\nusing namespace std;\n{GRID}\n{GROWING}\nint main() {{\n{cpp_calls}}}\n"
    java_calls = "".join(
        f'        System.out.println(paths({n}, {m}) + " " + grow({n}));\n' for n, m in arguments
    )
    # a whole Java file: its class's members go into Main, its imports on top
    imports, members = support.embeddable("java", translate(GRID + GROWING, source="cpp", target="java"))
    methods = members.replace("\n", "\n    ")
    java = (
        f"{imports}import java.util.*;\n\npublic class Main {{\n    "
        + methods
        + f"\n    public static void main(String[] args) {{\n{java_calls}    }}\n}}\n"
    )
    [expected] = run_programs("cpp", [cpp])
    [actual] = run_programs("java", [java])
    assert expected.status == "ok" and actual.status == "ok", (expected, actual)
    assert actual.stdout.split() == expected.stdout.split()
