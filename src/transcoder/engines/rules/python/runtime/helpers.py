"""Helpers the rule engine's Python back end emits beside a translation (python/backend.py).

Each sits between ``# helper NAME`` and ``# end`` lines; a translation gets only those it uses,
as written here (so this file is exempt from reformatting). Linted, and run by
tests/unit/test_runtime.py, as a module of its own.
"""

# fmt: off
import decimal
import math
import struct
import sys
from collections.abc import MutableMapping, MutableSet


# helper trunc_div
def trunc_div(a, b):
    """Integer division rounding toward zero, as in C++ and Java."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q
# end


# helper trunc_mod
def trunc_mod(a, b):
    """Remainder with the sign of the dividend, as in C++ and Java."""
    return a - b * trunc_div(a, b)
# end


# helper c_stoi
def c_stoi(s, bits):
    """C++'s stoi (bits 32), stol/stoll (64): leading whitespace skipped, an optional sign, the
    longest run of digits (the rest ignored: "12abc" is 12, "1_0" is 1); invalid_argument without
    digits, out_of_range beyond the type (ValueError, OverflowError here)."""
    i, n = 0, len(s)
    while i < n and s[i] in " \t\n\v\f\r":
        i += 1
    j = i + 1 if i < n and s[i] in "+-" else i
    k = j
    while k < n and "0" <= s[k] <= "9":
        k += 1
    if k == j:
        raise ValueError("stoi: no conversion")
    value = int(s[i:k])
    if not -(1 << (bits - 1)) <= value < 1 << (bits - 1):
        raise OverflowError("stoi: out of range")
    return value
# end


# helper c_atoi
def c_atoi(s, bits):
    """C's atoi (bits 32), atol/atoll (64) as glibc computes them: strtol's reading (leading
    whitespace, an optional sign, the longest run of digits; 0 without digits, never an error),
    the value saturated to 64 bits, then atoi's (int) of that long wrapped to 32 bits (ISO C
    leaves overflow undefined)."""
    i, n = 0, len(s)
    while i < n and s[i] in " \t\n\v\f\r":
        i += 1
    j = i + 1 if i < n and s[i] in "+-" else i
    k = j
    while k < n and "0" <= s[k] <= "9":
        k += 1
    if k == j:
        return 0
    value = max(-(1 << 63), min(int(s[i:k]), (1 << 63) - 1))
    if bits == 32:
        value = (value + (1 << 31) & 0xFFFFFFFF) - (1 << 31)
    return value
# end


# helper java_null_text
def java_null_text(x):
    """A Java reference in a string concatenation: null is "null"."""
    return "null" if x is None else x
# end


# helper compare
def compare(a, b):
    """Java's String.compareTo: the difference at the first mismatch, else of the lengths."""
    for x, y in zip(a, b):
        if x != y:
            return ord(x) - ord(y)
    return len(a) - len(b)
# end


