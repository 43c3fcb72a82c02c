// A competitive-programming program: fast-io settings, cin of counts and values, scanf, a loop
// reading pairs until the input ends, and doubles printed with the stream's defaults.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios_base::sync_with_stdio(true);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> values(n);
    long long best = LLONG_MIN, sum = 0;
    for (int i = 0; i < n; i++) {
        cin >> values[i];
        best = max(best, values[i]);
        sum += values[i];
    }
    string label;
    char grade;
    cin >> label >> grade;
    double scale;
    scanf("%lf", &scale);
    cout << label << " " << grade << " max=" << best << " mean=" << (double) sum / n * scale << "\n";
    int a, b, pairs = 0;
    while (cin >> a >> b) {
        cout << a << "*" << b << "=" << (long long) a * b << "\n";
        pairs++;
    }
    cout << pairs << " pairs" << endl;
    return 0;
}
