#include <string>
#include <vector>

using namespace std;

long long describe_value(int x, const string& name, const vector<int>& xs, double ratio) {
    bool flag = false;
    // each isinstance is decided by the hint of the name it tests
    flag = x > 0;
    long long n = 0;
    if (true) {
        n += x;
    }
    if (true && flag) {
        n += 10;
    }
    if (false) {
        n += 100;
    }
    if (true) {
        n += (long long) (int) name.length() * 1000;
    }
    if (true) {
        n += (long long) (int) xs.size() * 10000;
    }
    if (false) {
        n = -n;
    }
    return n;
}
