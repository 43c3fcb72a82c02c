"""String formatting: f-strings, ``str.format`` and ``%``, as concatenations of each value's text.

A value without a format spec is its ``str()``: an int's decimal digits (``TO_STRING``), a bool's
``True``/``False``, a float's shortest repr (``PYTHON_TEXT``, Python's own algorithm in the
targets' runtime helpers). A spec is translated into the C ``printf`` conversion that writes the
same text (``FORMAT_C``, which takes a double): ``{x:.2f}`` is ``%.2f``, ``{n:>5}`` of an int is
``%5.0f`` of the int as a double (exact below 2**53), ``{n:05d}`` is ``%05.0f``, ``<`` is the
``-`` flag. What C cannot write the same way is refused: centring, fills other than spaces and
zeros, ``,``/``_`` grouping, ``#``, ``%`` and ``n`` types, binary, hex or octal of a value that may be
negative (Python writes ``-ff``, C the two's complement), specs on strings, and a float with a
width but no type (Python's ``repr``-like default).
"""

from __future__ import annotations

import ast
import re
import string

from transcoder.engines.rules import ir
from transcoder.engines.rules import types as t
from transcoder.engines.rules.python.frontend.base import BuilderBase
from transcoder.engines.rules.python.frontend.irtools import B, L
from transcoder.engines.rules.python.frontend.tree import Syntax, node_text
from transcoder.errors import SourceLocation

_SPEC = re.compile(
    r"^(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[+\- ])?(?P<alt>#)?(?P<zero>0)?(?P<width>\d+)?"
    r"(?P<grouping>[,_])?(?:\.(?P<precision>\d+))?(?P<type>[bcdeEfFgGnosxX%])?$"
)
_PERCENT = re.compile(r"%(?P<flags>[-+ 0#]*)(?P<width>\d+)?(?:\.(?P<precision>\d+))?(?P<type>[diouxXeEfFgGcrs%])")


def c_spec(spec: str, kind: t.Type, non_negative: bool) -> str | None:
    """The C conversion writing what Python's ``format(value, spec)`` writes for a value of
    ``kind``, or None when there is none (see the module docstring)."""
    found = _SPEC.match(spec)
    if found is None:
        return None
    part = found.groupdict()
    if part["alt"] or part["grouping"] or part["align"] == "^" or part["fill"] not in (None, " ", "0"):
        return None
    zero = part["zero"] is not None or (part["align"] == "=" and part["fill"] == "0")
    if part["align"] == "=" and not zero:
        return None
    flags = ("-" if part["align"] == "<" else "") + (part["sign"] if part["sign"] in ("+", " ") else "")
    flags += "0" if zero and part["align"] != "<" else ""
    if part["fill"] == "0" and part["align"] in ("<", ">"):
        return None  # C pads with zeros only after the sign, as Python's '=' does
    width, kind_letter = part["width"] or "", part["type"]
    if isinstance(kind, t.IntType | t.BoolType):
        if part["precision"] is not None or (kind_letter not in (None, "d") and not non_negative):
            return None
        if kind_letter in (None, "d"):
            return f"%{flags}{width}.0f"
        return None  # x, o, b of ints: not through a double
    if isinstance(kind, t.FloatType) and kind_letter in ("f", "F", "e", "E", "g", "G"):
        precision = f".{part['precision']}" if part["precision"] is not None else ""
        return f"%{flags}{width}{precision}{kind_letter}"
    return None


