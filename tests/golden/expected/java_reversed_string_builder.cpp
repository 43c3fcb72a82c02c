#include <string>

using namespace std;

string mirrored(const string& a, const string& b) {
    string s = a + b;
    string r = string(s.rbegin(), s.rend());
    return r + "|" + to_string((int) string(a.rbegin(), a.rend()).length());
}
