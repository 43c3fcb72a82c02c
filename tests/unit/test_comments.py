"""Comments and docstrings travel from the source to the translation (comments.py): documentation
of functions, comments before statements and at the ends of lines, the file's header."""

from __future__ import annotations

from transcoder.engines.rules import translate_module
from transcoder.engines.rules.comments import Comment, collect, docstring

JAVA = """// Sums.
class Sums {
    /**
     * The sum of the first n squares.
     *
     * @param n how many
     */
    static int squares(int n) {
        int total = 0; // running
        // each square
        for (int i = 1; i <= n; i++) total += i * i;
        return total;
    }
}
"""


def test_comments_are_read_with_their_lines_and_roles() -> None:
    comments = collect(JAVA, "java")
    assert comments.header == (Comment(1, 1, ("Sums.",)),)
    assert comments.docs == {8: ("The sum of the first n squares.", "", "@param n how many")}
    assert comments.items == (Comment(9, 9, ("running",), trailing=True), Comment(10, 10, ("each square",)))
    python = collect(
        '"""Module."""\n\n\ndef f(x):\n    """Twice x."""\n    return 2 * x  # double\n', "python"
    )
    assert python.header == (Comment(1, 1, ("Module.",)),)
    assert python.docs == {4: ("Twice x.",)}
    assert python.items == (Comment(6, 6, ("double",), trailing=True),)


def test_java_comments_in_python_and_cpp() -> None:
    python = translate_module(JAVA, "java", "python")
    assert python.startswith("# Sums.\n\n\n")
    assert (
        "def squares(n):\n"
        '    """The sum of the first n squares.\n\n    @param n how many\n    """\n'
        "    total = 0  # running\n"
        "    # each square\n"
        "    for i in range(1, n + 1):\n"
    ) in python
    cpp = translate_module(JAVA, "java", "cpp")
    assert cpp.startswith(
        "// Sums.\n\n/**\n * The sum of the first n squares.\n *\n * @param n how many\n */\nint squares("
    )
    assert "    int total = 0;  // running\n    // each square\n    for (" in cpp


def test_python_docstrings_become_javadoc() -> None:
    code = (
        'def area(w, h):\n    """Area of a w by h rectangle."""\n    # width times height\n    return w * h\n'
    )
    java = translate_module(code, "python", "java")
    assert java.startswith("/** Area of a w by h rectangle. */\nstatic ")
    assert "    // width times height\n    return " in java


def test_docstrings_keep_quotes_and_backslashes_safe() -> None:
    assert docstring(('Say "hi"',)) == ['"""Say "hi\\""""']
    assert docstring(("a \\ b", 'three """ quotes')) == ['"""a \\\\ b', 'three \\"\\"\\" quotes', '"""']
