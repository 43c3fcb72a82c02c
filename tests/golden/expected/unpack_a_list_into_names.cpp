#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

using namespace std;

vector<string> py_rsplit(const string& s, const string& sep, long long maxsplit) {
    // Python's s.rsplit(sep, maxsplit) of a non-empty sep: at most maxsplit cuts (none below 0),
    // from the right
    vector<string> parts;
    long long end = (long long) s.size();
    long long i = end - (long long) sep.size();
    while (i >= 0 && maxsplit != 0) {
        if (s.compare(i, sep.size(), sep) == 0) {
            parts.push_back(s.substr(i + sep.size(), end - i - sep.size()));
            end = i;
            i -= sep.size();
            maxsplit--;
        } else {
            i--;
        }
    }
    parts.push_back(s.substr(0, end));
    reverse(parts.begin(), parts.end());
    return parts;
}

string qualified(const string& target) {
    string a = "";
    string b = "";
    string head = "";
    string tail = "";
    // a list unpacked into names: ValueError unless it has exactly that many elements
    try {
        vector<string> parts = py_rsplit(target, ".", 1);
        if ((int) parts.size() != 2) {
            throw invalid_argument("cannot unpack into 2 names");
        }
        head = parts[0];
        tail = parts[1];
    } catch (const invalid_argument&) {
        return "no dot";
    }
    vector<string> parts1;
    int start = 0;
    int i = 0;
    while (i + 1 <= (int) tail.length()) {
        if (tail.substr(i, i + 1 - i) == ":") {
            parts1.push_back(tail.substr(start, i - start));
            i += 1;
            start = i;
        } else {
            i += 1;
        }
    }
    parts1.push_back(tail.substr(start));
    vector<string>& words = parts1;
    if ((int) words.size() == 2) {
        if ((int) words.size() != 2) {
            throw invalid_argument("cannot unpack into 2 names");
        }
        a = words[0];
        b = words[1];
        return head + '|' + b + '|' + a;
    }
    return head + '|' + tail;
}
