// Helpers the rule engine's C++ back end emits beside a translation (cpp/backend.py), each
// between "// helper NAME" and "// end": a translation gets only those it uses, dependencies
// first. Compiled and run on its own by tests/unit/test_runtime.py.
#include <bits/stdc++.h>
using namespace std;

// helper java_hash_table
// Java's HashMap (OpenJDK 17) keeps a table of buckets, each in insertion order, doubles it when
// the size passes 3/4 of the capacity, and iterates bucket by bucket. JavaHashTable does the
// same, so that iterating gives Java's order; java_hash is Java's hashCode of the key.
unsigned java_hash(int x) { return x; }
unsigned java_hash(long long x) { return (unsigned) ((unsigned long long) x ^ ((unsigned long long) x >> 32)); }
unsigned java_hash(char c) { return (unsigned char) c; }
unsigned java_hash(const string& s) {
    unsigned h = 0;
    for (unsigned char c : s) {
        if (c >= 128) throw runtime_error("java_hash: String.hashCode of non-ASCII text is not emulated");
        h = 31 * h + c;
    }
    return h;
}

template <class K, class Entry>
class JavaHashTable {
  public:
    explicit JavaHashTable(int capacity) {
        size_t buckets = 1;
        while ((int) buckets < capacity) buckets *= 2;
        table.resize(buckets);
    }
    int size() const { return used; }
    bool empty() const { return used == 0; }
    int count(const K& key) const {
        for (const Entry& entry : table[index(key)]) {
            if (key_of(entry) == key) return 1;
        }
        return 0;
    }
    void erase(const K& key) {
        vector<Entry>& bucket = table[index(key)];
        for (size_t i = 0; i < bucket.size(); i++) {
            if (key_of(bucket[i]) == key) {
                bucket.erase(bucket.begin() + i);
                used--;
                return;
            }
        }
    }
    void clear() {  // Java keeps the capacity
        for (vector<Entry>& bucket : table) bucket.clear();
        used = 0;
    }

    class iterator {
      public:
        using iterator_category = forward_iterator_tag;
        using value_type = Entry;
        using difference_type = ptrdiff_t;
        using pointer = const Entry*;
        using reference = const Entry&;
        iterator(const vector<vector<Entry>>* buckets, size_t bucket) : buckets(buckets), bucket(bucket) { skip(); }
        const Entry& operator*() const { return (*buckets)[bucket][slot]; }
        iterator& operator++() {
            slot++;
            skip();
            return *this;
        }
        bool operator==(const iterator& other) const { return bucket == other.bucket && slot == other.slot; }
        bool operator!=(const iterator& other) const { return !(*this == other); }

      private:
        const vector<vector<Entry>>* buckets;
        size_t bucket, slot = 0;
        void skip() {
            while (bucket < buckets->size() && slot == (*buckets)[bucket].size()) {
                bucket++;
                slot = 0;
            }
        }
    };
    iterator begin() const { return iterator(&table, 0); }
    iterator end() const { return iterator(&table, table.size()); }

  protected:
    vector<vector<Entry>> table;
    int used = 0;

    static const K& key_of(const K& key) { return key; }
    template <class V>
    static const K& key_of(const pair<K, V>& entry) { return entry.first; }
    size_t index(const K& key) const {
        unsigned h = java_hash(key);
        return (h ^ (h >> 16)) & (table.size() - 1);
    }
    Entry& add(const Entry& entry) {
        const K& key = key_of(entry);
        table[index(key)].push_back(entry);
        if (table[index(key)].size() > 8) {  // Java turns a bucket of 9 into a tree; below 64 buckets it doubles instead
            if (table.size() >= 64) throw runtime_error("JavaHashTable: Java would make a bucket a tree, whose order is not emulated");
            grow();
        }
        if (++used > (int) table.size() * 3 / 4) grow();
        vector<Entry>& bucket = table[index(key)];
        for (Entry& found : bucket) {
            if (key_of(found) == key) return found;
        }
        return bucket.back();
    }
    void grow() {  // Java splits each bucket keeping its order: the same as adding again in iteration order
        vector<vector<Entry>> old(2 * table.size());
        old.swap(table);
        for (vector<Entry>& bucket : old) {
            for (Entry& entry : bucket) table[index(key_of(entry))].push_back(entry);
        }
    }
};
// end

// helper java_hash_set
template <class T>
class JavaHashSet : public JavaHashTable<T, T> {
  public:
    explicit JavaHashSet(int capacity = 16) : JavaHashTable<T, T>(capacity) {}
    template <class It>  // Java's HashSet(Collection) sizes its table for the collection
    JavaHashSet(It first, It last) : JavaHashTable<T, T>(max((int) distance(first, last) * 4 / 3 + 1, 16)) {
        for (; first != last; ++first) insert(*first);
    }
    void insert(const T& x) {
        if (!this->count(x)) this->add(x);
    }
};
// end

