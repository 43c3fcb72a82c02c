// Helpers the C++ back end emits for the text, bit and array operations of issue 13
// (cpp/printing_text.py): Java's String methods, Integer bit methods and array copies, for
// texts of ASCII characters (C++ strings are bytes). Each sits between `// helper NAME` and
// `// end` lines; a translation gets only those it uses. Built and run by tests/e2e/test_rules_text.py.
#include <bits/stdc++.h>
using namespace std;

// helper java_trim
string java_trim(const string& s) {
    size_t begin = 0, end = s.size();
    while (begin < end && (unsigned char) s[begin] <= ' ') begin++;
    while (end > begin && (unsigned char) s[end - 1] <= ' ') end--;
    return s.substr(begin, end - begin);
}
// end

// helper replace_all
string replace_all(const string& s, const string& from, const string& to) {
    string out;
    if (from.empty()) {  // Java: `to` before every char and at the end
        for (char c : s) out += to + c;
        return out + to;
    }
    size_t start = 0, found;
    while ((found = s.find(from, start)) != string::npos) {
        out += s.substr(start, found - start) + to;
        start = found + from.size();
    }
    return out + s.substr(start);
}
// end

// helper ends_with
bool ends_with(const string& s, const string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
// end

// helper equals_ignore_case
bool equals_ignore_case(const string& a, const string& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); i++) {
        if (toupper((unsigned char) a[i]) != toupper((unsigned char) b[i])) return false;
    }
    return true;
}
// end

// helper to_upper_string
string to_upper_string(string s) {
    for (char& c : s) c = (char) toupper((unsigned char) c);
    return s;
}
// end

// helper to_lower_string
string to_lower_string(string s) {
    for (char& c : s) c = (char) tolower((unsigned char) c);
    return s;
}
// end

// helper java_split
vector<string> java_split(const string& s, const string& separator) {
    vector<string> parts;
    size_t start = 0, found;
    while ((found = s.find(separator, start)) != string::npos) {
        parts.push_back(s.substr(start, found - start));
        start = found + separator.size();
    }
    if (parts.empty()) return {s};
    parts.push_back(s.substr(start));
    while (!parts.empty() && parts.back().empty()) parts.pop_back();  // Java drops trailing empty pieces
    return parts;
}
// end

// helper join
string join(const string& separator, const vector<string>& pieces) {
    string out;
    for (size_t i = 0; i < pieces.size(); i++) out += (i ? separator : "") + pieces[i];
    return out;
}
// end

// helper py_int
// Python's int(s): s without the whitespace at both ends (Python's ASCII set), an optional sign,
// then digits with single underscores between them; anything else raises ValueError
// (invalid_argument), a value beyond 64 bits OverflowError (overflow_error).
long long py_int(const string& s) {
    auto blank = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f'); };
    size_t b = 0, e = s.size();
    while (b < e && blank(s[b])) b++;
    while (e > b && blank(s[e - 1])) e--;
    bool negative = b < e && s[b] == '-';
    if (b < e && (s[b] == '+' || s[b] == '-')) b++;
    if (b == e) throw invalid_argument("invalid literal for int(): '" + s + "'");
    unsigned long long value = 0, limit = negative ? 9223372036854775808ULL : 9223372036854775807ULL;
    for (size_t i = b; i < e; i++) {
        bool between = s[i] == '_' && i > b && s[i - 1] != '_' && i + 1 < e && isdigit((unsigned char) s[i + 1]);
        if (between) continue;
        if (!isdigit((unsigned char) s[i])) throw invalid_argument("invalid literal for int(): '" + s + "'");
        unsigned digit = s[i] - '0';
        if (value > (limit - digit) / 10) throw overflow_error("int() beyond 64 bits");
        value = value * 10 + digit;
    }
    return negative ? (long long) (0 - value) : (long long) value;
}
// end

// helper java_compare
// Java's String.compareTo: the difference of the chars at the first mismatch, else of the lengths
// (std::string::compare promises only the sign, and a literal has no compare).
int java_compare(const string& a, const string& b) {
    size_t n = min(a.size(), b.size());
    for (size_t i = 0; i < n; i++) {
        if (a[i] != b[i]) return (int) (unsigned char) a[i] - (int) (unsigned char) b[i];
    }
    return (int) a.size() - (int) b.size();
}
// end

// helper repeat_string
string repeat_string(const string& s, int count) {
    string out;
    for (int i = 0; i < count; i++) out += s;
    return out;
}
// end

// helper leading_zeros
int leading_zeros(unsigned int x) { return x == 0 ? 32 : __builtin_clz(x); }
int leading_zeros(unsigned long long x) { return x == 0 ? 64 : __builtin_clzll(x); }
// end

