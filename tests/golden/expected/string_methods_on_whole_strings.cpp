#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>

using namespace std;

string shout(const string& word) {
    bool every = (int) word.length() > 0;
    for (char c : word) {
        if ((int) c < 0 || (int) c > 127) {
            throw invalid_argument("str.isdigit() of a character outside ASCII (Python's differs from the target's)");
        }
        if (!isdigit(c)) {
            every = false;
            break;
        }
    }
    if (every) {
        return "num";
    }
    string converted = "";
    for (char c1 : word) {
        if ((int) c1 < 0 || (int) c1 > 127) {
            throw invalid_argument("str.upper() of a character outside ASCII (Python's differs from the target's)");
        }
        converted += (char) toupper(c1);
    }
    string converted1 = "";
    for (char c2 : word.substr(min(1, (int) word.length()))) {
        if ((int) c2 < 0 || (int) c2 > 127) {
            throw invalid_argument("str.lower() of a character outside ASCII (Python's differs from the target's)");
        }
        converted1 += (char) tolower(c2);
    }
    bool every1 = (int) word.length() > 0;
    for (char c3 : word) {
        if (!isalpha(c3)) {
            every1 = false;
            break;
        }
    }
    return converted + converted1 + (every1 ? 'y' : 'n');
}
