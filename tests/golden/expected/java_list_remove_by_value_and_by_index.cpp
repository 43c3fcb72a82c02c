#include <algorithm>
#include <string>
#include <vector>

using namespace std;

int odd_counts(const string& str, int k) {
    vector<char> open;
    for (int i = 0; i < (int) str.length(); i++) {
        if (find(open.begin(), open.end(), str[i]) != open.end()) {
            if (auto it = find(open.begin(), open.end(), str[i]); it != open.end()) {
                open.erase(it);
            }
        } else {
            open.push_back(str[i]);
        }
    }
    vector<int> nums;
    for (int i = 0; i < 5; i++) {
        nums.push_back((int) ((unsigned int) i * k));
    }
    if (auto it = find(nums.begin(), nums.end(), k); it != nums.end()) {
        nums.erase(it);
    }
    if (auto it = find(nums.begin(), nums.end(), (-99)); it != nums.end()) {
        nums.erase(it);
    }
    nums.erase(nums.begin() + 0);
    int total = 0;
    for (int x : nums) {
        total = (int) ((unsigned int) total * 10 + x);
    }
    return (int) ((unsigned int) (int) open.size() * 100000 + total);
}
