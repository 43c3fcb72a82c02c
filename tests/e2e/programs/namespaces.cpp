// A namespace holding a constant, a struct and a function, used through its qualified names.
#include <iostream>
using namespace std;
namespace geometry {
const double PI = 3.14159;
struct Circle { double r; double area() const { return PI * r * r; } };
double twice(double x) { return 2 * x; }
}
int main() {
    geometry::Circle c{2.0};
    cout << geometry::twice(c.area()) << " " << geometry::PI << endl;
}