class Formatting(BuilderBase):
    def text_of(self, value: ir.Expr, spec: str, node: Syntax) -> ir.Expr:
        """The text Python writes for ``value`` formatted by ``spec`` (``""``: its ``str()``)."""
        loc = self.location(node)
        kind = value.type
        if not spec:
            return self.str_of(value, node)
        if isinstance(kind, t.BoolType) and spec:
            raise self.unsupported(node, f"the format spec '{spec}' of a bool")
        conversion = c_spec(spec, kind, self.non_negative(value))
        if conversion is None or (isinstance(kind, t.IntType) and kind.bits not in (1, 32)):
            raise self.unsupported(node, f"the format spec '{spec}' (no C conversion writes the same)")
        number = ir.Cast(value, type=t.DOUBLE) if not isinstance(kind, t.FloatType) else value
        spec_literal = ir.StringLiteral(conversion, type=t.STRING)
        return ir.LibraryCall(L.FORMAT_C, (spec_literal, number), type=t.STRING, location=loc)

    def str_of(self, value: ir.Expr, node: Syntax) -> ir.Expr:
        """``str(value)`` as Python writes it."""
        loc = self.location(node)
        kind = value.type
        if isinstance(kind, t.StringType):
            return value
        if isinstance(kind, t.CharType):
            return self.coerce(value, t.STRING, None) if self.final else ir.Cast(value, type=t.STRING)
        if isinstance(kind, t.BoolType):
            return ir.Conditional(
                value,
                ir.StringLiteral("True", type=t.STRING),
                ir.StringLiteral("False", type=t.STRING),
                type=t.STRING,
                location=loc,
            )
        if isinstance(kind, t.FloatType):
            return ir.LibraryCall(L.PYTHON_TEXT, (value,), type=t.STRING, location=loc)
        if isinstance(kind, t.IntType | t.UnknownType):
            return ir.LibraryCall(L.TO_STRING, (value,), type=t.STRING, location=loc)
        if isinstance(kind, t.ClassType):
            return self.object_text(value, node)  # its __str__ (classes.py)
        raise self.unsupported(node, f"str() of a {kind}")

    def joined_text(self, pieces: list[ir.Expr], loc: SourceLocation) -> ir.Expr:
        """The concatenation of text pieces (an empty string for none)."""
        pieces = [p for p in pieces if not (isinstance(p, ir.StringLiteral) and not p.value)]
        if not pieces:
            return ir.StringLiteral("", type=t.STRING, location=loc)
        result = pieces[0]
        if not isinstance(result.type, t.StringType):
            result = ir.Cast(result, type=t.STRING)
        for piece in pieces[1:]:
            result = ir.Binary(B.ADD, result, piece, type=t.STRING, location=loc)
        return result

    def f_string(self, node: Syntax) -> ir.Expr:
        """``f"n={n:>5}"``: its literal parts and each value's text, in order."""
        start = next((c for c in node.children if c.type == "string_start"), None)
        if start is None or any(letter in node_text(start).lower() for letter in "rb"):
            raise self.unsupported(node, "raw or bytes f-string")
        quote = node_text(start).lstrip("fFuU")
        pieces: list[ir.Expr] = []
        for child in node.children:
            if child.type == "string_content":
                text = node_text(child).replace("{{", "{").replace("}}", "}")
                value = ast.literal_eval(quote + text + quote)
                pieces.append(ir.StringLiteral(value, type=t.STRING))
            elif child.type == "interpolation":
                pieces.append(self.interpolation(child))
        return self.joined_text(pieces, self.location(node))

    def interpolation(self, node: Syntax) -> ir.Expr:
        inner = [c for c in node.named_children if c.type not in ("format_specifier", "type_conversion")]
        conversion = next((c for c in node.named_children if c.type == "type_conversion"), None)
        spec_node = next((c for c in node.named_children if c.type == "format_specifier"), None)
        if len(inner) != 1 or (spec_node is not None and spec_node.named_children):
            raise self.unsupported(node, "an f-string field with a computed format spec")
        value = self.expr(inner[0])
        if conversion is not None and node_text(conversion) != "!s" and not isinstance(value.type, t.IntType):
            raise self.unsupported(node, f"the conversion {node_text(conversion)} (repr)")
        spec = node_text(spec_node)[1:] if spec_node is not None else ""
        return self.text_of(value, spec, node)

    def format_method(self, template: str, call: Syntax, values: list[ir.Expr]) -> ir.Expr:
        """``"{} {:.2f}".format(a, x)``: fields by position (``{}``, ``{0}``) or keyword."""
        arguments = call.child_by_field_name("arguments")
        keyword_nodes = {
            node_text(c.field("name")): c.field("value")
            for c in (arguments.named_children if arguments is not None else [])
            if c.type == "keyword_argument"
        }
        pieces: list[ir.Expr] = []
        automatic = 0
        try:
            fields = list(string.Formatter().parse(template))
        except ValueError:
            raise self.unsupported(call, "a format string Python rejects") from None
        for literal, field, spec, conversion in fields:
            if literal:
                pieces.append(ir.StringLiteral(literal, type=t.STRING))
            if field is None:
                continue
            if conversion not in (None, "s") or "{" in (spec or ""):
                raise self.unsupported(call, "a format field with a conversion or a computed spec")
            if field == "":
                position: int | str = automatic
                automatic += 1
            else:
                position = int(field) if field.isdigit() else field
            if isinstance(position, int) and position < len(values):
                value = values[position]
            elif isinstance(position, str) and position in keyword_nodes:
                value = self.expr(keyword_nodes[position])
            else:
                raise self.unsupported(call, f"the format field '{{{field}}}'")
            pieces.append(self.text_of(value, spec or "", call))
        return self.joined_text(pieces, self.location(call))

    def percent_format(self, template: str, values: list[ir.Expr], node: Syntax) -> ir.Expr:
        """``"%d items, %.2f" % (n, x)``: each conversion as the C printf one (%s as ``str()``)."""
        pieces: list[ir.Expr] = []
        position = 0
        index = 0
        while index < len(template):
            mark = template.find("%", index)
            if mark < 0:
                pieces.append(ir.StringLiteral(template[index:], type=t.STRING))
                break
            pieces.append(ir.StringLiteral(template[index:mark], type=t.STRING))
            found = _PERCENT.match(template, mark)
            if found is None:
                raise self.unsupported(node, "a %-format Python's rules do not match here")
            index = found.end()
            kind = found["type"]
            if kind == "%":
                pieces.append(ir.StringLiteral("%", type=t.STRING))
                continue
            if position >= len(values):
                raise self.unsupported(node, "a %-format with fewer values than conversions")
            value = values[position]
            position += 1
            pieces.append(self.percent_piece(found, value, node))
        if position != len(values):
            raise self.unsupported(node, "a %-format with more values than conversions")
        return self.joined_text(pieces, self.location(node))

    def percent_piece(self, found: re.Match[str], value: ir.Expr, node: Syntax) -> ir.Expr:
        flags, width, precision, kind = found["flags"], found["width"], found["precision"], found["type"]
        if kind in ("s", "d", "i") and not flags and not width and precision is None:
            if kind != "s" and not isinstance(value.type, t.IntType | t.BoolType):
                raise self.unsupported(node, f"%{kind} of a {value.type}")
            return self.str_of(ir.Cast(value, type=t.INT) if isinstance(value.type, t.BoolType) and kind != "s" else value, node)
        if "#" in flags or kind in ("c", "r", "o", "x", "X", "u"):
            raise self.unsupported(node, f"the conversion %{found.group(0)[1:]}")
        if kind in ("d", "i") and isinstance(value.type, t.IntType | t.BoolType) and precision is None:
            spec = f"%{flags}{width or ''}.0f"
        elif kind in "eEfFgG" and isinstance(value.type, t.FloatType | t.IntType):
            spec = found.group(0)
        else:
            raise self.unsupported(node, f"the conversion {found.group(0)} of a {value.type}")
        number = ir.Cast(value, type=t.DOUBLE) if not isinstance(value.type, t.FloatType) else value
        return ir.LibraryCall(
            L.FORMAT_C, (ir.StringLiteral(spec, type=t.STRING), number), type=t.STRING, location=self.location(node)
        )
