#include <string>
#include <vector>

using namespace std;

string next_binary(string digits) {
    vector<char> digits1 = vector<char>(digits.begin(), digits.end());
    int i = (int) digits1.size() - 1;
    while (i >= 0 && digits1[i] == '1') {
        digits1[i] = '0';
        i -= 1;
    }
    if (i < 0) {
        return '1' + string(digits1.begin(), digits1.end());
    }
    digits1[i] = '1';
    return string(digits1.begin(), digits1.end());
}
