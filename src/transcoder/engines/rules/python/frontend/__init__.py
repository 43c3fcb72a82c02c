"""Python front end of the rule engine: Python source -> typed IR (see ``module.py``)."""

from transcoder.engines.rules.python.frontend.module import PythonModule, parse_python

__all__ = ["PythonModule", "parse_python"]