# helper java_hash_map
class JavaHashMap(MutableMapping):
    """A dict that iterates in the order of Java's HashMap (OpenJDK 17): a table of buckets, each
    in insertion order, doubled when the size passes 3/4 of the capacity, read bucket by bucket."""

    def __init__(self, capacity=16, long_keys=False, default=None):
        buckets = 1
        while buckets < capacity:
            buckets *= 2
        self.table = [[] for _ in range(buckets)]
        self.data = {}
        self.long_keys = long_keys  # Long keys hash differently from Integer ones
        self.default = default  # makes missing keys read with [] as in a defaultdict

    def bucket(self, key):
        if isinstance(key, str):  # String.hashCode (a char hashes as a one-character string)
            h = 0
            for c in key:
                h = (31 * h + ord(c)) & 0xFFFFFFFF
        elif self.long_keys:
            h = (key ^ (key >> 32)) & 0xFFFFFFFF
        else:
            h = key & 0xFFFFFFFF
        return self.table[(h ^ (h >> 16)) & (len(self.table) - 1)]

    def __setitem__(self, key, value):
        if key not in self.data:
            bucket = self.bucket(key)
            bucket.append(key)
            if len(bucket) > 8:  # Java turns a bucket of 9 into a tree; below 64 buckets it doubles instead
                if len(self.table) >= 64:
                    raise RuntimeError("JavaHashMap: Java would make a bucket a tree, whose order is not emulated")
                self.grow()
            if len(self.data) + 1 > len(self.table) * 3 // 4:
                self.grow()
        self.data[key] = value

    def grow(self):
        """Doubles the table; Java splits each bucket keeping its order, as adding again in order does."""
        keys = list(self)
        self.table = [[] for _ in range(2 * len(self.table))]
        for key in keys:
            self.bucket(key).append(key)

    def __getitem__(self, key):
        if key not in self.data and self.default is not None:
            self[key] = self.default()
        return self.data[key]

    def __delitem__(self, key):
        del self.data[key]
        self.bucket(key).remove(key)

    def __iter__(self):
        return (key for bucket in self.table for key in bucket)

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        return self.data.get(key, default)

    def clear(self):  # Java keeps the capacity
        for bucket in self.table:
            bucket.clear()
        self.data.clear()

    def merge(self, key, value):
        """Java's merge(key, value, Integer::sum): it grows the table first, and puts a new key at
        the head of its bucket."""
        if len(self.data) > len(self.table) * 3 // 4:
            self.grow()
        if key in self.data:
            self.data[key] += value
            return
        bucket = self.bucket(key)
        bucket.insert(0, key)
        self.data[key] = value
        if len(bucket) >= 8:  # merge turns a bucket of 8 into a tree, or doubles a table below 64
            if len(self.table) >= 64:
                raise RuntimeError("JavaHashMap: Java would make a bucket a tree, whose order is not emulated")
            self.grow()
# end


