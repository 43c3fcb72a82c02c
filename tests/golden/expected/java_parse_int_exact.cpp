#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

using namespace std;

long long java_parse_int(const string& text, int radix, int bits, long long begin = 0, long long end = -1) {
    // Java's Integer.parseInt / Long.parseLong (bits 32 / 64), of text[begin, end) in the
    // CharSequence form (out_of_range unless 0 <= begin <= end <= size): an optional sign, then at
    // least one digit of the radix (ASCII digits and letters: C++ strings hold bytes, and a
    // non-ASCII byte is no digit); NumberFormatException (invalid_argument) otherwise, or outside
    // the type.
    if (end < 0) end = (long long) text.size();
    if (begin < 0 || begin > end || end > (long long) text.size()) throw out_of_range("java_parse_int: range");
    string s = text.substr((size_t) begin, (size_t) (end - begin));
    if (radix < 2 || radix > 36 || s.empty()) throw invalid_argument("For input string: \"" + s + "\"");
    size_t i = s[0] == '-' || s[0] == '+' ? 1 : 0;
    if (i == s.size()) throw invalid_argument("For input string: \"" + s + "\"");
    unsigned long long limit = bits == 32 ? 0x80000000ULL : 0x8000000000000000ULL;
    unsigned long long value = 0;
    for (; i < s.size(); i++) {
        unsigned char c = (unsigned char) s[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
        if (d < 0 || d >= radix || value > (limit - d) / radix) throw invalid_argument("For input string: \"" + s + "\"");
        value = value * radix + d;
    }
    if (s[0] != '-' && value == limit) throw invalid_argument("For input string: \"" + s + "\"");
    return s[0] == '-' ? (long long) (0 - value) : (long long) value;
}

int parsed(const string& s, int radix) {
    try {
        return (int) java_parse_int(s, radix, 32);
    } catch (const invalid_argument&) {
        return -1;
    }
}

long long parsedLong(const string& s) {
    try {
        return java_parse_int(s, 10, 64);
    } catch (const invalid_argument&) {
        return -2;
    }
}

signed char unescape(const string& s, int i) {
    return (signed char) (int) java_parse_int(s, 16, 32, (int) ((unsigned int) i + 1), (int) ((unsigned int) i + 3));
}

int parseAll(const string& s, int k) {
    vector<string> samples = {"12", "-12", "+7", "-", "+", "", " 1", "1 ", "1_0", "2147483647", "2147483648", "-2147483648", "-2147483649", "zz", "Zz", "7fffffff", "-80000000", "80000000", "0x10", "12abc", s};
    int total = 0;
    for (string sample : samples) {
        total = (int) ((unsigned int) total * 31 + parsed(sample, 10) + (unsigned int) 3 * parsed(sample, 16) + (unsigned int) 7 * parsed(sample, 36));
        total = (int) ((unsigned int) total * 31 + (int) (parsedLong(sample) % 1000003));
    }
    total = (int) (total + ((unsigned int) (int) (parsedLong("9223372036854775807") % 1000) + (int) (parsedLong("-9223372036854775808") % 1000)));
    total = (int) ((unsigned int) total + (int) (parsedLong("9223372036854775808") % 1000));
    total = (int) ((unsigned int) total + (int) ((unsigned int) parsed("11", k % 40) + unescape("%7f%41", 0) + unescape("%7f%41", 3)));
    return total;
}
