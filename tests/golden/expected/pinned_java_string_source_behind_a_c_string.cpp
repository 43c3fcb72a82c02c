#include <cctype>
#include <string>

using namespace std;

int upper_count(char s_arg[]) {
    string s = s_arg;
    int count = 0;
    for (int i = 0; i < (int) s.length(); i++) {
        if (isupper(s[i])) {
            count++;
        }
    }
    return count;
}
