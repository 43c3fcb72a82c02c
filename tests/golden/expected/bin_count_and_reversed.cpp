#include <algorithm>
#include <string>

using namespace std;

string describe_bits(int n, string word) {
    long long rest = n < 0 ? -(long long) n : (long long) n;
    string digits = "";
    do {
        digits = string(1, (char) ('0' + (int) (rest % 2))) + digits;
        rest /= 2;
    } while (rest > 0);
    string b = (n < 0 ? "-0b" : "0b") + digits;
    int found = 0;
    int i = 0;
    while (i + 2 <= (int) word.length()) {
        if (word.substr(i, i + 2 - i) == "aa") {
            found += 1;
            i += 2;
        } else {
            i += 1;
        }
    }
    string reversed1 = word;
    reverse(reversed1.begin(), reversed1.end());
    string joined = "";
    for (char item : reversed1) {
        joined += item;
    }
    long long rest1 = n < 0 ? -(long long) n : (long long) n;
    string digits1 = "";
    do {
        digits1 = string(1, (char) ('0' + (int) (rest1 % 2))) + digits1;
        rest1 /= 2;
    } while (rest1 > 0);
    string text = (n < 0 ? "-0b" : "0b") + digits1;
    return b + '|' + to_string(count(b.begin(), b.end(), '1')) + '|' + to_string(found) + '|' + to_string(count(word.begin(), word.end(), 'a')) + '|' + joined + '|' + text.substr(min(2, (int) text.length()));
}
