"""The characters of a Java string or char literal, read as javac reads them (JLS 3.3, 3.10.7).

Java is not C: a Unicode escape (``\\u0041``, ``\\uuu0041``) is replaced before the text is read
as escapes, so ``"\\u005cn"`` is a line feed; an octal escape takes three digits only when the
first is 0..3 (``"\\477"`` is ``'\\47'`` followed by ``'7'``); ``\\s`` is a space (Java 15).
"""

from __future__ import annotations

import re

_UNICODE_ESCAPE = re.compile(r"\\+u+([0-9a-fA-F]{4})")
_OCTAL = re.compile(r"[0-3][0-7]{0,2}|[4-7][0-7]?")
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", "s": " ", '"': '"', "'": "'", "\\": "\\"}


def _unicode_escapes(body: str) -> str:
    """``body`` with its Unicode escapes replaced: a backslash begins one only after an even
    number of backslashes (``"\\\\u0041"`` is a backslash, then ``u0041``)."""

    def replaced(match: re.Match[str]) -> str:
        backslashes = len(match.group(0)) - len(match.group(0).lstrip("\\"))
        if backslashes % 2 == 0:
            return match.group(0)
        return "\\" * (backslashes - 1) + chr(int(match.group(1), 16))

    return _UNICODE_ESCAPE.sub(replaced, body)


def java_unescape(body: str) -> str:
    """The characters of a Java literal's body (the text between its quotes)."""
    text = _unicode_escapes(body)
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char != "\\" or index + 1 >= len(text):
            out.append(char)
            index += 1
            continue
        octal = _OCTAL.match(text, index + 1)
        if octal is not None:
            out.append(chr(int(octal.group(0), 8)))
            index = octal.end()
            continue
        nxt = text[index + 1]
        out.append(_ESCAPES.get(nxt, nxt))
        index += 2
    return "".join(out)
