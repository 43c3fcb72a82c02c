#include <cctype>
#include <string>
#include <vector>

using namespace std;

string tidy(const string& line) {
    int total = 0;
    vector<string> parts;
    int start = 0;
    int i = 0;
    while (i < (int) line.length()) {
        if (isspace(line[i]) || ((int) line[i] >= 28 && (int) line[i] <= 31) || (int) line[i] == 133 || (int) line[i] == 160 || (int) line[i] == 8199 || (int) line[i] == 8239) {
            if (start < i) {
                parts.push_back(line.substr(start, i - start));
            }
            i += 1;
            start = i;
        } else {
            i += 1;
        }
    }
    if (start < i) {
        parts.push_back(line.substr(start, i - start));
    }
    for (string word : parts) {
        if (((int) word.length() >= 2 && word.substr(0, 2) == "ab") || ((int) word.length() >= 1 && word.substr((int) word.length() - 1) == "z")) {
            total += 100;
        }
        total += (int) word.length();
    }
    int begin = 0;
    int end = (int) line.length();
    while (begin < end && (isspace(line[begin]) || ((int) line[begin] >= 28 && (int) line[begin] <= 31) || (int) line[begin] == 133 || (int) line[begin] == 160 || (int) line[begin] == 8199 || (int) line[begin] == 8239)) {
        begin += 1;
    }
    while (end > begin && (isspace(line[end - 1]) || ((int) line[end - 1] >= 28 && (int) line[end - 1] <= 31) || (int) line[end - 1] == 133 || (int) line[end - 1] == 160 || (int) line[end - 1] == 8199 || (int) line[end - 1] == 8239)) {
        end -= 1;
    }
    string text = line.substr(begin, end - begin);
    string replaced = "";
    int i1 = 0;
    while (i1 < (int) text.length()) {
        if (i1 + 2 <= (int) text.length() && text.substr(i1, i1 + 2 - i1) == "ab") {
            replaced += "-";
            i1 += 2;
        } else {
            replaced += text[i1];
            i1 += 1;
        }
    }
    string replaced1 = "";
    int i2 = 0;
    while (i2 < (int) replaced.length()) {
        if (i2 + 1 <= (int) replaced.length() && replaced.substr(i2, i2 + 1 - i2) == " ") {
            replaced1 += "";
            i2 += 1;
        } else {
            replaced1 += replaced[i2];
            i2 += 1;
        }
    }
    string cleaned = replaced1;
    vector<string> parts1;
    int start1 = 0;
    int i3 = 0;
    while (i3 + 1 <= (int) cleaned.length()) {
        if (cleaned.substr(i3, i3 + 1 - i3) == ",") {
            parts1.push_back(cleaned.substr(start1, i3 - start1));
            i3 += 1;
            start1 = i3;
        } else {
            i3 += 1;
        }
    }
    parts1.push_back(cleaned.substr(start1));
    vector<string>& fields = parts1;
    string text1 = fields[(int) fields.size() - 1];
    int begin1 = 0;
    int end1 = (int) text1.length();
    while (end1 > begin1 && (text1[end1 - 1] == 'x' || text1[end1 - 1] == '-')) {
        end1 -= 1;
    }
    int begin2 = 0;
    int end2 = (int) line.length();
    while (begin2 < end2 && (isspace(line[begin2]) || ((int) line[begin2] >= 28 && (int) line[begin2] <= 31) || (int) line[begin2] == 133 || (int) line[begin2] == 160 || (int) line[begin2] == 8199 || (int) line[begin2] == 8239)) {
        begin2 += 1;
    }
    return to_string(total) + '|' + cleaned + '|' + to_string((int) fields.size()) + '|' + text1.substr(begin1, end1 - begin1) + '|' + line.substr(begin2, end2 - begin2);
}