// helper java_hash_map
template <class K, class V>
class JavaHashMap : public JavaHashTable<K, pair<K, V>> {
  public:
    explicit JavaHashMap(int capacity = 16) : JavaHashTable<K, pair<K, V>>(capacity) {}
    V& operator[](const K& key) {
        for (auto& entry : this->table[this->index(key)]) {
            if (entry.first == key) return entry.second;
        }
        return this->add({key, V()}).second;
    }
    void merge(const K& key, const V& value) {  // Java's merge(key, value, Integer::sum)
        if (this->used > (int) this->table.size() * 3 / 4) this->grow();  // merge grows the table first
        vector<pair<K, V>>& bucket = this->table[this->index(key)];
        for (auto& entry : bucket) {
            if (entry.first == key) {
                entry.second += value;
                return;
            }
        }
        bucket.insert(bucket.begin(), {key, value});  // a new key goes to the head of its bucket
        this->used++;
        if (bucket.size() >= 8) {  // merge turns a bucket of 8 into a tree, or doubles a table below 64
            if (this->table.size() >= 64) throw runtime_error("JavaHashMap: Java would make a bucket a tree, whose order is not emulated");
            this->grow();
        }
    }
};
// end

// helper linked_hash_table
// Java's LinkedHashSet/LinkedHashMap iterate in insertion order (a key put again keeps its
// place; one removed and added again goes last): a list in that order, indexed by key.
template <class K, class Entry>
class LinkedHashTable {
  public:
    int size() const { return (int) entries.size(); }
    bool empty() const { return entries.empty(); }
    int count(const K& key) const { return (int) index.count(key); }
    void erase(const K& key) {
        auto found = index.find(key);
        if (found == index.end()) return;
        entries.erase(found->second);
        index.erase(found);
    }
    void clear() {
        entries.clear();
        index.clear();
    }
    typename list<Entry>::const_iterator begin() const { return entries.begin(); }
    typename list<Entry>::const_iterator end() const { return entries.end(); }

  protected:
    list<Entry> entries;
    unordered_map<K, typename list<Entry>::iterator> index;

    Entry& add(const K& key, const Entry& entry) {
        entries.push_back(entry);
        index[key] = prev(entries.end());
        return entries.back();
    }
};
// end

// helper linked_hash_set
template <class T>
class LinkedHashSet : public LinkedHashTable<T, T> {
  public:
    LinkedHashSet() = default;
    LinkedHashSet(initializer_list<T> items) : LinkedHashSet(items.begin(), items.end()) {}
    template <class It>
    LinkedHashSet(It first, It last) {
        for (; first != last; ++first) insert(*first);
    }
    void insert(const T& x) {
        if (!this->count(x)) this->add(x, x);
    }
};
// end

// helper linked_hash_map
template <class K, class V>
class LinkedHashMap : public LinkedHashTable<K, pair<K, V>> {
  public:
    V& operator[](const K& key) {
        auto found = this->index.find(key);
        if (found != this->index.end()) return found->second->second;
        return this->add(key, {key, V()}).second;
    }
};
// end

// helper saturating_cast
template <typename T> T saturating_cast(double x) {
    // Java's (int) and (long) of a double: NaN is 0, values beyond T's range clamp to its limits
    if (x != x) return 0;
    if (x <= (double) numeric_limits<T>::min()) return numeric_limits<T>::min();
    if (x >= (double) numeric_limits<T>::max()) return numeric_limits<T>::max();
    return (T) x;
}
// end

// helper java_round
long long java_round(double x) {
    // Java's Math.round: the closest integer, halves rounded up (-2.5 -> -2); NaN is 0
    if (x != x) return 0;
    if (x >= 9223372036854775807.0) return LLONG_MAX;
    if (x <= -9223372036854775808.0) return LLONG_MIN;
    double whole = floor(x);
    return (long long) whole + (x - whole >= 0.5 ? 1 : 0);
}
// end

// helper floor_div
long long floor_div(long long a, long long b) {
    long long q = a / b;
    return a % b != 0 && (a < 0) != (b < 0) ? q - 1 : q;
}
// end

// helper floor_mod
long long floor_mod(long long a, long long b) {
    long long r = a % b;
    return r != 0 && (r < 0) != (b < 0) ? r + b : r;
}
// end

// helper c_format
// What C's printf writes for one number by a conversion spec ("%g", "%.2f"), as a string: how a
// C++ stream or printf of the source printed it.
string c_format(const char* spec, double x) {
    int size = snprintf(nullptr, 0, spec, x);
    string text(size, '\0');
    snprintf(text.data(), size + 1, spec, x);
    return text;
}
// end

