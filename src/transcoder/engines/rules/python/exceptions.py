"""Printing ``Throw``, ``Try`` and ``Assert`` in Python (a mixin of ``PythonBackend``):
``raise ValueError(m)``, ``try``/``except (A, B)``/``finally``, ``assert c, m``. A ``try`` is
printed only where its handlers catch in Python what they catch in the source
(``analysis.raises.check_try``)."""

from __future__ import annotations

from transcoder.engines.rules import exceptions, ir
from transcoder.engines.rules.analysis.raises import check_try
from transcoder.engines.rules.python.mixin_base import PythonBackendBase
from transcoder.engines.rules.python.shapes import has_side_effects


class ExceptionStatements(PythonBackendBase):
    """The exception statements of the Python back end."""

    def stmt_Throw(self, stmt: ir.Throw) -> None:
        message = self.expr(stmt.message) if stmt.message is not None else ""
        self.emit(f"raise {exceptions.spelling(stmt.kind, 'python')}({message})")

    def stmt_Try(self, stmt: ir.Try) -> None:
        check_try(stmt, self.ir_module, "python", "Python")
        self.emit("try:")
        self.block(stmt.body)
        for handler in stmt.handlers:
            types = tuple(dict.fromkeys(exceptions.spelling(kind, "python") for kind in handler.kinds))
            self.emit(f"except {types[0] if len(types) == 1 else '(' + ', '.join(types) + ')'}:")
            self.block(handler.body)
        if stmt.final is not None:
            self.emit("finally:")
            self.block(stmt.final)
        elif not stmt.handlers:
            self.emit("finally:")
            self.block(ir.Block(()))

    def stmt_Assert(self, stmt: ir.Assert) -> None:
        if has_side_effects(stmt.condition):  # whether it runs at all differs (java -ea, python -O)
            raise self.unsupported(stmt.condition, "increment or assignment inside an assertion")
        message = f", {self.expr(stmt.message)}" if stmt.message is not None else ""
        self.emit(f"assert {self.condition_text(stmt.condition)}{message}")
