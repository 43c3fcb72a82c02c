#include <algorithm>
#include <string>
#include <vector>

using namespace std;

int wordOrder(const string& text) {
    vector<string> words(4, "");
    for (int i = 0; i < 4; i++) {
        words[i] = text.substr(i, i + 2 + i % 2 - i);
    }
    stable_sort(words.begin(), words.end(), [](const string& x, const string& y) { return (int) x.length() < (int) y.length(); });
    int code = (int) ((unsigned int) (int) words[0].length() * 1000 + words[3][0]);
    sort(words.begin() + 1, words.begin() + 4, [](const string& x, const string& y) { return y < x; });
    return (int) ((unsigned int) code * 1000 + (unsigned int) words[1][0] * 3 + words[3][1]);
}
