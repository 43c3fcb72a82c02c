#include <algorithm>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

using namespace std;

string edit(const vector<int>& a, int i, int j, int k, const string& key) {
    // del of a list slice (clamped as Python clamps), of a list element (negative counts from the
    // end, out of range raises), of a dict key (a missing one raises); try ... except ... else
    vector<int> b = vector<int>(a.begin(), a.end());
    int begin = i < 0 ? max(i + (int) b.size(), 0) : min(i, (int) b.size());
    int begin1 = begin;
    int count = max(j < 0 ? max(j + (int) b.size(), 0) : min(j, (int) b.size()), begin) - begin1;
    while (count > 0) {
        b.erase(b.begin() + begin1);
        count -= 1;
    }
    unordered_map<string, int> counts;
    counts["x"] = 1;
    counts["y"] = 2;
    counts["zz"] = 3;
    string outcome = "kept";
    bool completed = false;
    try {
        if (!counts.count(key)) {
            throw out_of_range("");
        }
        counts.erase(key);
        completed = true;
    } catch (const out_of_range&) {
        outcome = "missing";
    }
    if (completed) {
        outcome = "removed " + to_string((int) counts.size()) + " left";
    }
    if (-(int) b.size() <= k && k < (int) b.size()) {
        int at = k < 0 ? k + (int) b.size() : k;
        if (at < 0 || at >= (int) b.size()) {
            throw out_of_range("");
        }
        b.erase(b.begin() + at);
    }
    if ((int) b.size() > 1) {
        int at1 = (int) b.size() - 1;
        if (at1 < 0 || at1 >= (int) b.size()) {
            throw out_of_range("");
        }
        b.erase(b.begin() + at1);
        int at2 = 0;
        if (at2 < 0 || at2 >= (int) b.size()) {
            throw out_of_range("");
        }
        b.erase(b.begin() + at2);
    }
    vector<string> result;
    for (int v : b) {
        result.push_back(to_string(v));
    }
    bool started = false;
    string joined = "";
    for (string item : result) {
        if (started) {
            joined += ",";
        }
        started = true;
        joined += item;
    }
    return outcome + ' ' + joined;
}
