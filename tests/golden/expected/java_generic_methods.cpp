#include <string>
#include <vector>

using namespace std;

template <typename E> vector<E> toList(const vector<E>& c) {
    vector<E> list;
    for (E e : c) {
        list.push_back(e);
    }
    return list;
}

template <typename T> T pick(const vector<T>& values, int i, T otherwise) {
    if (i < 0 || i >= (int) values.size()) {
        return otherwise;
    }
    T chosen = values[i];
    return chosen;
}

template <typename A, typename B> B second(A a, B b) {
    A kept = a;
    return b;
}

int generics(int n, const string& s) {
    vector<int> numbers;
    for (int i = 0; i < n % 10; i++) {
        numbers.push_back((int) ((unsigned int) i * n));
    }
    vector<int> copied = toList<int>(numbers);
    vector<string> words;
    words.push_back(s);
    return (int) ((unsigned int) pick<int>(copied, 2, -1) + (int) pick<string>(toList<string>(words), 0, "").length() + second<string, int>(s, n));
}
