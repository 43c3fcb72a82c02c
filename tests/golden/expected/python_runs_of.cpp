#include <string>

using namespace std;

int runs_of(const string& s, char c) {
    int n = 0;
    for (int i = 0; i < (int) s.length(); i++) {
        if (s[i] == c) {
            n += 1;
        }
    }
    return n;
}
