#include <iterator>
#include <list>
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

int most_frequent(int arr[], int n) {
    LinkedHashMap<int, int> counts;
    for (int i = 0; i < n; i++) {
        counts[arr[i]] = (counts.count(arr[i]) ? counts[arr[i]] : 0) + 1;
    }
    int best = arr[0];
    for (pair<int, int> entry : counts) {
        int key = entry.first;
        if (counts[key] > counts[best] || (counts[key] == counts[best] && key < best)) {
            best = key;
        }
    }
    return best;
}
