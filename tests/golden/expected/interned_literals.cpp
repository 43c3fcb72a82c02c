#include <string>

using namespace std;

int direction(int n) {
    string mode = "up";
    if (n < 0) {
        mode = "down";
    }
    if (n == 0) {
        mode = "flat";
    }
    int r = 0;
    if (mode == "down") {
        r = 1;
    }
    if (mode != "up" && "up" != mode) {
        r += 10;
    }
    return r;
}
