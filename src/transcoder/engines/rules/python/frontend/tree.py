"""The syntax tree the Python front end reads: tree-sitter's parse, copied once into plain objects.

The front end asks a function's tree the same questions many times (each inference round builds
the function again): tree-sitter's Python binding makes a new wrapper object for every node it
hands out and a new ``bytes`` for every ``node.text``, so a walk through it costs several times
a walk through plain slotted objects. ``Syntax`` keeps the part of tree-sitter's node interface
the front end uses (``type``, ``children``, ``named_children``, ``child_by_field_name``,
``parent``, byte offsets), with ``text`` already decoded, a ``location`` for messages, and each
node one object (so ``==`` is identity, as it is for tree-sitter's nodes).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import tree_sitter

from transcoder.errors import SourceLocation, UnsupportedConstruct


@dataclass(slots=True)
class _Source:
    """What every node of one tree shares: the text and where its lines start."""

    text: str
    encoded: bytes
    line_starts: list[int]
    """Byte offset of the start of each line."""
    ascii_only: bool
    """Byte offsets are character offsets."""
    kinds: dict[str, tuple[list[int], list[Syntax]]] | None = None
    """Node type -> the positions (in ``Syntax.below``'s order over the whole tree) and nodes of
    that type, found in one walk of the tree the first time ``below`` is asked."""


class Syntax:
    """One node of the syntax tree."""

    __slots__ = (
        "_last",
        "_position",
        "_source",
        "children",
        "end_byte",
        "fields",
        "first",
        "id",
        "is_named",
        "location",
        "named_children",
        "parent",
        "start_byte",
        "text",
        "type",
    )

    type: str
    text: str
    """The node's source text (``__getattr__`` cuts it out when first asked)."""
    children: list[Syntax]
    named_children: list[Syntax]
    fields: dict[str, list[Syntax]] | None
    """Children by field name (``left``, ``body``...), in order; None when the node has none."""
    first: dict[str, Syntax]
    """The first child of each field (what ``field`` and ``child_by_field_name`` answer, asked of
    every node every build); one shared empty dict for the nodes without fields."""
    parent: Syntax | None
    is_named: bool
    start_byte: int
    end_byte: int
    id: int
    """A number unique in its tree (tree-sitter's ``Node.id`` plays this part)."""
    _source: _Source
    location: SourceLocation
    """1-based line and character (not byte) column where the node starts (``__getattr__``
    computes it when first asked)."""
    _position: int
    """The node's place in ``below``'s order over its whole tree (set when ``below`` is first asked)."""
    _last: int
    """The place of the last node under it in that order (its own place if none)."""

    def __getattr__(self, name: str) -> object:
        """Reached only for a slot not set yet: ``text`` or ``location``, computed when first asked
        and kept in the slot (later reads are plain reads, not property calls: the builders ask
        them of every node, every build). Slicing every node's text when the tree is copied costs
        the text's length times the tree's depth (a sum of 10,000 terms is 10,000 deep)."""
        if name == "location":
            row, byte_column = self.start_point
            line_start = self.start_byte - byte_column
            column = (
                byte_column
                if self._source.ascii_only
                else len(self._source.encoded[line_start : self.start_byte].decode("utf-8", "replace"))
            )
            self.location = SourceLocation(row + 1, column + 1)
            return self.location
        if name != "text":
            raise AttributeError(name)
        start, end, source = self.start_byte, self.end_byte, self._source
        text = (
            source.text[start:end]
            if source.ascii_only
            else source.encoded[start:end].decode("utf-8", "replace")
        )
        self.text = text
        return text

    def child_by_field_name(self, name: str) -> Syntax | None:
        return self.first.get(name)

    def field(self, name: str) -> Syntax:
        """The child in field ``name``, which the grammar always gives a node of this type."""
        found = self.first.get(name)
        if found is None:
            raise UnsupportedConstruct(
                f"rules engine: unsupported Python construct: {self.type.replace('_', ' ')} without its {name}",
                self.location,
            )
        return found

    def children_by_field_name(self, name: str) -> list[Syntax]:
        return list(self.fields.get(name, ())) if self.fields else []

    @property
    def start_point(self) -> tuple[int, int]:
        """0-based row and byte column, as tree-sitter gives them."""
        row = bisect.bisect_right(self._source.line_starts, self.start_byte) - 1
        return row, self.start_byte - self._source.line_starts[row]

    def below(self, kind: str) -> list[Syntax]:
        """The nodes of type ``kind`` under this one (not itself), in a fixed order (depth first,
        last child first). The whole tree is walked once in that order, where each node's
        descendants are the places right after its own: the answer is a slice of the list of
        ``kind`` nodes (a walk per node asked cost the tree's size times its depth)."""
        source = self._source
        if source.kinds is None:
            _number(self)
        assert source.kinds is not None
        found = source.kinds.get(kind)
        if found is None:
            return []
        positions, nodes = found
        return nodes[
            bisect.bisect_right(positions, self._position) : bisect.bisect_right(positions, self._last)
        ]

    def __repr__(self) -> str:
        return f"<Syntax {self.type} at byte {self.start_byte}>"


def _number(node: Syntax) -> None:
    """Give every node of ``node``'s tree its place in ``below``'s order, and index them by type."""
    root = node
    while root.parent is not None:
        root = root.parent
    order: list[Syntax] = []
    stack = [root]
    pop, push, append = stack.pop, stack.extend, order.append
    while stack:
        current = pop()
        append(current)
        push(current.children)  # the last child comes out first
    kinds: dict[str, tuple[list[int], list[Syntax]]] = {}
    for position, current in enumerate(order):
        current._position = position
        found = kinds.get(current.type)
        if found is None:
            found = kinds[current.type] = ([], [])
        found[0].append(position)
        found[1].append(current)
    for current in reversed(order):  # each node after its descendants: its last place is theirs
        children = current.children
        current._last = children[0]._last if children else current._position
    root._source.kinds = kinds


_KINDS: dict[int, str] = {}
_FIELDS: dict[int, str] = {}
_NO_FIELDS: dict[str, Syntax] = {}
"""``Syntax.first`` of every node without fields (never written to)."""


def copy_tree(tree: tree_sitter.Tree, code: str) -> Syntax:
    """The root of ``tree`` (tree-sitter's parse of ``code``) as ``Syntax`` nodes."""
    encoded = code.encode("utf-8")
    line_starts = [0]
    line_starts.extend(index + 1 for index, byte in enumerate(encoded) if byte == 10)
    source = _Source(code, encoded, line_starts, encoded.isascii())
    language = tree.language
    cursor = tree.walk()
    stack: list[Syntax] = []
    counter = 0
    while True:
        node = cursor.node
        assert node is not None
        copy = Syntax()
        kind = _KINDS.get(node.kind_id)
        if kind is None:
            kind = _KINDS[node.kind_id] = node.type
        copy.type = kind
        copy.start_byte, copy.end_byte = node.start_byte, node.end_byte
        copy.children = []
        copy.named_children = []
        copy.fields = None
        copy.first = _NO_FIELDS
        copy.is_named = named = node.is_named
        copy.id = counter
        copy._source = source
        counter += 1
        if stack:
            parent = copy.parent = stack[-1]
            parent.children.append(copy)
            if named:
                parent.named_children.append(copy)
            field_id = cursor.field_id
            if field_id is not None:
                field = _FIELDS.get(field_id)
                if field is None:
                    field = _FIELDS[field_id] = language.field_name_for_id(field_id) or ""
                if parent.fields is None:
                    parent.fields = {}
                    parent.first = {}
                found = parent.fields.get(field)
                if found is None:
                    parent.fields[field] = [copy]
                    parent.first[field] = copy
                else:
                    found.append(copy)
        else:
            copy.parent = None
            root = copy
        if cursor.goto_first_child():
            stack.append(copy)
            continue
        while not cursor.goto_next_sibling():
            if not cursor.goto_parent():
                return root
            stack.pop()


def release(root: Syntax) -> None:
    """Break the reference cycles of ``root``'s tree (each node and its parent, every node and
    its tree's index of kinds), once nothing reads it any more: the tree is then freed as soon as
    it is dropped, by reference counting, instead of waiting in the cyclic garbage collector's
    generations (whose collections walked every node of every tree kept there)."""
    root._source.kinds = None
    stack = [root]
    pop, push = stack.pop, stack.extend
    while stack:
        node = pop()
        node.parent = None
        push(node.children)


def node_text(node: Syntax) -> str:
    """The source text of ``node``."""
    return node.text


def decorator_text(decorator: Syntax) -> str:
    """The expression of a ``decorator`` node, spaces normalised, without its ``@`` and without a
    comment on its line (``@cache  # why`` is ``cache``)."""
    parts = [node_text(c) for c in decorator.named_children if c.type != "comment"]
    return " ".join(" ".join(parts).split())
