#include <algorithm>
#include <cctype>
#include <string>

using namespace std;

string shout(const string& word) {
    bool every = (int) word.length() > 0;
    for (char c : word) {
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
        converted += (char) toupper(c1);
    }
    string converted1 = "";
    for (char c2 : word.substr(min(1, (int) word.length()))) {
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
