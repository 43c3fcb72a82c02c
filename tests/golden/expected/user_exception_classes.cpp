#include <stdexcept>
#include <string>

using namespace std;

long long parse_number(const string& s, int limit) {
    if (s.empty()) {
        throw invalid_argument("");
    }
    if ((int) s.length() > limit) {
        throw domain_error("more than " + to_string(limit) + " digits");
    }
    long long total = 0;
    for (char ch : s) {
        if (ch < '0' || ch > '9') {
            throw invalid_argument("not a digit: " + string(1, ch));
        }
        total = total * 10 + ((int) ch - (int) '0');
    }
    return total;
}

long long checked_sum(const string& a, const string& b) {
    // user exception classes: caught by the standard exceptions they derive from
    long long total = 0;
    for (string s : {a, b}) {
        try {
            total += parse_number(s, 6);
        } catch (const invalid_argument&) {
            total += 1000000;
        } catch (const domain_error&) {
            total += 2000000;
        }
    }
    return total;
}
