#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

using namespace std;

string qualified(const string& target) {
    string a = "";
    string b = "";
    string head = "";
    string tail = "";
    // a list unpacked into names: ValueError unless it has exactly that many elements
    try {
        int cuts_left = 1;
        vector<string> parts;
        int end = (int) target.length();
        int i = (int) target.length() - 1;
        while (i >= 0 && cuts_left != 0) {
            if (target.substr(i, i + 1 - i) == ".") {
                parts.push_back(target.substr(i + 1, end - (i + 1)));
                end = i;
                i -= 1;
                cuts_left -= 1;
            } else {
                i -= 1;
            }
        }
        parts.push_back(target.substr(0, end));
        reverse(parts.begin(), parts.end());
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
    int i1 = 0;
    while (i1 + 1 <= (int) tail.length()) {
        if (tail.substr(i1, i1 + 1 - i1) == ":") {
            parts1.push_back(tail.substr(start, i1 - start));
            i1 += 1;
            start = i1;
        } else {
            i1 += 1;
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
