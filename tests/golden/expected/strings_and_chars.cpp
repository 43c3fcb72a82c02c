#include <cctype>
#include <stdexcept>
#include <string>

using namespace std;

string encode(const string& s) {
    string out = "";
    int vowels = 0;
    for (char ch : s) {
        if (string("aeiou").find(ch) != string::npos) {
            vowels += 1;
        }
        if (isalpha(ch)) {
            if ((int) ch < 0 || (int) ch > 127) {
                throw invalid_argument("str.upper() of a character outside ASCII (Python's differs from the target's)");
            }
            out += (char) toupper(ch);
        } else {
            out += '_';
        }
    }
    return out + to_string(vowels) + (char) ((int) 'a' + (int) s.length() % 26);
}
