"""The builder of one function's IR: the shared state and helpers, and one mixin per concern."""

from __future__ import annotations

from transcoder.engines.rules.python.frontend.assignments import Assignments
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.builtin_calls import Builtins
from transcoder.engines.rules.python.frontend.calls import Calls
from transcoder.engines.rules.python.frontend.classes import ClassExpressions
from transcoder.engines.rules.python.frontend.collection_methods import CollectionMethods
from transcoder.engines.rules.python.frontend.comprehensions import Comprehensions
from transcoder.engines.rules.python.frontend.containers import ContainerOperations
from transcoder.engines.rules.python.frontend.conversions import Conversions
from transcoder.engines.rules.python.frontend.expressions import Expressions
from transcoder.engines.rules.python.frontend.formatting import Formatting
from transcoder.engines.rules.python.frontend.int_text import IntText
from transcoder.engines.rules.python.frontend.loops import Loops
from transcoder.engines.rules.python.frontend.modules import ModuleFunctions
from transcoder.engines.rules.python.frontend.raising import Raising
from transcoder.engines.rules.python.frontend.statements import Statements
from transcoder.engines.rules.python.frontend.subscripts import Subscripts
from transcoder.engines.rules.python.frontend.text_methods import TextMethods
from transcoder.engines.rules.python.frontend.tuples import Tuples


class FunctionBuilder(
    ClassExpressions,
    Statements,
    Raising,
    Assignments,
    Loops,
    Comprehensions,
    Expressions,
    Subscripts,
    Calls,
    Builtins,
    ModuleFunctions,
    TextMethods,
    IntText,
    Formatting,
    CollectionMethods,
    ContainerOperations,
    Conversions,
    Tuples,
    BuilderBase,
):
    """Builds the IR of one Python function (see ``base.BuilderBase`` for its state)."""
