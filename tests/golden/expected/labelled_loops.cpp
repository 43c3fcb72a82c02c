#include <string>
#include <vector>

using namespace std;

int firstPair(const vector<int>& a, int t) {
    int found = -1;
    for (int i = 0; i < (int) a.size(); i++) {
        {
            for (int j = i + 1; j < (int) a.size(); j++) {
                if (a[j] < 0) {
                    goto outer_continue;
                }
                if ((int) ((unsigned int) a[i] + a[j]) == t) {
                    found = (int) ((unsigned int) i * 100 + j);
                    goto outer_break;
                }
            }
        }
        outer_continue:;
    }
    outer_break:;
    return found;
}

int countRows(int n, int limit) {
    int count = 0;
    while (count < 100) {
        {
            for (int k = 0; k < n; k++) {
                count = (int) ((unsigned int) count + k);
                if (count > limit) {
                    goto rows_break;
                }
                if (k % 3 == 2) {
                    goto rows_continue;
                }
            }
            count = (int) ((unsigned int) count + 1);
        }
        rows_continue:;
    }
    rows_break:;
    return count;
}

string kind(const string& s) {
    if (s == "a") {
        return "one";
    } else if (s == "aaaa" || s == " ") {
        return "two";
    } else {
        return "other";
    }
}

int labelled(int n, int limit) {
    return (int) ((unsigned int) countRows(n, limit) * 1000 + firstPair({3, -1, 4, 5, 2}, n) + (int) kind(n % 2 == 0 ? "a" : " ").length());
}
