#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string>
#include <vector>

using namespace std;

bool equals_ignore_case(const string& a, const string& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); i++) {
        if (toupper((unsigned char) a[i]) != toupper((unsigned char) b[i])) return false;
    }
    return true;
}

bool charMatch(const string& text, int start, int end, char c) {
    return start >= 0 && end == (int) ((unsigned int) start + 1) && text[start] == c;
}

bool anyEqual(const vector<string>& these, const vector<string>& those) {
    for (string a : these) {
        for (string b : those) {
            if (equals_ignore_case(a, b)) {
                return true;
            }
        }
    }
    return these.empty() && (int) those.size() > 2 && find(those.begin(), those.end(), "x") != those.end();
}

bool both(const string& s, const string& t) {
    vector<string> names;
    names.push_back(t);
    names.push_back("b");
    vector<string> others;
    others.push_back(s);
    return (charMatch(s, 0, 1, 'a') && anyEqual(names, others)) || anyEqual(vector<string>(), names);
}
