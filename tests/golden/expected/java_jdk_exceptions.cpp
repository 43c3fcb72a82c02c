#include <stdexcept>
#include <string>

using namespace std;

int digit(signed char b, const string& type) {
    if (b < '0' || b > '9') {
        throw runtime_error("Parse " + type + " time, invalid format");
    }
    return b - '0';
}

void checkBounds(int length, int origin, int fence) {
    if (origin > fence) {
        throw out_of_range("origin(" + to_string(origin) + ") > fence(" + to_string(fence) + ")");
    }
    if (origin < 0) {
        throw out_of_range("Array index out of range: " + to_string(origin));
    }
    if (fence > length) {
        throw out_of_range("String index out of range: " + to_string((int) ((unsigned int) fence - length)));
    }
}

int narrow(int kind) {
    if (kind > 100) {
        throw logic_error("kind " + to_string(kind));
    }
    return (int) ((unsigned int) kind * 2);
}

int access(int kind) {
    if (kind < -100) {
        throw logic_error("");
    }
    return (int) ((unsigned int) kind + 1);
}

int jdkExceptions(int length, int origin, int fence) {
    int r = 0;
    try {
        checkBounds(length, origin, fence);
    } catch (const out_of_range&) {
        r = -2;
    }
    try {
        r = (int) ((unsigned int) r + narrow(fence));
    } catch (const logic_error&) {
        r = (int) ((unsigned int) r - 1);
    }
    r = (int) ((unsigned int) r + access(length));
    try {
        r = (int) ((unsigned int) r + digit((signed char) ('0' + origin % 10), "UTC"));
    } catch (const runtime_error&) {
        r = (int) ((unsigned int) r + 1000);
    }
    return r;
}
