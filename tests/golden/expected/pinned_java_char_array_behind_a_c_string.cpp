#include <cstring>

using namespace std;

int mark(char s[]) {
    int n = 0;
    for (int i = 0; i < strlen(s); i++) {
        if (s[i] == 'a') {
            s[i] = 'B';
            n++;
        }
    }
    return n;
}
