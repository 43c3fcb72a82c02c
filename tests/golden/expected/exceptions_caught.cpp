#include <stdexcept>
#include <string>

using namespace std;

int checkedHalf(int x) {
    if (x % 2 != 0) {
        throw invalid_argument("odd: " + to_string(x));
    }
    return x / 2;
}

int positive(int v) {
    if (v > 0) {
        return v;
    }
    throw out_of_range("");
}

int halfPlusFirst(int x, int y) {
    int r = 0;
    try {
        r = (int) ((unsigned int) checkedHalf(x) + positive(y));
    } catch (const invalid_argument&) {
        r = -1;
    } catch (const logic_error&) {
        r = -2;
    }
    return r;
}
