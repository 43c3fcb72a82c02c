#include <string>

using namespace std;

int starts_and_ends(const string& text, int k) {
    int count = 0;
    for (int i = 0; i < (int) text.length() + 1; i++) {
        string piece = text.substr(i);
        if ((int) piece.length() > 0 && (piece[0] == 'a' || (k >= -(int) piece.length() && k < (int) piece.length()))) {
            if (piece[0] == 'a' || piece[k < 0 ? k + (int) piece.length() : k] == 'z') {
                count += 1;
            }
        } else {
            count += 100;
        }
    }
    return count;
}
