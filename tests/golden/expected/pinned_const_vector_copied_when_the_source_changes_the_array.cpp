#include <vector>

using namespace std;

int bump(const vector<int>& a_arg) {
    vector<int> a = a_arg;
    a[0] = (int) ((unsigned int) a[0] + 10);
    return (int) ((unsigned int) (int) a.size() * 100 + a[0]);
}
