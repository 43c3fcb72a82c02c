#include <algorithm>
#include <unordered_map>

using namespace std;

int longestWindow(int values[], int n, int limit) {
    unordered_map<int, int> counts;
    int best = 0;
    int left = 0;
    for (int right = 0; right < n; right++) {
        counts[values[right]] = (int) ((unsigned int) (counts.count(values[right]) ? counts[values[right]] : 0) + 1);
        while ((counts.count(values[right]) ? counts[values[right]] : 0) > limit) {
            counts[values[left]] = (int) ((unsigned int) (counts.count(values[left]) ? counts[values[left]] : 0) - 1);
            left++;
        }
        best = max(best, right - left + 1);
    }
    counts.clear();
    return (int) ((unsigned int) best * 100 + (int) counts.size() + (counts.count(42) ? counts[42] : 0));
}
