#include <string>

using namespace std;

int grow(string& s_arg, int k) {
    string s = s_arg;
    s = s + "ab";
    return (int) ((unsigned int) (int) s.length() + k);
}