// helper trailing_zeros
int trailing_zeros(unsigned int x) { return x == 0 ? 32 : __builtin_ctz(x); }
int trailing_zeros(unsigned long long x) { return x == 0 ? 64 : __builtin_ctzll(x); }
// end

// helper rotate
unsigned int rotate_left(unsigned int x, int n) {
    n &= 31;
    return n == 0 ? x : (x << n) | (x >> (32 - n));
}
unsigned long long rotate_left(unsigned long long x, int n) {
    n &= 63;
    return n == 0 ? x : (x << n) | (x >> (64 - n));
}
unsigned int rotate_right(unsigned int x, int n) { return rotate_left(x, -n); }
unsigned long long rotate_right(unsigned long long x, int n) { return rotate_left(x, -n); }
// end

// helper to_base_string
string to_base_string(unsigned long long x, int base) {
    string digits;
    do {
        digits += "0123456789abcdef"[x % base];
        x /= base;
    } while (x > 0);
    return string(digits.rbegin(), digits.rend());
}
// end

// helper signum
int signum(long long x) { return (x > 0) - (x < 0); }
// end

// helper copy_range
template <typename T>
vector<T> copy_range(const vector<T>& a, int begin, int end) {
    vector<T> out(end - begin);  // Java: zeros past the end of a
    for (int i = begin; i < end && i < (int) a.size(); i++) out[i - begin] = a[i];
    return out;
}
// end

// helper array_copy
template <typename Destination, typename Source>
void array_copy(Destination& dst, int dst_pos, const Source& src, int src_pos, int count) {
    vector<typename decay<decltype(src[0])>::type> part(count);  // as if through a copy (overlaps)
    for (int i = 0; i < count; i++) part[i] = src[src_pos + i];
    for (int i = 0; i < count; i++) dst[dst_pos + i] = part[i];
}
// end

// helper last_index_of
int last_index_of(const string& s, char c, long long from) {
    // Java's lastIndexOf(ch, from): the last c at an index <= from; -1 for a negative from
    if (from < 0) return -1;
    size_t found = s.rfind(c, (size_t) from);
    return found == string::npos ? -1 : (int) found;
}
// end

// helper py_search
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
// end

// helper py_rsplit
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
// end

// helper region_matches
bool region_matches(const string& s, long long offset, const string& other, long long other_offset, long long count) {
    // Java's regionMatches: false when a region leaves its string; true for count <= 0 otherwise
    if (offset < 0 || other_offset < 0 || offset > (long long) s.size() - count
        || other_offset > (long long) other.size() - count) return false;
    return count <= 0 || s.compare((size_t) offset, (size_t) count, other, (size_t) other_offset, (size_t) count) == 0;
}
// end

// helper replace_regex
string replace_regex(const string& s, const string& pattern, const string& text) {
    // Java's replaceAll: a pattern that matches no empty text, a replacement without dollars or backslashes
    return regex_replace(s, regex(pattern), text);
}
// end

// helper to_int_exact
int to_int_exact(long long x) {
    // Java's Math.toIntExact: ArithmeticException ("integer overflow") when x is not an int
    if (x < INT_MIN || x > INT_MAX) throw overflow_error("integer overflow");
    return (int) x;
}
// end

// helper java_parse_int
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
// end

// helper double_bits
long long double_to_bits(double x, bool raw) {
    // Java's Double.doubleToRawLongBits (raw) / doubleToLongBits (every NaN 0x7ff8000000000000)
    if (!raw && x != x) return 0x7ff8000000000000LL;
    long long bits;
    memcpy(&bits, &x, sizeof bits);
    return bits;
}

double double_from_bits(long long bits) {
    // Java's Double.longBitsToDouble: the double of those IEEE 754 bits
    double x;
    memcpy(&x, &bits, sizeof x);
    return x;
}
// end

// helper py_round
// Python's round(x, digits) of a double (digits >= 0): the exact binary value rounded to that
// many decimals, halves to even, read back as the nearest double (Python's dtoa does the same
// as glibc's exact printf); nan, inf and the sign of a zero kept. x * 10**digits could overflow
// or round first.
double py_round(double x, int digits) {
    char text[512];
    snprintf(text, sizeof text, "%.*f", digits, x);
    return strtod(text, nullptr);
}
// end

// helper py_long
// Python's int(x) of a double as a long long: NaN raises ValueError (invalid_argument), an
// infinity or a value beyond 64 bits OverflowError (overflow_error: Python's int would hold it;
// the C++ conversion is undefined there)
long long py_long(double x) {
    if (isnan(x)) throw invalid_argument("cannot convert float NaN to integer");
    if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0)) throw overflow_error("int() beyond 64 bits");
    return (long long) x;
}
// end
