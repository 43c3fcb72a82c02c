#include <string>

using namespace std;

long long square(int x) {
    return (long long) x * x;
}

string twice(const string& s) {
    return s + s;
}

bool even(int x) {
    return x % 2 == 0;
}
