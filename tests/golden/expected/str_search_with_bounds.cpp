#include <algorithm>
#include <climits>
#include <string>
#include <vector>

using namespace std;

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

string positions(const string& s, const string& sub, int a, int b) {
    // find / rfind / count over s[a:b] with Python's clamping of a and b, an empty sub included
    int first = py_find(s, sub, a, b);
    int last = py_rfind(s, sub, a, b);
    int many = py_count(s, sub, a, b);
    int tail = py_find(s, sub, a);
    int anywhere = (int) s.rfind(sub);
    int dots = py_count(s, ".", a);
    int cuts_left = a;
    vector<string> parts;
    int start = 0;
    int i = 0;
    while (i + 1 <= (int) s.length() && cuts_left != 0) {
        if (s.substr(i, i + 1 - i) == ",") {
            parts.push_back(s.substr(start, i - start));
            i += 1;
            start = i;
            cuts_left -= 1;
        } else {
            i += 1;
        }
    }
    parts.push_back(s.substr(start));
    vector<string>& left = parts;
    vector<string> right = py_rsplit(s, ",", b);
    bool pre = ((int) s.length() >= 2 && s.substr(0, 2) == "ab") || ((int) s.length() >= 1 && s.substr(0, 1) == "x") || ((int) s.length() >= (int) sub.length() && s.substr(0, (int) sub.length()) == sub);
    bool post = ((int) s.length() >= 1 && s.substr((int) s.length() - 1) == "z") || ((int) s.length() >= (int) sub.length() && s.substr((int) s.length() - (int) sub.length()) == sub);
    bool started = false;
    string joined = "";
    for (string item : left) {
        if (started) {
            joined += "|";
        }
        started = true;
        joined += item;
    }
    bool started1 = false;
    string joined1 = "";
    for (string item1 : right) {
        if (started1) {
            joined1 += "|";
        }
        started1 = true;
        joined1 += item1;
    }
    return to_string(first) + " " + to_string(last) + " " + to_string(many) + " " + to_string(tail) + " " + to_string(anywhere) + " " + to_string(dots) + " [" + joined + "] [" + joined1 + "] " + (pre ? "True" : "False") + " " + (post ? "True" : "False");
}
