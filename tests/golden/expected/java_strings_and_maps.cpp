#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string>
#include <unordered_map>

using namespace std;

// Java's String.compareTo: the difference of the chars at the first mismatch, else of the lengths
// (std::string::compare promises only the sign, and a literal has no compare).
int java_compare(const string& a, const string& b) {
    size_t n = min(a.size(), b.size());
    for (size_t i = 0; i < n; i++) {
        if (a[i] != b[i]) return (int) (unsigned char) a[i] - (int) (unsigned char) b[i];
    }
    return (int) a.size() - (int) b.size();
}

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
    return (int) ((unsigned int) best * 1000 + java_compare(lower, "m") + (lower == s ? 1 : 0));
}
