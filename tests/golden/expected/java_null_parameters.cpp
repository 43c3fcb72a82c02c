#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

using namespace std;

template <class T>
const T& java_deref(const optional<T>& x) {
    // a Java reference that may be null, dereferenced: NullPointerException (invalid_argument)
    if (!x) throw invalid_argument("NullPointerException");
    return *x;
}

string checkName(const optional<string>& name) {
    if (!name.has_value()) {
        throw invalid_argument("name can't be null");
    }
    return *name;
}

bool isKnown(const optional<string>& provider) {
    return provider.has_value() && (*provider == "SunJCE" || (*provider).rfind("SunPKCS11", 0) == 0);
}

long long firstTwo(const optional<vector<signed char>>& bytes) {
    if (bytes.has_value() && (int) (*bytes).size() >= 2) {
        return ((long long) ((*bytes)[0] & 255) << 8) | ((*bytes)[1] & 255);
    }
    return -1;
}

int checkedLength(const optional<vector<int>>& values, int limit) {
    if (limit <= 0) {
        return 0;
    }
    if (!values.has_value()) {
        throw invalid_argument("");
    }
    return limit > (int) (*values).size() ? -1 : (int) (*values).size();
}

int lengthOr(const optional<vector<int>>& values, bool check) {
    if (check && !values.has_value()) {
        return -2;
    }
    return (int) java_deref(values).size();
}

int nullParameters(int k, const string& s) {
    vector<signed char> bytes = {(signed char) k, (signed char) (k >> 8), 7};
    vector<int> values = {k, 2, 3};
    int total = (int) ((int) checkName(s).length() + (unsigned int) (isKnown(s) ? 1 : 0) * 10 + (isKnown(nullopt) ? 100 : 0));
    total = (int) ((unsigned int) total + (int) ((int) firstTwo(bytes) + (unsigned int) (int) firstTwo(nullopt) * 3 + (unsigned int) checkedLength(values, k % 5) * 7));
    total = (int) ((unsigned int) total + (int) ((unsigned int) lengthOr(nullopt, true) * 11 + (unsigned int) lengthOr(values, false) * 13));
    try {
        checkName(nullopt);
    } catch (const invalid_argument&) {
        total = (int) ((unsigned int) total + 1000);
    }
    return total;
}
