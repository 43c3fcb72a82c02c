#include <string>
#include <vector>

using namespace std;

long long last_seen(const string& s, const vector<int>& words) {
    int k = 0;
    int i = -1;
    for (int i_ = 0; i_ < (int) s.length(); i_++) {
        i = i_;
        char ch = s[i_];
        if (ch == ' ') {
            break;
        }
    }
    int j = 0;
    for (int j_ = 0; j_ < (int) words.size(); j_++) {
        j = j_ + 1;
        int w = words[j_];
        if (w > 5) {
            break;
        }
    }
    long long total = 0;
    for (int k_ = 0; k_ < (int) words.size(); k_++) {
        k = k_;
        int w = words[k_];
        total += (long long) w * k;
    }
    return i * 1000 + j * 100 + k * 10 + total;
}
