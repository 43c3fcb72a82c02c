#include <algorithm>
#include <climits>
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

// Python's str.find / rfind / count over s[start:end]: start and end clamp as a slice's do (a
// negative one counts from the end, end at most the length); nothing is found past the end
void py_bounds(const string& s, long long& start, long long& end) {
    long long n = (long long) s.size();
    start = start < 0 ? max(start + n, 0LL) : start;
    end = end < 0 ? max(end + n, 0LL) : min(end, n);
}

int py_find(const string& s, const string& sub, long long start, long long end = LLONG_MAX) {
    py_bounds(s, start, end);
    if (start > (long long) s.size()) return -1;
    for (long long i = start; i + (long long) sub.size() <= end; i++) {
        if (s.compare(i, sub.size(), sub) == 0) return (int) i;
    }
    return -1;
}

int py_rfind(const string& s, const string& sub, long long start, long long end = LLONG_MAX) {
    py_bounds(s, start, end);
    if (start > (long long) s.size()) return -1;
    for (long long i = end - (long long) sub.size(); i >= start; i--) {
        if (s.compare(i, sub.size(), sub) == 0) return (int) i;
    }
    return -1;
}

int py_count(const string& s, const string& sub, long long start, long long end = LLONG_MAX) {
    // occurrences that do not overlap, from the left; an empty sub is at every place
    py_bounds(s, start, end);
    if (start > (long long) s.size()) return 0;
    if (sub.empty()) return start <= end ? (int) (end - start + 1) : 0;
    int found = 0;
    for (long long i = start; i + (long long) sub.size() <= end;) {
        if (s.compare(i, sub.size(), sub) == 0) {
            found++;
            i += sub.size();
        } else {
            i++;
        }
    }
    return found;
}

string rewrite(string s, LinkedHashMap<string, string>& pairs, const string& sep) {
    // the dict's key and value types come from what the loop body does with them; replace() of a
    // computed (possibly empty) text; rfind/find of a parameter typed by its use
    for (pair<string, string> entry : pairs) {
        string old = entry.first;
        string new_ = entry.second;
        string replaced = "";
        if ((int) old.length() == 0) {
            replaced += new_;
            for (char c : s) {
                replaced += c;
                replaced += new_;
            }
        } else {
            int i = 0;
            while (i < (int) s.length()) {
                if (i + (int) old.length() <= (int) s.length() && s.substr(i, i + (int) old.length() - i) == old) {
                    replaced += new_;
                    i += (int) old.length();
                } else {
                    replaced += s[i];
                    i += 1;
                }
            }
        }
        s = replaced;
    }
    int cut = (int) s.rfind(sep);
    int head = py_find(s, sep, 1);
    return s + "|" + to_string(cut) + "|" + to_string(head);
}

string run(const string& s, const string& old, const string& new_, const string& sep) {
    LinkedHashMap<string, string> pairs;
    pairs[old] = new_;
    pairs["b"] = "B";
    return rewrite(s, pairs, sep);
}
