#include <algorithm>
#include <cctype>
#include <climits>
#include <cmath>
#include <cstddef>
#include <limits>
#include <regex>
#include <stdexcept>
#include <string>
#include <vector>

using namespace std;

template <typename T> T saturating_cast(double x) {
    // Java's (int) and (long) of a double: NaN is 0, values beyond T's range clamp to its limits
    if (x != x) return 0;
    if (x <= (double) numeric_limits<T>::min()) return numeric_limits<T>::min();
    if (x >= (double) numeric_limits<T>::max()) return numeric_limits<T>::max();
    return (T) x;
}

int last_index_of(const string& s, char c, long long from) {
    // Java's lastIndexOf(ch, from): the last c at an index <= from; -1 for a negative from
    if (from < 0) return -1;
    size_t found = s.rfind(c, (size_t) from);
    return found == string::npos ? -1 : (int) found;
}

bool region_matches(const string& s, long long offset, const string& other, long long other_offset, long long count) {
    // Java's regionMatches: false when a region leaves its string; true for count <= 0 otherwise
    if (offset < 0 || other_offset < 0 || offset > (long long) s.size() - count
        || other_offset > (long long) other.size() - count) return false;
    return count <= 0 || s.compare((size_t) offset, (size_t) count, other, (size_t) other_offset, (size_t) count) == 0;
}

string replace_regex(const string& s, const string& pattern, const string& text) {
    // Java's replaceAll: a pattern that matches no empty text, a replacement without dollars or backslashes
    return regex_replace(s, regex(pattern), text);
}

int to_int_exact(long long x) {
    // Java's Math.toIntExact: ArithmeticException ("integer overflow") when x is not an int
    if (x < INT_MIN || x > INT_MAX) throw overflow_error("integer overflow");
    return (int) x;
}

int bang(const string& spec) {
    int i = last_index_of(spec, '!', (int) ((unsigned int) (int) spec.length() + 2));
    while (i != -1) {
        if (i != (int) spec.length() - 1 && spec[(int) ((unsigned int) i + 1)] == '/') {
            return (int) ((unsigned int) i + 1);
        } else {
            i = last_index_of(spec, '!', (int) ((unsigned int) i - 1));
        }
    }
    return -1;
}

bool sameTail(const string& a, const string& b) {
    int i1 = (int) ((unsigned int) (int) a.rfind('.') + 1);
    int i2 = (int) ((unsigned int) (int) b.rfind('.') + 1);
    int n1 = (int) ((unsigned int) (int) a.length() - i1);
    int n2 = (int) ((unsigned int) (int) b.length() - i2);
    return n1 == n2 && region_matches(a, i1, b, i2, n1);
}

string xmlName(string name) {
    if (name.empty() || isdigit(name[0])) {
        name = "_" + name;
    }
    return replace_regex(replace_regex(name, "[^A-Za-z_0-9]", "_"), "_{2,}", "-");
}

int exact(long long v, double x, double y) {
    int r = to_int_exact(v / 3);
    return (int) ((unsigned int) r + saturating_cast<int>(remainder(x, y)));
}

bool same(const string& a, const string& b, int arr[]) {
    return a == b;
}

string jdkStrings(const string& a, const string& b, long long v) {
    return to_string(bang(a)) + " " + to_string(bang(b)) + " " + (sameTail(a, b) ? "true" : "false") + " " + xmlName(a) + " " + xmlName(b) + " " + to_string(exact(v, v * 1.5, 4.0)) + " " + (same(a, b, vector<int>(0, 0).data()) ? "true" : "false");
}
