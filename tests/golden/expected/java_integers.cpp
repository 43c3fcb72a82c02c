#include <algorithm>
#include <cstddef>
#include <iostream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <unordered_set>
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

void integers() {
    // 16, 32, 48 and 0 share bucket 0 at capacity 16; 13 elements force a resize to 32
    vector<int> values = {16, 32, 1, 48, 17, 100, 3, -5, 64, 80, 0, 15, 31, 7, 16, 32};
    JavaHashSet<int> s;
    for (int v : values) {
        s.insert(v);
    }
    s.erase(48);
    s.erase(999);
    for (int x : s) {
        cout << to_string(x) + " ";
    }
    cout << endl;
    cout << vector<int>(s.begin(), s.end())[(int) s.size() - 1] << endl;
    cout << "first " << vector<int>(s.begin(), s.end())[0] << " of " << (int) s.size() << ": 100" << "%" << endl;
}

void strings() {
    // "Aa" and "BB" have the same String.hashCode
    vector<string> words = {"pear", "Aa", "BB", "apple", "", "fig", "kiwi", "AaAa", "BBBB", "AaBB", "z"};
    JavaHashSet<string> s;
    for (string w : words) {
        s.insert(w);
    }
    s.erase("fig");
    for (string w : s) {
        cout << "[" + w + "]";
    }
    cout << endl;
}

void counts() {
    vector<int> values = {5, 21, 37, 5, 53, 21, 69, 85, 101, 117, 133, 149, 165, 181, 197, 5, -16, 1 << 16};
    JavaHashMap<int, int> m;
    for (int v : values) {
        m[v] = (int) ((unsigned int) (m.count(v) ? m[v] : 0) + 1);
    }
    m.erase(53);
    for (auto& entry : m) {
        int k = entry.first;
        cout << to_string(k) + " ";
    }
    cout << endl;
    for (pair<int, int> e : m) {
        cout << to_string(e.first) + "=" + to_string(e.second) + " ";
    }
    cout << endl;
    for (auto& entry1 : m) {
        int v = entry1.second;
        cout << to_string(v) + " ";
    }
    cout << endl;
    // merge puts a new key at the head of its bucket ("be" and "or" share one), put at the tail
    vector<string> words = {"to", "be", "or", "not", "to", "be", "that", "is", "the", "question", "Aa", "BB"};
    JavaHashMap<string, int> merged;
    for (string w : words) {
        merged.merge(w, 1);
    }
    for (pair<string, int> e : merged) {
        cout << e.first + ":" + to_string(e.second) + " ";
    }
    cout << endl;
}

int firstOdd() {
    // returns from inside the loop: the first key in Java's order with an odd count
    vector<int> values = {40, 8, 8, 24, 72, 72, 72, 56, 40, 24, 88};
    JavaHashMap<int, int> m;
    for (int v : values) {
        if (m.count(v)) {
            m[v] = (int) ((unsigned int) m[v] + 1);
        } else {
            m[v] = 1;
        }
    }
    for (auto& entry : m) {
        int k = entry.first;
        if (m[k] % 2 != 0) {
            return k;
        }
    }
    return -1;
}

void sized() {
    // a capacity of 3 rounds up to 4; growth then doubles 4 -> 8 -> 16
    JavaHashSet<int> s(3);
    for (int v = 20; v >= 0; v -= 3) {
        s.insert(v);
    }
    for (int x : s) {
        cout << to_string(x) + " ";
    }
    cout << endl;
    s.clear();
    s.insert(12);
    s.insert(4);
    for (int x : s) {
        cout << to_string(x) + " ";
    }
    cout << endl;
}

void longsAndChars() {
    vector<long long> big = {-1, 4294967296LL, 1, -4294967296LL, 1LL << 40, 123456789012LL, 7};
    JavaHashSet<long long> s;
    for (long long v : big) {
        s.insert(v);
    }
    for (long long x : s) {
        cout << to_string(x) + " ";
    }
    cout << endl;
    JavaHashSet<char> letters;
    string text = "the quick brown fox";
    for (int i = 0; i < (int) text.length(); i++) {
        letters.insert(text[i]);
    }
    for (char c : letters) {
        cout << c;
    }
    cout << endl;
}

int sumOnly() {
    // an order-free loop: the set stays a plain unordered_set / set
    vector<int> values = {9, 4, 4, 1};
    unordered_set<int> s;
    for (int v : values) {
        s.insert(v);
    }
    int total = 0;
    for (int x : s) {
        if (x > 1) {
            total = (int) ((unsigned int) total + x);
        }
    }
    return total;
}
