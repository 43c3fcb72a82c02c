from collections.abc import MutableMapping, MutableSet


def trunc_div(a, b):
    """Integer division rounding toward zero, as in C++ and Java."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def trunc_mod(a, b):
    """Remainder with the sign of the dividend, as in C++ and Java."""
    return a - b * trunc_div(a, b)


def int32(x):
    """x reduced to a signed 32-bit integer (two's complement), as Java's int arithmetic wraps
    around, and C++'s int arithmetic as g++ on x86-64 computes it (ISO C++ leaves its overflow
    undefined)."""
    return (x + 0x80000000 & 0xFFFFFFFF) - 0x80000000


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


order = {}


def linkedSet():
    s = {}
    values = [50, 3, -7, 16, 3, 0, 99, 1 << 20, 16, -1]
    for v in values:
        s[v] = None
    s.pop(16, None)
    s.pop(12345, None)
    s[16] = None
    s[50] = None
    for x in s:
        print(str(x) + " ", end="")
    print()
    copy = list(s)
    print(str(copy[0]) + " " + str(copy[len(copy) - 1]) + " " + str(len(s)))
    words = {}
    for w in ["pear", "Aa", "BB", "apple", "pear", "", "fig"]:
        words[w] = None
    words.pop("Aa", None)
    words["Aa"] = None
    for w in words:
        print("[" + w + "]", end="")
    print()
    print(firstOf(words))


def firstOf(words):
    for w in words:
        return w
    return "none"


def linkedMap():
    m = {}
    m["pear"] = 1
    m["apple"] = 2
    m["fig"] = 3
    m["Aa"] = 4
    m.pop("pear", None)
    m["pear"] = 5
    m["apple"] = 6
    for e in m.items():
        print(e[0] + "=" + str(e[1]) + " ", end="")
    print()
    counts = {}
    values = [9, -4, 9, 100, 7, -4, 9, 33]
    for v in values:
        counts[v] = int32(counts.get(v, 0) + 1)
    counts.pop(100, None)
    counts[100] = 0
    for k in counts.keys():
        print(str(k) + " ", end="")
    print()
    for c in counts.values():
        print(str(c) + " ", end="")
    keys = list(counts.keys())
    print(str(keys[0]) + " " + str(keys[len(keys) - 1]))


def sortedContainers():
    s = set()
    values = [5, -3, 10, -20, 5, 0, -2147483648]
    for v in values:
        s.add(v)
    s.discard(10)
    for x in sorted(s):
        print(str(x) + " ", end="")
    print()
    copy = sorted(s)
    print(str(copy[1]) + " " + str(min(s)) + " " + str(max(s)))
    m = {}
    for w in ["pear", "Zed", "apple", "", "ab", "a"]:
        m[w] = len(w)
    for k in sorted(m):
        print("[" + k + "]", end="")
    print()
    for v in [value for _, value in sorted(m.items())]:
        print(str(v) + " ", end="")
    lengths = [value for _, value in sorted(m.items())]
    print(str(lengths[0]) + " " + str(lengths[len(lengths) - 1]))
    byKey = {}
    for v in values:
        byKey[v] = trunc_mod(v, 7)
    for e in sorted(byKey.items()):
        print(str(e[0]) + ":" + str(e[1]) + " ", end="")
    print()


def build(words):
    m = {}
    for w in words:
        m[w] = int32(m.get(w, 0) + 1)
    return m


def copies():
    words = ["z", "b", "z", "a", "Aa", "BB"]
    m = build(words)
    for k in m.keys():
        print(k + str(m[k]) + " ", end="")
    print()
    l = {}
    for v in [30, -2, 17, 30, 4, 64]:
        l[v] = None
    h = JavaHashSet(l)
    for x in h:
        print(str(x) + " ", end="")
    print()
    sorted_ = set(l)
    fromSorted = JavaHashSet(sorted(sorted_))
    for x in fromSorted:
        print(str(x) + " ", end="")
    print()
    back = dict.fromkeys(sorted(sorted_))
    for x in back:
        print(str(x) + " ", end="")
    print()
    for v in [8, 1, 8, -9]:
        order[v] = None
    order.pop(1, None)
    order[1] = None
    for x in order:
        print(str(x) + " ", end="")
    print()
    print(str(list(l)[0]) + " " + str(list(l)[len(l) - 1]))
    m.clear()
    m["q"] = 1
    for k in m.keys():
        print(k, end="")
    print()
