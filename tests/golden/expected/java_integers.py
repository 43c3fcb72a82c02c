from collections.abc import MutableMapping, MutableSet


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


def integers():
    # 16, 32, 48 and 0 share bucket 0 at capacity 16; 13 elements force a resize to 32
    values = [16, 32, 1, 48, 17, 100, 3, -5, 64, 80, 0, 15, 31, 7, 16, 32]
    s = JavaHashSet()
    for v in values:
        s.add(v)
    s.discard(48)
    s.discard(999)
    for x in s:
        print(str(x) + " ", end="")
    print()
    print(list(s)[len(s) - 1])
    print("first ", list(s)[0], " of ", len(s), ": 100", "%", sep="")


def strings():
    # "Aa" and "BB" have the same String.hashCode
    words = ["pear", "Aa", "BB", "apple", "", "fig", "kiwi", "AaAa", "BBBB", "AaBB", "z"]
    s = JavaHashSet()
    for w in words:
        s.add(w)
    s.discard("fig")
    for w in s:
        print("[" + w + "]", end="")
    print()


def counts():
    values = [5, 21, 37, 5, 53, 21, 69, 85, 101, 117, 133, 149, 165, 181, 197, 5, -16, 1 << 16]
    m = JavaHashMap()
    for v in values:
        m[v] = int32(m.get(v, 0) + 1)
    m.pop(53, None)
    for k in m.keys():
        print(str(k) + " ", end="")
    print()
    for e in m.items():
        print(str(e[0]) + "=" + str(e[1]) + " ", end="")
    print()
    for v in m.values():
        print(str(v) + " ", end="")
    print()
    # merge puts a new key at the head of its bucket ("be" and "or" share one), put at the tail
    words = ["to", "be", "or", "not", "to", "be", "that", "is", "the", "question", "Aa", "BB"]
    merged = JavaHashMap()
    for w in words:
        merged.merge(w, 1)
    for e in merged.items():
        print(e[0] + ":" + str(e[1]) + " ", end="")
    print()


def firstOdd():
    # returns from inside the loop: the first key in Java's order with an odd count
    values = [40, 8, 8, 24, 72, 72, 72, 56, 40, 24, 88]
    m = JavaHashMap()
    for v in values:
        if v in m:
            m[v] = int32(m[v] + 1)
        else:
            m[v] = 1
    for k in m.keys():
        if m[k] % 2 != 0:
            return k
    return -1


def sized():
    # a capacity of 3 rounds up to 4; growth then doubles 4 -> 8 -> 16
    s = JavaHashSet(capacity=3)
    for v in range(20, -1, -3):
        s.add(v)
    for x in s:
        print(str(x) + " ", end="")
    print()
    s.clear()
    s.add(12)
    s.add(4)
    for x in s:
        print(str(x) + " ", end="")
    print()


def longsAndChars():
    big = [-1, 4294967296, 1, -4294967296, 1 << 40, 123456789012, 7]
    s = JavaHashSet(long_keys=True)
    for v in big:
        s.add(v)
    for x in s:
        print(str(x) + " ", end="")
    print()
    letters = JavaHashSet()
    text = "the quick brown fox"
    for i in range(len(text)):
        letters.add(text[i])
    for c in letters:
        print(c, end="")
    print()


def sumOnly():
    # an order-free loop: the set stays a plain unordered_set / set
    values = [9, 4, 4, 1]
    s = set()
    for v in values:
        s.add(v)
    total = 0
    for x in s:
        if x > 1:
            total = int32(total + x)
    return total
