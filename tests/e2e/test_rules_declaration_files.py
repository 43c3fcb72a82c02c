"""Files of declarations only (issue 14: real Java files such as ``KeyManager.java`` or
``IntToDoubleFunction.java`` hold an interface and no method body): the rules engine translates
them instead of answering "no function found"; a file with neither a function nor a class is still
refused, at line 1:1. The C++ translations are compiled; the Python ones are run."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from transcoder import translate
from transcoder.errors import TranscoderError

_FILES = {
    "empty_interface": "public interface Marker {\n}\n",
    "functional_interface": (
        "@FunctionalInterface\npublic interface IntToDouble {\n    double applyAsDouble(int value);\n}\n"
    ),
    "constants_interface": "public interface Limits {\n    int MAX = 10;\n    int MIN = -MAX;\n}\n",
    "abstract_and_implementation": (
        "interface Shape {\n    double area();\n}\n"
        "class Square implements Shape {\n    double side;\n    Square(double s) { side = s; }\n"
        "    public double area() { return side * side; }\n}\n"
    ),
}


@pytest.mark.skipif(shutil.which("g++") is None, reason="needs g++")
@pytest.mark.parametrize("name", sorted(_FILES))
def test_declarations_compile_in_cpp(name: str) -> None:
    code = translate(_FILES[name], source="java", target="cpp", output="file")
    compiled = subprocess.run(
        ["g++", "-std=c++17", "-fsyntax-only", "-x", "c++", "-"], input=code, capture_output=True, text=True
    )
    assert compiled.returncode == 0, compiled.stderr + code


@pytest.mark.parametrize("name", sorted(_FILES))
def test_declarations_load_in_python(name: str) -> None:
    code = translate(_FILES[name], source="java", target="python", output="file")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert loaded.returncode == 0, loaded.stderr + code


def test_file_without_function_or_class_is_refused() -> None:
    with pytest.raises(TranscoderError) as error:
        translate("int x = 3;\n", source="cpp", target="java", output="file")
    assert "no function or class found" in str(error.value) and "1:1" in str(error.value)


def test_static_field_from_own_method_refused_in_python() -> None:
    code = "class A {\n    static int f() { return 1; }\n    static int X = f();\n    int g() { return X; }\n}\n"
    with pytest.raises(TranscoderError) as error:
        translate(code, source="java", target="python", output="file")
    assert "static field 'X' initialised by a method of its own class" in str(error.value)
    assert "line 3:" in str(error.value)