# helper java_hash_set
class JavaHashSet(MutableSet):
    """A set that iterates in the order of Java's HashSet (a JavaHashMap of its elements)."""

    def __init__(self, items=None, capacity=16, long_keys=False):
        if items is not None:  # Java's HashSet(Collection) sizes its table for the collection
            items = list(items)
            capacity = max(len(items) * 4 // 3 + 1, 16)
        self.map = JavaHashMap(capacity, long_keys)
        for item in items or ():
            self.add(item)

    def add(self, item):
        self.map[item] = True

    def discard(self, item):
        self.map.pop(item, None)

    def clear(self):
        self.map.clear()

    def __contains__(self, item):
        return item in self.map

    def __iter__(self):
        return iter(self.map)

    def __len__(self):
        return len(self.map)
# end


# helper round_half_away
def round_half_away(x):
    """The closest integer, halves away from zero, as C++'s round and llround."""
    magnitude = abs(x)
    whole = math.floor(magnitude)
    if magnitude - whole >= 0.5:  # exact: x - floor(x) has no rounding error
        whole += 1
    return whole if x >= 0 else -whole
# end


# helper round_half_up
def round_half_up(x):
    """Java's Math.round: the closest integer, halves rounded up (-2.5 -> -2); NaN is 0."""
    if x != x:
        return 0
    whole = math.floor(x)
    return whole + 1 if x - whole >= 0.5 else whole
# end


# helper saturating_int
def saturating_int(x, bits):
    """Java's (int) and (long) of a double: NaN is 0, values beyond the type's range clamp to its
    limits, the others truncate toward zero."""
    if x != x:
        return 0
    limit = 1 << (bits - 1)
    if x >= limit:
        return limit - 1
    if x < -limit:
        return -limit
    return int(x)
# end


# helper x86_int
def x86_int(x, bits):
    """C++'s (int) and (long long) of a double as g++ on x86-64 computes them: NaN and values
    beyond the type are its minimum (the "integer indefinite" of cvttsd2si), the others truncate
    toward zero."""
    limit = 1 << (bits - 1)
    if x != x or not -limit <= x < limit:
        return -limit
    return int(x)
# end


# helper x86_unsigned
def x86_unsigned(x):
    """C++'s (unsigned long long) of a double as g++ on x86-64 computes it: from 2**63 the
    conversion of x - 2**63 with the top bit set (0 from 2**64 on and at infinity), below it the
    bits of the signed 64-bit conversion (-1.0 is 2**64 - 1; NaN and values below -2**63 are
    2**63, the "integer indefinite")."""
    if x >= 1 << 63:
        return int(x) if x < 1 << 64 else 0
    if x != x or x < -(1 << 63):
        return 1 << 63
    return int(x) & 0xFFFFFFFFFFFFFFFF
# end


# helper fmod
def fmod(a, b):
    """C's fmod and Java's % on doubles: the remainder with the sign of a, and NaN where
    Python's math.fmod raises (a zero divisor, an infinite dividend)."""
    if b == 0 or math.isinf(a) or a != a or b != b:
        return math.nan
    return math.fmod(a, b)
# end


# helper fdiv
def fdiv(a, b):
    """C++/Java division of doubles (IEEE 754): a zero divisor gives an infinity with the sign
    of a * b, or NaN for 0 / 0, where Python's / raises ZeroDivisionError."""
    if b == 0:
        if a == 0 or a != a:
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b
# end


# helper sqrt
def sqrt(x):
    """C++/Java sqrt: NaN below zero, where Python's math.sqrt raises ValueError."""
    return math.sqrt(x) if x >= 0 or x != x else math.nan
# end


# helper log
def log(x):
    """C++/Java log: -inf at zero and NaN below, where Python's math.log raises ValueError."""
    if x > 0 or x != x:
        return math.log(x)
    return -math.inf if x == 0 else math.nan
# end


# helper log2
def log2(x):
    """C++ log2: -inf at zero and NaN below, where Python's math.log2 raises ValueError."""
    if x > 0 or x != x:
        return math.log2(x)
    return -math.inf if x == 0 else math.nan
# end


# helper log10
def log10(x):
    """C++/Java log10: -inf at zero and NaN below, where Python's math.log10 raises ValueError."""
    if x > 0 or x != x:
        return math.log10(x)
    return -math.inf if x == 0 else math.nan
# end


# helper exp
def exp(x):
    """C++/Java exp: inf past the largest double, where Python's math.exp raises OverflowError."""
    try:
        return math.exp(x)
    except OverflowError:
        return math.inf
# end


# helper asin
def asin(x):
    """C++/Java asin: NaN outside [-1, 1], where Python's math.asin raises ValueError."""
    return math.asin(x) if -1 <= x <= 1 else math.nan
# end


# helper acos
def acos(x):
    """C++/Java acos: NaN outside [-1, 1], where Python's math.acos raises ValueError."""
    return math.acos(x) if -1 <= x <= 1 else math.nan
# end


# helper fpow
def fpow(a, b):
    """C++ pow and Java Math.pow (IEEE 754): an infinity where the result overflows or the base is
    zero and the exponent negative, NaN for a negative base and a non-integer exponent, where
    Python's math.pow raises OverflowError or ValueError. The sign of an infinity is negative
    only for a negative base (or -0.0) and an odd integer exponent."""
    try:
        return math.pow(a, b)
    except (OverflowError, ValueError):
        if a < 0 and b != math.floor(b):
            return math.nan
        odd = b == math.floor(b) and math.fmod(b, 2) != 0
        if a == 0:
            return math.copysign(math.inf, a) if odd else math.inf
        return -math.inf if odd and a < 0 else math.inf
# end


# helper f32
def f32(x):
    """x rounded to a C++/Java float (IEEE binary32, to nearest even), ±inf past the largest
    float: what the source's float arithmetic gives where Python computes in double."""
    try:
        return struct.unpack("f", struct.pack("f", x))[0]
    except OverflowError:  # only where rounding gives an infinity x is not
        return math.copysign(math.inf, x)
# end


# helper int8
def int8(x):
    """x reduced to a signed 8-bit integer (two's complement), as a conversion to Java's byte or
    to C++'s signed char wraps around."""
    return (x + 0x80 & 0xFF) - 0x80
# end


# helper int16
def int16(x):
    """x reduced to a signed 16-bit integer (two's complement), as a conversion to Java's or
    C++'s short wraps around."""
    return (x + 0x8000 & 0xFFFF) - 0x8000
# end


# helper int32
def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000
# end


# helper int64
def int64(x):
    """x reduced to a signed 64-bit integer (two's complement), as Java's long arithmetic wraps
    around, and C++'s long and long long arithmetic as g++ on x86-64 computes it (ISO C++ leaves
    its overflow undefined)."""
    return (x + 0x8000000000000000 & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000
# end


# helper java_text
def java_text(x, single=False):
    """Java's Double.toString (Float.toString when single): the shortest digits that read back
    as the value, plain for 1e-3 <= |x| < 1e7, else 'd.dddE<n>'; 'NaN', 'Infinity', '-0.0'."""
    if single:
        narrow = struct.Struct("f")
        x = narrow.unpack(narrow.pack(x))[0] if abs(x) < 3.4028235677973366e38 else x * math.inf
    if x != x:
        return "NaN"
    if x in (math.inf, -math.inf):
        return "Infinity" if x > 0 else "-Infinity"
    if x == 0:
        return "-0.0" if math.copysign(1.0, x) < 0 else "0.0"
    text = repr(x)
    if single:
        text = next(t for t in (f"{x:.{p}e}" for p in range(9))
                    if narrow.unpack(narrow.pack(float(t)))[0] == x)
    _, places, power = decimal.Decimal(text).as_tuple()
    exponent = len(places) + power - 1
    digits = "".join(map(str, places)).rstrip("0") or "0"
    if x == int(x) and abs(x) < 2.0**63:
        # JDK 17 writes an integral value below 2**63 from its exact digits, rounding off (half
        # up) as many low digits as its table allows for the binary exponent
        bits = math.frexp(x)[1] - (26 if single else 55)
        dropped = (0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7,
                   8, 8, 8, 9, 9, 9, 9, 10, 10, 10, 11)[bits] if 1 < bits < 38 else 0
        whole, rest = divmod(abs(int(x)), 10**dropped)
        whole += 1 if 2 * rest >= 10**dropped else 0
        exponent = len(str(whole)) - 1 + dropped
        digits = str(whole).rstrip("0") or "0"
    sign = "-" if x < 0 else ""
    if 1e-3 <= abs(x) < 1e7:
        if exponent < 0:
            return sign + "0." + "0" * (-exponent - 1) + digits
        digits = digits.ljust(exponent + 2, "0")
        return sign + digits[:exponent + 1] + "." + digits[exponent + 1:]
    return sign + digits[0] + "." + (digits[1:] or "0") + "E" + str(exponent)
# end


# helper read_token
_STDIN = {"text": None, "at": 0}


def _stdin():
    """Standard input as one text, read whole on first use."""
    if _STDIN["text"] is None:
        _STDIN["text"] = sys.stdin.read()
    return _STDIN["text"]


def read_token():
    """The next whitespace-separated token of standard input (EOFError at its end)."""
    text, at = _stdin(), _STDIN["at"]
    while at < len(text) and text[at].isspace():
        at += 1
    if at == len(text):
        raise EOFError("no more input")
    end = at
    while end < len(text) and not text[end].isspace():
        end += 1
    _STDIN["at"] = end
    return text[at:end]


def read_char():
    """The next character of standard input that is not a space."""
    token = read_token()
    _STDIN["at"] -= len(token) - 1
    return token[0]


def read_line():
    """The rest of the current line of standard input, without its end."""
    text, at = _stdin(), _STDIN["at"]
    if at >= len(text):
        raise EOFError("no more input")
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    _STDIN["at"] = end + 1
    return text[at:end]


def has_token():
    """Whether a token follows on standard input (the spaces before it are skipped)."""
    text, at = _stdin(), _STDIN["at"]
    while at < len(text) and text[at].isspace():
        at += 1
    _STDIN["at"] = at
    return at < len(text)
# end
