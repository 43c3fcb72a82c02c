"""Helpers the Python back end emits for the text, bit and array operations of issue 13
(python/printing_text.py): Java's String methods, Integer bit methods and array copies.

Each sits between ``# helper NAME`` and ``# end`` lines; a translation gets only those it uses.
Run by tests/e2e/test_rules_text.py as a module of its own.
"""

import math  # ieee_remainder's: the back end imports it beside the helper
import struct  # double_bits's, likewise

# fmt: off


# helper java_trim
def java_trim(s):
    """s without the characters <= ' ' at both ends, as Java's String.trim."""
    begin, end = 0, len(s)
    while begin < end and s[begin] <= " ":
        begin += 1
    while end > begin and s[end - 1] <= " ":
        end -= 1
    return s[begin:end]
# end


# helper java_split
def java_split(s, separator):
    """s split at a literal separator, trailing empty pieces dropped, as Java's String.split."""
    parts = s.split(separator)
    if len(parts) == 1:
        return parts
    while parts and parts[-1] == "":
        parts.pop()
    return parts
# end


# helper equals_ignore_case
def equals_ignore_case(a, b):
    """Java's String.equalsIgnoreCase: the same length, each char equal up to its (simple) case."""
    def upper(c):
        u = c.upper()
        return u if len(u) == 1 else c

    def lower(c):
        u = c.lower()
        return u if len(u) == 1 else c

    return len(a) == len(b) and all(
        x == y or upper(x) == upper(y) or lower(upper(x)) == lower(upper(y)) for x, y in zip(a, b, strict=True)
    )
# end


# helper letter_or_digit
def letter_or_digit(c):
    """Java's Character.isLetterOrDigit (C's isalnum on ASCII): a letter or a decimal digit;
    str.isalnum also takes other numerals ('\u00b2', '\u00bd')."""
    return c.isalpha() or c.isdecimal()
# end


# helper char_upper
def char_upper(c):
    """Java's Character.toUpperCase of a char (C's toupper on ASCII): the one-char mapping; where
    str.upper gives more chars ('\u00df' -> 'SS', '\u1f80' -> two), the titlecase char if it is
    one ('\u1f88', as Java), else the char itself."""
    upper = c.upper()
    if len(upper) == 1:
        return upper
    title = c.title()
    return title if len(title) == 1 else c
# end


# helper char_lower
def char_lower(c):
    """Java's Character.toLowerCase of a char (C's tolower on ASCII): the one-char mapping; only
    '\u0130' lowers to more chars in Python ('i' and a combining dot): Java gives the 'i'."""
    return c.lower()[0]
# end


# helper trailing_zeros
def trailing_zeros(x, bits):
    """Zero bits below the lowest one bit of x in two's complement of `bits` (bits for 0)."""
    x &= (1 << bits) - 1
    return bits if x == 0 else (x & -x).bit_length() - 1
# end


# helper rotate
def rotate_left(x, n, bits):
    """x's bits rotated left by n modulo `bits`, as a signed value of that width (Java)."""
    mask = (1 << bits) - 1
    n %= bits
    value = ((x & mask) << n | (x & mask) >> (bits - n)) & mask
    return value - (1 << bits) if value >> (bits - 1) else value


def rotate_right(x, n, bits):
    return rotate_left(x, -n, bits)
# end


# helper copy_range
def copy_range(a, begin, end, zero):
    """A new list of a[begin:end], `zero` past a's end (Java Arrays.copyOfRange)."""
    part = a[begin:end]
    return part + [zero] * (end - begin - len(part))
# end


# helper array_copy
def array_copy(dst, dst_pos, src, src_pos, count):
    """dst[dst_pos:dst_pos + count] = src[src_pos:src_pos + count] (Java System.arraycopy)."""
    dst[dst_pos:dst_pos + count] = src[src_pos:src_pos + count]
# end


# helper region_matches
def region_matches(s, offset, other, other_offset, count):
    """Java's String.regionMatches: false when a region leaves its string, else whether the count
    chars at offset equal those at other_offset (true for count <= 0)."""
    if offset < 0 or other_offset < 0 or offset > len(s) - count or other_offset > len(other) - count:
        return False
    return count <= 0 or s[offset:offset + count] == other[other_offset:other_offset + count]
# end


# helper to_int_exact
def to_int_exact(x):
    """Java's Math.toIntExact: x when it is an int, else ArithmeticException (OverflowError)."""
    if not -0x80000000 <= x <= 0x7FFFFFFF:
        raise OverflowError("integer overflow")
    return x
# end


# helper ieee_remainder
def ieee_remainder(x, y):
    """Java's Math.IEEEremainder (C's remainder): NaN where math.remainder raises (y = 0, x infinite)."""
    if x != x or y != y or y == 0 or x in (float("inf"), float("-inf")):
        return float("nan")
    return math.remainder(x, y)
# end


# helper java_parse_int
def java_parse_int(s, radix, bits, begin=None, end=None):
    """Java's Integer.parseInt / Long.parseLong (bits 32 / 64), of s[begin:end] when given (the
    CharSequence form: IndexOutOfBoundsException, IndexError, unless 0 <= begin <= end <= len(s)):
    an optional sign, then at least one digit of the radix as Character.digit reads it (a Unicode
    decimal digit, a Latin letter, also fullwidth; a character outside the BMP is two Java chars,
    neither a digit); NumberFormatException (ValueError) otherwise, or outside the type."""
    import unicodedata
    if begin is not None:
        if begin < 0 or begin > end or end > len(s):
            raise IndexError(f"begin {begin}, end {end}, length {len(s)}")
        s = s[begin:end]
    if radix < 2 or radix > 36 or not s:
        raise ValueError(f"For input string: {s!r}")
    digits = s[1:] if s[0] in "+-" else s
    if not digits:
        raise ValueError(f"For input string: {s!r}")
    value = 0
    for c in digits:
        o = ord(c)
        if 65 <= o <= 90 or 97 <= o <= 122:
            d = (o | 32) - 87
        elif 0xFF21 <= o <= 0xFF3A or 0xFF41 <= o <= 0xFF5A:
            d = ((o - 0xFF21) & 31) + 10
        elif o <= 0xFFFF:
            d = unicodedata.decimal(c, -1)
        else:
            d = -1
        if d < 0 or d >= radix:
            raise ValueError(f"For input string: {s!r}")
        value = value * radix + d
    if s[0] == "-":
        value = -value
    if not -(1 << (bits - 1)) <= value < 1 << (bits - 1):
        raise ValueError(f"For input string: {s!r}")
    return value
# end


# helper double_bits
def double_to_bits(x, raw):
    """Java's Double.doubleToRawLongBits (raw) / doubleToLongBits (every NaN 0x7ff8000000000000)."""
    if not raw and x != x:
        return 0x7FF8000000000000
    return struct.unpack("<q", struct.pack("<d", x))[0]


def double_from_bits(bits):
    """Java's Double.longBitsToDouble: the double of those IEEE 754 bits."""
    return struct.unpack("<d", struct.pack("<q", bits))[0]
# end
