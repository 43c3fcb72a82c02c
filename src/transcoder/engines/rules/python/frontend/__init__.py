"""Python front end of the rule engine: tree-sitter Python -> typed IR."""

from transcoder.engines.rules.python.frontend.module import PythonModule, parse_python, translate_python

__all__ = ["PythonModule", "parse_python", "translate_python"]
