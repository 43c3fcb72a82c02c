#include <string>

using namespace std;

int count_vowels(const string& s) {
    int total = 0;
    for (char c : s) {
        if (string("aeiou").find(c) != string::npos) {
            total += 1;
        }
    }
    return total;
}
