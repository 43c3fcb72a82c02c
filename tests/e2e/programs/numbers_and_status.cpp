// Printed numbers as C++ streams write them, booleans as 1/0, and the exit status of main.
#include <iostream>
#include <cmath>
using namespace std;

double mean(int a, int b) {
    return (a + b) / 2.0;
}

int main() {
    cout << mean(1, 2) << " " << mean(10, 20) << endl;
    cout << 1.0 / 3 << " " << 1e7 << " " << 123456789.0 << " " << 0.0001 << " " << -2.5e-5 << endl;
    cout << sqrt(2.0) * 1000000 << endl;
    bool small = mean(1, 1) < 2;
    cout << small << " " << (mean(5, 5) < 2) << endl;
    int errors = 0;
    for (int i = 0; i < 10; i++) {
        if (i % 4 == 3) {
            errors++;
        }
    }
    cout << "errors: " << errors << endl;
    return errors;
}
