#include <algorithm>
#include <functional>
#include <vector>

using namespace std;

void fillSquares(vector<int>& out, int k) {
    for (int i = 1; i <= k; i++) {
        out.push_back((int) ((unsigned int) i * i));
    }
    sort(out.begin(), out.end(), greater<int>());
}

int squares(int k) {
    vector<int> out;
    fillSquares(out, k);
    return (int) ((unsigned int) (int) out.size() * 1000 + (out.empty() ? 0 : out[0]));
}
