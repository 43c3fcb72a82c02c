#include <string>
#include <vector>

using namespace std;

string spell(int n) {
    vector<string> parts;
    for (int i = 0; i < n; i++) {
        parts.push_back(to_string(i * 11));
    }
    vector<char> letters = {'a', 'b', 'c'};
    letters[0] = 'z';
    bool started = false;
    string joined = "";
    for (string item : parts) {
        if (started) {
            joined += "-";
        }
        started = true;
        joined += item;
    }
    bool started1 = false;
    string joined1 = "";
    for (char item1 : letters) {
        if (started1) {
            joined1 += ", ";
        }
        started1 = true;
        joined1 += item1;
    }
    return joined + '|' + string(letters.begin(), letters.end()) + '|' + joined1;
}
