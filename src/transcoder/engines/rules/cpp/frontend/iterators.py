"""Iterators in the C++ front end: ranges given to algorithms, iterator loops, ``find`` results."""

from __future__ import annotations

import tree_sitter

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.cfamily.frontend import iteration_type
from transcoder.engines.rules.cpp.frontend.base import CppFrontEndBase
from transcoder.engines.rules.cpp.frontend.syntax import identifiers, only_found_iterator_uses
from transcoder.engines.rules.cpp.library import scalar_element, simplify
from transcoder.languages.common import node_text, required

L = ir.LibOp


class Iterators(CppFrontEndBase):
    """``sort(a, a + n)``, ``for (auto it = m.begin(); ...)``, ``it = m.find(k)``, ``memset``."""

    def iterator_loop(self, node: tree_sitter.Node) -> ir.Stmt | None:
        """``for (auto it = c.begin(); it != c.end(); it++)`` using only ``*it`` / ``it->first`` / ``it->second``."""
        initializer = node.child_by_field_name("initializer")
        condition = node.child_by_field_name("condition")
        update = node.child_by_field_name("update")
        if initializer is None or condition is None or update is None:
            return None
        if (
            initializer.type == "assignment_expression"
            and node_text(required(initializer, "operator")) == "="
            and node_text(required(initializer, "left")) in self.declared_iterators
        ):
            # `it = c.begin()` with `it` declared before as an iterator and otherwise unused
            name = node_text(required(initializer, "left"))
            value = node_text(required(initializer, "right")).replace(" ", "")
        elif initializer.type == "declaration":
            declarators = initializer.children_by_field_name("declarator")
            if len(declarators) != 1 or declarators[0].type != "init_declarator":
                return None
            name = node_text(required(declarators[0], "declarator"))
            value = node_text(required(declarators[0], "value")).replace(" ", "")
        else:
            return None
        container = value.removesuffix(".begin()")
        if container == value or not container.isidentifier():
            return None
        if node_text(condition).replace(" ", "") != f"{name}!={container}.end()":
            return None
        if node_text(update).replace(" ", "") not in (f"{name}++", f"++{name}"):
            return None
        body = required(node, "body")
        for use in identifiers(body):
            if node_text(use) != name:
                continue
            parent = use.parent
            arrow = parent is not None and parent.type == "field_expression" and "->" in node_text(parent)
            star = (
                parent is not None
                and parent.type == "pointer_expression"
                and node_text(parent).startswith("*")
            )
            if not (arrow or star):
                return None
        collection_type = self.scopes.lookup(container)
        if not isinstance(collection_type, (t.MapType, t.SetType, t.ListType)):
            return None
        element = iteration_type(collection_type)
        self.scopes.push()
        self.scopes.declare(name, element)
        self.iterator_names.add(name)
        loop_body = self.body(body)
        self.iterator_names.discard(name)
        self.scopes.pop()
        iterable = ir.Name(container, type=collection_type, location=self.location(initializer))
        return ir.ForEach(name, element, iterable, loop_body, location=self.location(node))

    def found_iterator(
        self, node: tree_sitter.Node, declarators: list[tree_sitter.Node]
    ) -> ir.VarDecl | None:
        """``auto it = m.find(k);`` read only as ``it != m.end()``, ``it->first``, ``it->second``.

        The key is kept in a variable (``it_key``) and the tests become membership and lookups. Exact
        while ``m`` is not touched between the find and the last use of ``it``, which is checked:
        until then ``m`` may appear only in those ``m.end()`` comparisons.
        """
        if len(declarators) != 1 or declarators[0].type != "init_declarator":
            return None
        name_node = declarators[0].child_by_field_name("declarator")
        value = declarators[0].child_by_field_name("value")
        if (
            name_node is None
            or name_node.type != "identifier"
            or value is None
            or value.type != "call_expression"
        ):
            return None
        function = required(value, "function")
        args = required(value, "arguments").named_children
        if function.type == "field_expression" and node_text(required(function, "field")) == "find":
            container = node_text(required(function, "argument"))
            kinds: tuple[type, ...] = (t.MapType, t.SetType)
        elif node_text(function).removeprefix("std::") == "find" and len(args) == 3:
            # find(v.begin(), v.end(), x) over a whole vector
            container = node_text(args[0]).replace(" ", "").removesuffix(".begin()")
            if node_text(args[1]).replace(" ", "") != f"{container}.end()":
                return None
            args = args[2:]
            kinds = (t.ListType,)
        else:
            return None
        if not container.isidentifier() or len(args) != 1:
            return None
        name = node_text(name_node)
        container_type = self.scopes.lookup(container)
        if container_type is None or not isinstance(container_type, kinds):
            return None
        key_name = f"{name}_key"
        if any(node_text(i) == key_name for i in identifiers(self.tree.root_node)):
            return None
        if node.parent is None or not only_found_iterator_uses(node, name, container, container_type):
            return None
        key_type = t.element_type(container_type)
        if isinstance(container_type, t.MapType):
            key_type = container_type.key
        key = self.coerce(self.expression(args[0]), key_type)
        self.scopes.declare(key_name, key_type)
        self.found_iterators[name] = (container, key_name)
        return ir.VarDecl(key_name, key_type, key, location=self.location(node))

    def found_iterator_expr(self, node: tree_sitter.Node) -> ir.Expr | None:
        """``it != m.end()`` / ``it == m.end()`` / ``it->first`` / ``it->second`` of a found iterator."""
        loc = self.location(node)
        if node.type == "binary_expression":
            name = node_text(required(node, "left"))
        else:
            name = node_text(required(node, "argument"))
        if name not in self.found_iterators:
            return None
        container, key_name = self.found_iterators[name]
        container_expr = self.expression_of_name(container, node)
        container_type = container_expr.type
        key_type = (
            container_type.key if isinstance(container_type, t.MapType) else t.element_type(container_type)
        )
        key = ir.Name(key_name, type=key_type, location=loc)
        if node.type == "binary_expression":
            present = ir.LibraryCall(L.CONTAINS, (container_expr, key), type=t.BOOL, location=loc)
            if node_text(required(node, "operator")) == "==":
                return ir.Unary(ir.UnaryOp.NOT, present, type=t.BOOL, location=loc)
            return present
        if node_text(required(node, "field")) == "first":
            return key
        assert isinstance(container_type, t.MapType)
        return ir.LibraryCall(L.MAP_GET, (container_expr, key), type=container_type.value, location=loc)

    def found_iterator_erase(self, node: tree_sitter.Node) -> ir.Expr | None:
        """``c.erase(it)`` of a found iterator: removes the element found (the first equal one)."""
        function = required(node, "function")
        args = required(node, "arguments").named_children
        if function.type != "field_expression" or node_text(required(function, "field")) != "erase":
            return None
        if len(args) != 1 or node_text(args[0]) not in self.found_iterators:
            return None
        container, key_name = self.found_iterators[node_text(args[0])]
        if node_text(required(function, "argument")) != container:
            return None
        container_expr = self.expression_of_name(container, node)
        container_type = container_expr.type
        key_type = (
            container_type.key if isinstance(container_type, t.MapType) else t.element_type(container_type)
        )
        key = ir.Name(key_name, type=key_type, location=self.location(args[0]))
        op = {t.MapType: L.MAP_REMOVE, t.SetType: L.SET_REMOVE}.get(type(container_type), L.LIST_REMOVE_VALUE)
        return ir.LibraryCall(op, (container_expr, key), type=t.VOID, location=self.location(node))

    def memset(self, args_nodes: list[tree_sitter.Node], node: tree_sitter.Node) -> ir.Expr:
        target = self.expression(args_nodes[0])
        value = self.expression(args_nodes[1])
        size = args_nodes[2]
        if not isinstance(target, ir.Name) or not isinstance(target.type, t.ArrayType):
            raise self.unsupported(node, "memset of something other than a whole array")
        size_text = node_text(size).replace(" ", "")
        element = scalar_element(target.type)
        whole = size.type == "sizeof_expression" and size_text in (
            f"sizeof({target.id})",
            f"sizeof{target.id}",
        )
        if not whole and not self.is_whole_array_bytes(target.id, element, size):
            raise self.unsupported(node, "memset of part of an array")
        if (isinstance(value, ir.IntLiteral) and value.value in (0, -1)) or isinstance(value, ir.BoolLiteral):
            if isinstance(element, t.BoolType):
                fill: ir.Expr = ir.BoolLiteral(bool(getattr(value, "value", 0)), type=t.BOOL)
            elif isinstance(element, t.IntType) and isinstance(value, ir.IntLiteral):
                fill = ir.IntLiteral(value.value, type=element)
            else:
                raise self.unsupported(node, f"memset of a {element} array")
            return ir.LibraryCall(
                L.FILL, (target, fill, None, None), type=t.VOID, location=self.location(node)
            )
        if isinstance(value, ir.IntLiteral) and value.value == 1 and isinstance(element, t.BoolType):
            return ir.LibraryCall(
                L.FILL,
                (target, ir.BoolLiteral(True, type=t.BOOL), None, None),
                type=t.VOID,
                location=self.location(node),
            )
        raise self.unsupported(node, "memset with a value other than 0 or -1 (it sets bytes, not elements)")

    def is_whole_array_bytes(self, array: str, element: t.Type, size: tree_sitter.Node) -> bool:
        """Whether a memset byte count covers the whole of a 1-D array declared here with a length.

        ``memset(dp, 0, n)`` for a bool/char array and ``memset(a, 0, n * sizeof(int))`` (or
        ``sizeof(a[0]) * n``) for an int array, where ``n`` is the declared length and none of its
        names is assigned in the function (so it still holds that length).
        """
        length = self.array_lengths.get(array)
        if length is None or any(node_text(i) in self.assigned_in_body for i in identifiers(length)):
            return False
        while size.type == "parenthesized_expression":
            size = size.named_children[0]
        length_text = node_text(length).replace(" ", "")
        lengths = (length_text, f"({length_text})")
        if isinstance(element, (t.BoolType, t.CharType)) and node_text(size).replace(" ", "") in lengths:
            return True
        if size.type != "binary_expression" or node_text(required(size, "operator")) != "*":
            return False
        element_sizes = {f"sizeof({array}[0])", f"sizeof{array}[0]", f"sizeof(*{array})", f"sizeof*{array}"}
        spelled = {t.INT: ("int",), t.LONG: ("longlong", "longlongint"), t.BOOL: ("bool",), t.CHAR: ("char",)}
        element_sizes.update(f"sizeof({name})" for name in spelled.get(element, ()))
        left = node_text(required(size, "left")).replace(" ", "")
        right = node_text(required(size, "right")).replace(" ", "")
        return (left in lengths and right in element_sizes) or (right in lengths and left in element_sizes)

    def iterator_range(
        self, first: tree_sitter.Node, last: tree_sitter.Node, node: tree_sitter.Node
    ) -> tuple[ir.Expr, ir.Expr | None, ir.Expr | None]:
        """``(arr, arr + n)`` or ``(v.begin() + i, v.end())`` as (sequence, begin, end); None = the whole."""
        seq, begin = self.iterator(first, node, "begin")
        seq2, end = self.iterator(last, node, "end")
        if seq != seq2:
            raise self.unsupported(node, "iterators into different sequences")
        if isinstance(begin, ir.IntLiteral) and begin.value == 0:
            begin = None
        if (
            end is not None
            and begin is None
            and isinstance(seq.type, (t.ArrayType, t.ListType, t.StringType))
        ):
            whole = isinstance(end, ir.LibraryCall) and end.op in (L.LEN, L.STR_LEN) and end.args[0] == seq
            length = (
                isinstance(seq, ir.Name)
                and isinstance(end, ir.Name)
                and self.is_length_parameter(seq.id, end.id)
            )
            if whole or length:
                end = None
        return seq, begin, end

    def is_length_parameter(self, array: str, length: str) -> bool:
        """GfG convention: in ``f(int arr[], int n)`` the int parameter ``n`` is the length of ``arr``.

        Only assumed for an array parameter and an int parameter the function never assigns, so
        ``sort(arr, arr + n)`` means sorting the whole array (``Arrays.sort(arr)``, ``arr.sort()``).
        """
        params = self.current_params
        return (
            not self.whole_program  # a whole program shows its calls: no convention needed
            and isinstance(params.get(array), t.ArrayType)
            and isinstance(params.get(length), t.IntType)
            and length not in self.assigned_in_body
        )

    def iterator(
        self, node: tree_sitter.Node, context: tree_sitter.Node, which: str
    ) -> tuple[ir.Expr, ir.Expr | None]:
        while node.type == "parenthesized_expression":
            node = node.named_children[0]
        if node.type == "call_expression":
            function = required(node, "function")
            if function.type == "field_expression":
                field = node_text(required(function, "field"))
                container = self.expression(required(function, "argument"))
                if field == "begin":
                    return container, ir.IntLiteral(0, type=t.INT)
                if field == "end":
                    return container, None
            arguments = required(node, "arguments").named_children
            name = node_text(function).removeprefix("std::")
            if function.type in ("identifier", "qualified_identifier") and name in ("begin", "end") and len(arguments) == 1:
                # std::begin(v) / std::end(v) of a container or an array: v.begin() / v.end()
                return self.expression(arguments[0]), ir.IntLiteral(0, type=t.INT) if name == "begin" else None
        if node.type == "binary_expression" and node_text(required(node, "operator")) in ("+", "-"):
            base, offset = self.iterator(required(node, "left"), context, "begin")
            amount = self.expression(required(node, "right"))
            operator = node_text(required(node, "operator"))
            if offset is None:
                container_len = ir.LibraryCall(L.LEN, (base,), type=t.INT)
                offset = container_len
            combined = self.binary(operator, offset, amount, node)
            return base, simplify(combined)
        expr = self.expression(node)
        if isinstance(expr.type, t.ArrayType):
            return expr, ir.IntLiteral(0, type=t.INT) if which == "begin" else None
        raise self.unsupported(context, "iterator expression")
