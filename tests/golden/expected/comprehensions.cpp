#include <vector>

using namespace std;

long long even_squares(int n) {
    vector<long long> squares;
    for (int i = 0; i < n; i++) {
        if (i % 2 == 0) {
            squares.push_back((long long) i * i);
        }
    }
    long long total1 = 0;
    for (long long x : squares) {
        if (x > 4) {
            total1 += x;
        }
    }
    long long total = total1;
    long long largest = squares.front();
    for (long long item : squares) {
        if (item > largest) {
            largest = item;
        }
    }
    return total + (int) squares.size() + largest;
}
