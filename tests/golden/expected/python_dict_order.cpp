#include <iostream>
#include <iterator>
#include <list>
#include <string>
#include <unordered_map>
#include <utility>

using namespace std;

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

template <class K, class V>
class LinkedHashMap : public LinkedHashTable<K, pair<K, V>> {
  public:
    V& operator[](const K& key) {
        auto found = this->index.find(key);
        if (found != this->index.end()) return found->second->second;
        return this->add(key, {key, V()}).second;
    }
};

long long floor_mod(long long a, long long b) {
    long long r = a % b;
    return r != 0 && (r < 0) != (b < 0) ? r + b : r;
}

void dict_order() {
    LinkedHashMap<int, int> counts;
    for (int x : {9, -4, 9, 100, 7, -4, 9, -33, 16}) {
        counts[x] = (counts.count(x) ? counts[x] : 0) + 1;
    }
    counts.erase(9);
    counts[9] = 5;
    counts[7] = 0;
    for (pair<int, int> entry : counts) {
        int k = entry.first;
        cout << k << " " << counts[k] << endl;
    }
    LinkedHashMap<string, int> words;
    for (string w : {"pear", "Zed", "apple", "", "Aa", "BB"}) {
        words[w] = (int) w.length();
    }
    for (pair<string, int> entry1 : words) {
        string w = entry1.first;
        int n = entry1.second;
        cout << w << " " << n << endl;
    }
    int total = 0;
    for (pair<int, int> entry2 : counts) {
        int v = entry2.second;
        total = total * 3 + v;
    }
    cout << total << endl;
}

void counted() {
    // Counter keeps first occurrences in order; a dict of longs reads 0L defaults in Java
    LinkedHashMap<int, int> counts;
    for (int item : {5, 3, 5, 12, -7, 3, 3, 8, 40, -7, 22}) {
        counts[item]++;
    }
    LinkedHashMap<int, int>& seen = counts;
    for (pair<int, int> entry : seen) {
        int k = entry.first;
        int v = entry.second;
        if (floor_mod(v, 2) == 1) {
            cout << k << endl;
            break;
        }
    }
    LinkedHashMap<int, long long> squares;
    for (int x : {70000, -3, 70000, 12}) {
        squares[x] = (long long) x * x;
    }
    long long out = 0;
    for (pair<int, long long> entry1 : squares) {
        int k = entry1.first;
        out = out * 3 + squares[k];
    }
    cout << out << endl;
}
