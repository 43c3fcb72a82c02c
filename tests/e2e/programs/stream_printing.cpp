// operator<< as friend and as a free function: cout << object prints the text it builds.
#include <iostream>
using namespace std;
struct Fraction {
    long long num, den;
    Fraction(long long n, long long d) : num(n), den(d) {}
    double value() const { return (double) num / den; }
    friend ostream& operator<<(ostream& os, const Fraction& f) {
        os << f.num << "/" << f.den << " ~ " << f.value();
        return os;
    }
};
struct Point { int x, y; };
ostream& operator<<(ostream& out, const Point& p) { return out << '(' << p.x << ", " << p.y << ')' << (p.x > p.y); }
int main() {
    Fraction f(22, 7);
    cout << f << endl;
    Point p{3, 1};
    cout << p << " and " << Point{0, 5} << endl;
}
