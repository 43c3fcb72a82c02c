#include <algorithm>
#include <climits>
#include <cstddef>
#include <iostream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

using namespace std;

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

int f(int a[], int n) {
    JavaHashMap<int, int> m;
    for (int i = 0; i < n; i++) {
        m[a[i]] = (int) ((unsigned int) (m.count(a[i]) ? m[a[i]] : 0) + 1);
    }
    int res = INT_MAX;
    int count = 0;
    bool found = false;
    for (auto& entry : m) {
        int k = entry.first;
        count = (int) ((unsigned int) count + k);
        res = min(res, k);
        cout << k << endl;
    }
    return (int) ((unsigned int) res + count + (found ? 1 : 0));
}
