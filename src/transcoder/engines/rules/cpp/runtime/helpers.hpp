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
