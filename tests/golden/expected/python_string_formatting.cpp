#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace std;

// What C's printf writes for one number by a conversion spec ("%g", "%.2f"), as a string: how a
// C++ stream or printf of the source printed it.
string c_format(const char* spec, double x) {
    int size = snprintf(nullptr, 0, spec, x);
    string text(size, '\0');
    snprintf(text.data(), size + 1, spec, x);
    return text;
}

// Python's repr of a float: the shortest digits that read back as the value, plain for
// 1e-4 <= |x| < 1e16, else "d.ddde+NN"; "nan", "inf", "-0.0".
string python_text(double x) {
    if (isnan(x)) return "nan";
    if (isinf(x)) return x > 0 ? "inf" : "-inf";
    if (x == 0) return signbit(x) ? "-0.0" : "0.0";
    char buffer[64];
    char* end = to_chars(buffer, buffer + sizeof buffer, x, chars_format::scientific).ptr;
    string text(buffer, end);
    string sign = text[0] == '-' ? "-" : "";
    size_t mark = text.find('e');
    int exponent = stoi(text.substr(mark + 1));
    string digits;
    for (size_t i = sign.size(); i < mark; i++) {
        if (text[i] != '.') digits += text[i];
    }
    if (exponent < -4 || exponent >= 16) {
        string fraction = digits.size() > 1 ? "." + digits.substr(1) : "";
        string power = to_string(abs(exponent));
        return sign + digits.substr(0, 1) + fraction + (exponent < 0 ? "e-" : "e+") + (power.size() < 2 ? "0" : "") + power;
    }
    if (exponent < 0) return sign + "0." + string(-exponent - 1, '0') + digits;
    if ((int) digits.size() <= exponent + 1) digits.resize(exponent + 2, '0');
    return sign + digits.substr(0, exponent + 1) + "." + digits.substr(exponent + 1);
}

string report(int n, double x, const string& name) {
    bool ok = n > 0;
    string head = name + ": n=" + c_format("%5.0f", (double) n) + "|" + c_format("%05.0f", (double) n) + "|" + c_format("%-4.0f", (double) n) + "|" + c_format("%.2f", x) + "|" + c_format("%10.3e", x) + "|" + python_text(x) + "|" + (ok ? "True" : "False");
    string middle = name + " has " + to_string(n) + " items (" + c_format("%.1f", x) + "%" + ") " + c_format("%5.0f", (double) n);
    string tail = to_string(n) + " " + c_format("%.3f", x) + " " + name + python_text(x) + (ok ? "True" : "False");
    return head + '/' + middle + '/' + tail;
}
