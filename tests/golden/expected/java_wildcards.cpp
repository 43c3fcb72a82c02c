#include <string>
#include <vector>

using namespace std;

int total(const vector<int>& xs) {
    int s = 0;
    for (int x : xs) {
        s = (int) ((unsigned int) s + x);
    }
    return s;
}

template <typename T> T lastOr(const vector<T>& xs, T otherwise) {
    if (xs.empty()) {
        return otherwise;
    }
    return xs[(int) xs.size() - 1];
}

template <typename W1> int count(const vector<W1>& xs) {
    return (int) xs.size();
}

template <typename T> void copyInto(vector<T>& into, const vector<T>& from) {
    for (T x : from) {
        into.push_back(x);
    }
}

int wildcards(int n, const string& s) {
    vector<int> numbers;
    for (int i = 0; i < n % 7; i++) {
        numbers.push_back((int) ((unsigned int) i * n));
    }
    vector<string> words;
    words.push_back(s);
    words.push_back(s + s);
    vector<int> more;
    copyInto<int>(more, numbers);
    copyInto<int>(more, numbers);
    return (int) ((unsigned int) total(more) + lastOr<int>(numbers, -1) + (int) lastOr<string>(words, "").length() + (unsigned int) count<string>(words) * 100 + count<int>(more));
}
