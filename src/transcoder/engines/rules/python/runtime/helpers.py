"""Helpers the rule engine's Python back end emits beside a translation (python/backend.py).

Each sits between ``# helper NAME`` and ``# end`` lines; a translation gets only those it uses,
as written here (so this file is exempt from reformatting). Linted, and run by
tests/unit/test_runtime.py, as a module of its own.
"""

# fmt: off
import math
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
    """Round half away from zero, as C++ round and Java Math.round on non-negative values."""
    return math.floor(x + 0.5) if x >= 0 else -math.floor(-x + 0.5)
# end
