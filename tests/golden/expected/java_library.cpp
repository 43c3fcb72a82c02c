#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

using namespace std;

string mirrored(string word) {
    string b = word;
    b += '|';
    return string(b.rbegin(), b.rend());
}

string libraryMix(int values[], int n, string word) {
    int bits = 0;
    for (int i = 0; i < n; i++) {
        bits = (int) (bits + ((unsigned int) __builtin_popcount((unsigned int) values[i]) + __builtin_popcountll((unsigned long long) ((long long) values[i] * 7))));
    }
    vector<vector<int>> groups;
    for (int i = 0; i < 3; i++) {
        groups.push_back(vector<int>());
    }
    unordered_map<int, vector<int>> byValue;
    for (int i = 0; i < n; i++) {
        groups[(int) abs((long long) values[i]) % 3].push_back(values[i]);
        if (!byValue.count(values[i])) {
            byValue[values[i]] = vector<int>();
        }
        byValue[values[i]].push_back(i);
    }
    vector<int> all;
    for (int i = 0; i < n; i++) {
        all.push_back(values[i]);
    }
    string sb = word;
    sb = string(sb.rbegin(), sb.rend());
    sb = 'x' + sb;
    sb = sb.substr(0, 2) + to_string(bits) + sb.substr(2);
    sb = sb.substr(0, 1) + sb.substr(2);
    sb.pop_back();
    sb += to_string(count(all.begin(), all.end(), values[0]));
    if ((int) sb.length() > 8) {
        sb = sb.substr(0, 8);
    }
    string tail = "";
    tail += to_string((int) groups[0].size());
    tail += to_string((int) byValue[values[0]].size());
    tail += '#';
    tail = string(tail.rbegin(), tail.rend());
    return sb + "/" + tail + "/" + mirrored(word);
}
