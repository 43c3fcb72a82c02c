#include <string>

using namespace std;

int copy_from(const string& s1, char s2[], int index) {
    s2[index] = s1[index];
    if (index == (int) s1.length() - 1) {
        return (int) s2[0] * 1000 + (int) s2[index];
    }
    return copy_from(s1, s2, index + 1);
}
