#include <stdexcept>
#include <string>

using namespace std;

int pops(int n) {
    int code = 0;
    try {
        if (n < 0) {
            throw length_error("negative: " + to_string(n));
        }
        if (n == 0) {
            throw out_of_range("");
        }
        if (n > 100) {
            throw logic_error("changed");
        }
        code = n;
    } catch (const length_error&) {
        code = -1;
    } catch (const out_of_range&) {
        code = -2;
    } catch (const logic_error&) {
        code = -4;
    }
    return code;
}

int mismatch(int n) {
    try {
        if (n % 3 == 0) {
            throw invalid_argument("not a number");
        }
        if (n % 3 == 1) {
            throw logic_error("wrong type");
        }
        return n;
    } catch (const invalid_argument&) {
        return -1;
    } catch (const logic_error&) {
        return -2;
    }
}

int moreExceptions(int n) {
    return (int) ((unsigned int) pops(n) * 10 + mismatch(n));
}
