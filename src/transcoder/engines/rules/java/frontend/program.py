"""Java front end, for whole programs: standard input through ``Scanner`` and ``BufferedReader``.

``Scanner in = new Scanner(System.in)`` and ``new BufferedReader(new InputStreamReader(System.in))``
declare a reader of standard input (nothing else is read from: a reader of another stream is
refused); their calls are the IR's reads: ``nextInt``/``nextLong``/``nextDouble``/``next`` read a
token, ``nextLine``/``readLine`` the rest of the line, ``hasNext``/``hasNextInt`` ask whether a
token follows. (``readLine`` returns null at the end of input where the translation stops with an
error: a loop that tests for that null is refused.)
"""

from __future__ import annotations

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.java.frontend.base import JavaFrontEndBase
from transcoder.languages.common import node_text, required

L = ir.LibOp
_READERS = ("Scanner", "BufferedReader")
_STDIN = ("newScanner(System.in)", "newBufferedReader(newInputStreamReader(System.in))")
_TOKENS = {"nextInt": t.INT, "nextLong": t.LONG, "nextDouble": t.DOUBLE, "nextFloat": t.FLOAT, "next": t.STRING}


class Input(JavaFrontEndBase):
    """The mixin of ``JavaFrontEnd`` that reads standard input."""

    readers: set[str]

    def reader_declaration(self, node: tree_sitter.Node) -> bool:
        """Whether ``node`` declares readers of standard input (then it declares nothing else)."""
        type_node = node.child_by_field_name("type")
        if type_node is None or node_text(type_node).split(".")[-1] not in _READERS:
            return False
        for declarator in node.children_by_field_name("declarator"):
            value = declarator.child_by_field_name("value")
            spelled = "".join(node_text(value).split()).replace("java.util.", "").replace("java.io.", "") if value else ""
            if spelled not in _STDIN:
                raise self.unsupported(node, f"a {node_text(type_node)} of something other than System.in")
            self.readers.add(node_text(required(declarator, "name")))
        return True

    def reader_call(self, node: tree_sitter.Node) -> ir.Expr | None:
        """A read from standard input (``in.nextInt()``), or None for another call."""
        obj = node.child_by_field_name("object")
        if obj is None or obj.type != "identifier" or node_text(obj) not in self.readers:
            return None
        if self.scopes.lookup(node_text(obj)) is not None:
            return None  # a variable of the same name hides the reader
        name = node_text(required(node, "name"))
        loc = self.location(node)
        if required(node, "arguments").named_children:
            raise self.unsupported(node, f"{name} with arguments")
        if name in _TOKENS:
            return ir.LibraryCall(L.READ_TOKEN, (), type=_TOKENS[name], location=loc)
        if name in ("nextLine", "readLine"):
            parent = node.parent
            if parent is not None and parent.type == "parenthesized_expression":
                raise self.unsupported(node, "readLine tested for null (the end of input)")
            return ir.LibraryCall(L.READ_LINE, (), type=t.STRING, location=loc)
        if name in ("hasNext", "hasNextInt", "hasNextLong", "hasNextDouble"):
            return ir.LibraryCall(L.HAS_TOKEN, (), type=t.BOOL, location=loc)
        raise self.unsupported(node, f"input method '{name}'")

    def closes_reader(self, node: tree_sitter.Node) -> bool:
        """``in.close();``: a statement with nothing to translate."""
        if node.type != "method_invocation":
            return False
        obj = node.child_by_field_name("object")
        name = node_text(required(node, "name"))
        return obj is not None and node_text(obj) in self.readers and name == "close"
