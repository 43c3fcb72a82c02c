#include <stdexcept>
#include <string>

using namespace std;

int kind(char ch, int n) {
    int r = 0;
    switch (ch) {
        case 'a':
        case 'b':
            r = (int) ((unsigned int) n + 1);
            break;
        case 'c':
            {
                int k = (int) ((unsigned int) n * 2);
                r = (int) ((unsigned int) k - 1);
            }
            break;
        case 'd':
            throw invalid_argument("d");
        default:
            {
                if (n > 3) {
                    return n;
                }
                r = (int) -(unsigned int) n;
            }
            break;
    }
    switch (n % 4) {
        case 0:
        case 1:
            // zero
            // one
            r = (int) ((unsigned int) r + 10);
            break;
        default:
            r = (int) ((unsigned int) r + 20);
    }
    return r;
}

int block(char c, int n, int i) {
    int total = 0;
    switch (c) {
        case 'L':
            {
                int step = (int) ((unsigned int) n + i);
                if (step % 2 == 0) {
                    total += 1;
                }
                total += step % 5;
            }
            break;
        default:
            {
            }
            break;
    }
    return total;
}

int switches(const string& s, int n) {
    int total = 0;
    for (int i = 0; i < (int) s.length(); i++) {
        total = (int) ((unsigned int) total + (int) ((unsigned int) kind(s[i], n) + block(s[i], n, i)));
    }
    return total;
}
