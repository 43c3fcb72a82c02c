#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

using namespace std;

int summary(const string& s) {
    string sb = "";
    unordered_map<char, int> freq;
    for (int i = 0; i < (int) s.length(); i++) {
        char c = s[i];
        freq[c] = (int) ((unsigned int) (freq.count(c) ? freq[c] : 0) + 1);
        if (isupper(c)) {
            sb += (char) tolower(c);
        } else {
            sb += c;
        }
    }
    string lower = sb;
    int best = 0;
    for (int i = 0; i < (int) lower.length(); i++) {
        best = max(best, freq[s[i]]);
    }
    return (int) ((unsigned int) best * 1000 + lower.compare("m") + (lower == s ? 1 : 0));
}
