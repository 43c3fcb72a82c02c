#include <algorithm>
#include <string>
#include <vector>

using namespace std;

string positions(const string& s, const string& sub, int a, int b) {
    // find / rfind / count over s[a:b] with Python's clamping of a and b, an empty sub included
    int begin = a;
    if (begin < 0) {
        begin += (int) s.length();
        if (begin < 0) {
            begin = 0;
        }
    }
    int end = b;
    if (end > (int) s.length()) {
        end = (int) s.length();
    } else if (end < 0) {
        end += (int) s.length();
        if (end < 0) {
            end = 0;
        }
    }
    int found = -1;
    int i = begin;
    while (i + (int) sub.length() <= end) {
        if (s.substr(i, i + (int) sub.length() - i) == sub) {
            found = i;
            break;
        }
        i += 1;
    }
    int first = found;
    int begin1 = a;
    if (begin1 < 0) {
        begin1 += (int) s.length();
        if (begin1 < 0) {
            begin1 = 0;
        }
    }
    int end1 = b;
    if (end1 > (int) s.length()) {
        end1 = (int) s.length();
    } else if (end1 < 0) {
        end1 += (int) s.length();
        if (end1 < 0) {
            end1 = 0;
        }
    }
    int found1 = -1;
    int i1 = end1 - (int) sub.length();
    while (i1 >= begin1) {
        if (s.substr(i1, i1 + (int) sub.length() - i1) == sub) {
            found1 = i1;
            break;
        }
        i1 -= 1;
    }
    int last = found1;
    int begin2 = a;
    if (begin2 < 0) {
        begin2 += (int) s.length();
        if (begin2 < 0) {
            begin2 = 0;
        }
    }
    int end2 = b;
    if (end2 > (int) s.length()) {
        end2 = (int) s.length();
    } else if (end2 < 0) {
        end2 += (int) s.length();
        if (end2 < 0) {
            end2 = 0;
        }
    }
    int found2 = 0;
    int i2 = begin2;
    while (i2 + (int) sub.length() <= end2) {
        if (s.substr(i2, i2 + (int) sub.length() - i2) == sub) {
            found2 += 1;
            i2 += (int) sub.length() == 0 ? 1 : (int) sub.length();
        } else {
            i2 += 1;
        }
    }
    int many = found2;
    int begin3 = a;
    if (begin3 < 0) {
        begin3 += (int) s.length();
        if (begin3 < 0) {
            begin3 = 0;
        }
    }
    int end3 = (int) s.length();
    int found3 = -1;
    int i3 = begin3;
    while (i3 + (int) sub.length() <= end3) {
        if (s.substr(i3, i3 + (int) sub.length() - i3) == sub) {
            found3 = i3;
            break;
        }
        i3 += 1;
    }
    int tail = found3;
    int anywhere = (int) s.rfind(sub);
    int begin4 = a;
    if (begin4 < 0) {
        begin4 += (int) s.length();
        if (begin4 < 0) {
            begin4 = 0;
        }
    }
    int end4 = (int) s.length();
    int found4 = 0;
    int i4 = begin4;
    while (i4 + 1 <= end4) {
        if (s.substr(i4, i4 + 1 - i4) == ".") {
            found4 += 1;
            i4 += 1;
        } else {
            i4 += 1;
        }
    }
    int dots = found4;
    int cuts_left = a;
    vector<string> parts;
    int start = 0;
    int i5 = 0;
    while (i5 + 1 <= (int) s.length() && cuts_left != 0) {
        if (s.substr(i5, i5 + 1 - i5) == ",") {
            parts.push_back(s.substr(start, i5 - start));
            i5 += 1;
            start = i5;
            cuts_left -= 1;
        } else {
            i5 += 1;
        }
    }
    parts.push_back(s.substr(start));
    vector<string>& left = parts;
    int cuts_left1 = b;
    vector<string> parts1;
    int end5 = (int) s.length();
    int i6 = (int) s.length() - 1;
    while (i6 >= 0 && cuts_left1 != 0) {
        if (s.substr(i6, i6 + 1 - i6) == ",") {
            parts1.push_back(s.substr(i6 + 1, end5 - (i6 + 1)));
            end5 = i6;
            i6 -= 1;
            cuts_left1 -= 1;
        } else {
            i6 -= 1;
        }
    }
    parts1.push_back(s.substr(0, end5));
    reverse(parts1.begin(), parts1.end());
    vector<string>& right = parts1;
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