// helper java_text
// Java's Double.toString (Float.toString for a float): the shortest digits that read back as the
// value, plain for 1e-3 <= |x| < 1e7, else "d.dddE<n>"; "NaN", "Infinity", "-0.0".
template <class F>
string java_text(F x) {
    if (isnan(x)) return "NaN";
    if (isinf(x)) return x > 0 ? "Infinity" : "-Infinity";
    if (x == 0) return signbit(x) ? "-0.0" : "0.0";
    char buffer[64];
    char* end = to_chars(buffer, buffer + sizeof buffer, x, chars_format::scientific).ptr;
    string text(buffer, end);  // "-1.2345e+02"
    string sign = text[0] == '-' ? "-" : "";
    size_t mark = text.find('e');
    int exponent = stoi(text.substr(mark + 1));
    string digits;
    for (size_t i = sign.size(); i < mark; i++) {
        if (text[i] != '.') digits += text[i];
    }
    F magnitude = fabs(x);
    if (magnitude < (F) 9.223372036854775808e18 && magnitude == trunc(magnitude)) {
        // JDK 17 writes an integral value below 2**63 from its exact digits, rounding off (half
        // up) as many low digits as its table allows for the binary exponent
        static const int dropped_for[] = {0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5,
                                          6, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9, 9, 9, 10, 10, 10, 11};
        int power;
        frexp(magnitude, &power);
        int bits = power - (sizeof(F) == sizeof(float) ? 26 : 55);
        int dropped = bits > 1 && bits < 38 ? dropped_for[bits] : 0;
        unsigned long long whole = (unsigned long long) magnitude, scale = 1;
        for (int i = 0; i < dropped; i++) scale *= 10;
        unsigned long long rest = whole % scale;
        whole = whole / scale + (2 * rest >= scale ? 1 : 0);
        digits = to_string(whole);
        exponent = (int) digits.size() - 1 + dropped;
        digits.erase(digits.find_last_not_of('0') + 1);
    }
    if (magnitude >= (F) 1e-3 && magnitude < (F) 1e7) {
        if (exponent < 0) return sign + "0." + string(-exponent - 1, '0') + digits;
        if ((int) digits.size() <= exponent + 1) digits.resize(exponent + 2, '0');
        return sign + digits.substr(0, exponent + 1) + "." + digits.substr(exponent + 1);
    }
    string fraction = digits.size() > 1 ? digits.substr(1) : "0";
    return sign + digits.substr(0, 1) + "." + fraction + "E" + to_string(exponent);
}
// end

// helper python_text
// Python's repr of a float: the shortest digits that read back as the value, plain for
// 1e-4 <= |x| < 1e16, else "d.ddde+NN"; "nan", "inf", "-0.0".
string python_text(double x) {
    if (isnan(x)) return "nan";
    if (isinf(x)) return x > 0 ? "inf" : "-inf";
    if (x == 0) return signbit(x) ? "-0.0" : "0.0";
    char buffer[64];
    char* end = to_chars(buffer, buffer + sizeof buffer, x, chars_format::scientific).ptr;
    string text(buffer, end);
    string sign = text[0] == '-' ? "-" : "";
    size_t mark = text.find('e');
    int exponent = stoi(text.substr(mark + 1));
    string digits;
    for (size_t i = sign.size(); i < mark; i++) {
        if (text[i] != '.') digits += text[i];
    }
    if (exponent < -4 || exponent >= 16) {
        string fraction = digits.size() > 1 ? "." + digits.substr(1) : "";
        string power = to_string(abs(exponent));
        return sign + digits.substr(0, 1) + fraction + (exponent < 0 ? "e-" : "e+") + (power.size() < 2 ? "0" : "") + power;
    }
    if (exponent < 0) return sign + "0." + string(-exponent - 1, '0') + digits;
    if ((int) digits.size() <= exponent + 1) digits.resize(exponent + 2, '0');
    return sign + digits.substr(0, exponent + 1) + "." + digits.substr(exponent + 1);
}
// end

// helper read_token
// The next whitespace-separated token of standard input as a T (a char: the next character that
// is not a space); the program stops with an error at the end of input, as Java's Scanner and
// Python's input() do.
template <class T>
T read_token() {
    T value{};
    if (!(cin >> value)) throw runtime_error("read_token: no more input");
    return value;
}
// end

// helper read_line
// The rest of the current line of standard input, without its end.
string read_line() {
    string line;
    if (!getline(cin, line)) throw runtime_error("read_line: no more input");
    return line;
}
// end

// helper has_token
// Whether a token follows on standard input (the spaces before it are skipped).
bool has_token() {
    cin >> ws;
    return cin.peek() != EOF;
}
// end

// helper py_index
// A Python index: one below zero counts from the end (a[-1] is the last element).
inline long long py_index(long long index, long long length) { return index < 0 ? index + length : index; }
// end

// helper java_deref
template <class T>
const T& java_deref(const optional<T>& x) {
    // a Java reference that may be null, dereferenced: NullPointerException (invalid_argument)
    if (!x) throw invalid_argument("NullPointerException");
    return *x;
}
// end

// helper as_lvalue
// A temporary (a new dict, a list display, a call's result) passed to a parameter the function
// changes in place (T&), which a temporary cannot bind to: it lives until the end of the call's
// full expression, as the object Python passes lives through the call; nothing reads it after.
template <class T>
T& as_lvalue(T&& value) {
    return value;
}
// end
