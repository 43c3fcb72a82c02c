#include <string>

using namespace std;

// A Python index: one below zero counts from the end (a[-1] is the last element).
inline long long py_index(long long index, long long length) { return index < 0 ? index + length : index; }

int starts_and_ends(const string& text, int k) {
    int count = 0;
    for (int i = 0; i < (int) text.length() + 1; i++) {
        string piece = text.substr(i);
        if ((int) piece.length() > 0 && (piece[0] == 'a' || (k >= -(int) piece.length() && k < (int) piece.length()))) {
            if (piece[0] == 'a' || piece[py_index(k, (int) piece.length())] == 'z') {
                count += 1;
            }
        } else {
            count += 100;
        }
    }
    return count;
}
