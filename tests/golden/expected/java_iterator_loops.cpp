#include <map>
#include <string>
#include <utility>
#include <vector>

using namespace std;

int iteratorLoops(int n, int m) {
    vector<int> xs;
    for (int i = 0; i < 8; i++) {
        xs.push_back((int) ((unsigned int) i * n + m) % 13);
    }
    int evens = 0;
    long long weighted = 0;
    for (int x : xs) {
        if (x < 0) {
            continue;
        }
        if (x == 12) {
            break;
        }
        if (x % 2 == 0) {
            evens++;
        }
        weighted = (long long) ((unsigned long long) weighted * 3 + x);
    }
    map<string, int> counts;
    counts["a" + to_string(n)] = m;
    counts["b"] = n;
    counts["c" + to_string(m)] = (int) ((unsigned int) n + m);
    for (pair<string, int> entry : counts) {
        weighted = (long long) ((unsigned long long) weighted * 7 + (int) ((unsigned int) (int) entry.first.length() * entry.second));
    }
    string joined = "";
    for (auto& entry1 : counts) {
        string k = entry1.first;
        joined += k;
    }
    return (int) ((int) (weighted % 1000003) + (unsigned int) evens * 1000 + (int) joined.length());
}
