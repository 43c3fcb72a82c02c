#include <iostream>
#include <string>

using namespace std;

long long report(int n, const string& label) {
    if (n < 0) {
        cout << "negative" << " " << n << " " << (n < -5 ? "True" : "False") << endl;
    }
    cout << label << " " << n << " ";
    cout << 'a' << "-" << 'b' << "-" << 7 << endl;
    cout << endl;
    return (long long) n * 2;
}
