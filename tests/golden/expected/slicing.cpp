#include <algorithm>
#include <string>

using namespace std;

string trim(string s) {
    if ((int) s.length() < 3) {
        string reversed = s;
        reverse(reversed.begin(), reversed.end());
        return reversed;
    }
    int begin = min(1, (int) s.length());
    return s.substr(begin, max(max((int) s.length() - 1, 0), begin) - begin) + s.substr(0, min(2, (int) s.length())) + s.substr(max((int) s.length() - 2, 0));
}
