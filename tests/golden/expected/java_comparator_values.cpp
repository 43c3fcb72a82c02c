#include <algorithm>
#include <functional>
#include <string>
#include <vector>

using namespace std;

int cmpReversed(int a, int b) {
    auto c = [&](int x, int y) { return y < x ? -1 : y == x ? 0 : 1; };
    return c(a, b);
}

int cmpChars(char a, char b) {
    auto c = [&](char x, char y) { return (int) x - (int) y; };
    return c(a, b);
}

template <typename T> void sortWith(vector<T>& xs, function<int(T, T)> cmp) {
    stable_sort(xs.begin(), xs.end(), [=](const T& a, const T& b) { return cmp(a, b) < 0; });
}

int comparatorValues(int n, int m) {
    vector<int> xs;
    for (int i = 0; i < 9; i++) {
        xs.push_back((int) ((unsigned int) i * n + m) % 11);
    }
    auto byLastDigit = [&](int p, int q) { return p % 10 - q % 10; };
    stable_sort(xs.begin(), xs.end(), [=](int a, int b) { return byLastDigit(b, a) < 0; });
    int code = 0;
    for (int x : xs) {
        code = (int) ((unsigned int) code * 31 + x);
    }
    vector<vector<int>> rows(6, vector<int>(2, 0));
    for (int i = 0; i < 6; i++) {
        rows[i][0] = (int) ((unsigned int) i * m) % 3;
        rows[i][1] = (int) ((unsigned int) i * n) % 5;
    }
    stable_sort(rows.begin(), rows.end(), [](const vector<int>& a, const vector<int>& b) { return a[0] < b[0] || (a[0] == b[0] && b[1] < a[1]); });
    for (vector<int> r : rows) {
        code = (int) ((unsigned int) code * 7 + (unsigned int) r[0] * 5 + r[1]);
    }
    vector<string> words;
    words.push_back("pear");
    words.push_back("fig");
    words.push_back("apple");
    words.push_back("kiwi");
    stable_sort(words.begin(), words.end(), [](const string& a, const string& b) { return (int) a.length() < (int) b.length(); });
    code = (int) ((unsigned int) code * 3 + (int) words[0].length() + words[3][0]);
    sortWith<int>(xs, byLastDigit);
    return (int) ((unsigned int) code + xs[0] + (unsigned int) cmpReversed(n, m) * 1000 + byLastDigit(n, m));
}
