#include <string>
#include <utility>
#include <vector>

using namespace std;

string smallest_swap(const string& num) {
    vector<char> num_list = vector<char>(num.begin(), num.end());
    int n = (int) num_list.size();
    int best = 0;
    for (int i = 1; i < n; i++) {
        if (num_list[i] < num_list[best]) {
            best = i;
        }
    }
    swap(num_list[0], num_list[best]);
    return string(num_list.begin(), num_list.end());
}
