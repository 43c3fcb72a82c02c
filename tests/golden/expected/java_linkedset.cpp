#include <algorithm>
#include <climits>
#include <cstddef>
#include <iostream>
#include <iterator>
#include <list>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <unordered_map>
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

template <class K, class V>
class LinkedHashMap : public LinkedHashTable<K, pair<K, V>> {
  public:
    V& operator[](const K& key) {
        auto found = this->index.find(key);
        if (found != this->index.end()) return found->second->second;
        return this->add(key, {key, V()}).second;
    }
};

LinkedHashSet<int> order = LinkedHashSet<int>();

string firstOf(LinkedHashSet<string>& words) {
    for (string w : words) {
        return w;
    }
    return "none";
}

void linkedSet() {
    LinkedHashSet<int> s;
    vector<int> values = {50, 3, -7, 16, 3, 0, 99, 1 << 20, 16, -1};
    for (int v : values) {
        s.insert(v);
    }
    s.erase(16);
    s.erase(12345);
    s.insert(16);
    s.insert(50);
    for (int x : s) {
        cout << to_string(x) + " ";
    }
    cout << endl;
    vector<int> copy = vector<int>(s.begin(), s.end());
    cout << to_string(copy[0]) + " " + to_string(copy[(int) copy.size() - 1]) + " " + to_string((int) s.size()) << endl;
    LinkedHashSet<string> words;
    for (string w : {"pear", "Aa", "BB", "apple", "pear", "", "fig"}) {
        words.insert(w);
    }
    words.erase("Aa");
    words.insert("Aa");
    for (string w : words) {
        cout << "[" + w + "]";
    }
    cout << endl;
    cout << firstOf(words) << endl;
}

void linkedMap() {
    LinkedHashMap<string, int> m;
    m["pear"] = 1;
    m["apple"] = 2;
    m["fig"] = 3;
    m["Aa"] = 4;
    m.erase("pear");
    m["pear"] = 5;
    m["apple"] = 6;
    for (pair<string, int> e : m) {
        cout << e.first + "=" + to_string(e.second) + " ";
    }
    cout << endl;
    LinkedHashMap<int, int> counts;
    vector<int> values = {9, -4, 9, 100, 7, -4, 9, 33};
    for (int v : values) {
        counts[v] = (int) ((unsigned int) (counts.count(v) ? counts[v] : 0) + 1);
    }
    counts.erase(100);
    counts[100] = 0;
    for (auto& entry : counts) {
        int k = entry.first;
        cout << to_string(k) + " ";
    }
    cout << endl;
    for (auto& entry1 : counts) {
        int c = entry1.second;
        cout << to_string(c) + " ";
    }
    vector<int> keys;
    for (auto& entry2 : counts) {
        keys.push_back(entry2.first);
    }
    cout << to_string(keys[0]) + " " + to_string(keys[(int) keys.size() - 1]) << endl;
}

void sortedContainers() {
    set<int> s;
    vector<int> values = {5, -3, 10, -20, 5, 0, INT_MIN};
    for (int v : values) {
        s.insert(v);
    }
    s.erase(10);
    for (int x : s) {
        cout << to_string(x) + " ";
    }
    cout << endl;
    vector<int> copy = vector<int>(s.begin(), s.end());
    cout << to_string(copy[1]) + " " + to_string(*s.begin()) + " " + to_string(*s.rbegin()) << endl;
    map<string, int> m;
    for (string w : {"pear", "Zed", "apple", "", "ab", "a"}) {
        m[w] = (int) w.length();
    }
    for (auto& entry : m) {
        string k = entry.first;
        cout << "[" + k + "]";
    }
    cout << endl;
    for (auto& entry1 : m) {
        int v = entry1.second;
        cout << to_string(v) + " ";
    }
    vector<int> lengths;
    for (auto& entry2 : m) {
        lengths.push_back(entry2.second);
    }
    cout << to_string(lengths[0]) + " " + to_string(lengths[(int) lengths.size() - 1]) << endl;
    map<int, int> byKey;
    for (int v : values) {
        byKey[v] = v % 7;
    }
    for (pair<int, int> e : byKey) {
        cout << to_string(e.first) + ":" + to_string(e.second) + " ";
    }
    cout << endl;
}

LinkedHashMap<string, int> build(const vector<string>& words) {
    LinkedHashMap<string, int> m;
    for (string w : words) {
        m[w] = (int) ((unsigned int) (m.count(w) ? m[w] : 0) + 1);
    }
    return m;
}

void copies() {
    // a linked map returned by a method, copies between linked, hash and sorted sets, a field
    vector<string> words = {"z", "b", "z", "a", "Aa", "BB"};
    LinkedHashMap<string, int> m = build(words);
    for (auto& entry : m) {
        string k = entry.first;
        cout << k + to_string(m[k]) + " ";
    }
    cout << endl;
    LinkedHashSet<int> l;
    for (int v : {30, -2, 17, 30, 4, 64}) {
        l.insert(v);
    }
    JavaHashSet<int> h = JavaHashSet<int>(l.begin(), l.end());
    for (int x : h) {
        cout << to_string(x) + " ";
    }
    cout << endl;
    set<int> sorted = set<int>(l.begin(), l.end());
    JavaHashSet<int> fromSorted = JavaHashSet<int>(sorted.begin(), sorted.end());
    for (int x : fromSorted) {
        cout << to_string(x) + " ";
    }
    cout << endl;
    LinkedHashSet<int> back = LinkedHashSet<int>(sorted.begin(), sorted.end());
    for (int x : back) {
        cout << to_string(x) + " ";
    }
    cout << endl;
    for (int v : {8, 1, 8, -9}) {
        order.insert(v);
    }
    order.erase(1);
    order.insert(1);
    for (int x : order) {
        cout << to_string(x) + " ";
    }
    cout << endl;
    cout << to_string(vector<int>(l.begin(), l.end())[0]) + " " + to_string(vector<int>(l.begin(), l.end())[(int) l.size() - 1]) << endl;
    m.clear();
    m["q"] = 1;
    for (auto& entry1 : m) {
        string k = entry1.first;
        cout << k;
    }
    cout << endl;
}
