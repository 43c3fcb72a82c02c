"""C++ sources with project macros of other files (issue 13): export and calling-convention macros
(``LIBSEDML_EXTERN int f()``, ``void STDMETHODCALLTYPE f()``) read as expanding to nothing, each
named in a warning; an unknown name where a type can stand is still refused. And ``<cmath>``'s float
functions: those computed exactly through double (sqrtf, floorf, ceilf, fabsf) are translated (the
program ``programs/float_math.cpp`` runs them in every target), the others refused."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from transcoder import translate
from transcoder.engines.rules.pipeline import Request
from transcoder.engines.rules.pipeline import translate as rules_translate
from transcoder.errors import TranscoderError
from transcoder.verify.runners import Limits, run_program

_PROGRAM = """#include <iostream>
using namespace std;

LIBSEDML_EXTERN
int
twice(int x)
{
  return 2 * x;
}

static int STDMETHODCALLTYPE add(int a, int b) { return a + b; }

DLLEXPORT static double half(double v) { return v / 2; }

int main() {
    cout << twice(21) << " " << add(2, 3) << " " << half(5) << endl;
    return 0;
}
"""
_MACROS = ("LIBSEDML_EXTERN", "STDMETHODCALLTYPE", "DLLEXPORT")


@pytest.mark.skipif(shutil.which("g++") is None, reason="needs g++")
def test_source_prints_the_expected_text_with_the_macros_empty(tmp_path: Path) -> None:
    source = tmp_path / "m.cpp"
    source.write_text(_PROGRAM)
    built = subprocess.run(
        ["g++", *(f"-D{m}=" for m in _MACROS), "-o", str(tmp_path / "m"), str(source)], capture_output=True, text=True
    )
    assert built.returncode == 0, built.stderr
    ran = subprocess.run([str(tmp_path / "m")], capture_output=True, text=True)
    assert ran.stdout == "42 5 2.5\n"


@pytest.mark.parametrize("target", ["java", "python"])
def test_attribute_macros_are_blanked_and_named(target: str) -> None:
    translation = translate(_PROGRAM, source="cpp", target=target, output="file")
    result = run_program(target, translation, stdin="", limits=Limits(wall_seconds=30.0))
    assert result.stdout == "42 5 2.5\n", translation
    warnings = rules_translate(Request(_PROGRAM, "cpp", target)).warnings
    for macro in _MACROS:
        assert any(f"'{macro}'" in w and "attribute-like macro" in w for w in warnings), warnings


@pytest.mark.parametrize(
    ("code", "named"),
    [
        ("HRESULT STDMETHODCALLTYPE f(int a) { return a; }\n", "syntax error in cpp source"),  # not blanked
        ("float f(float x) { return sinf(x); }\n", "call of 'sinf' (a float function"),
        ("Id::Id(int v) : m(v)\n{\n}\nint g() { return 1; }\n", "'Id::Id', a constructor or destructor of class 'Id'"),
        ("float f(float x) { return expf(x); }\n", "call of 'expf' (a float function"),
    ],
)
def test_refused_with_the_name(code: str, named: str) -> None:
    with pytest.raises(TranscoderError) as error:
        translate(code, source="cpp", target="java", output="file")
    assert named in str(error.value) and "\n" not in str(error.value).strip()
