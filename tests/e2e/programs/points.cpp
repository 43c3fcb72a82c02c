// A value class: constructors (one delegating), const methods, operator< for sorting, a static
// counter defined out of the class, a method defined out of the class.
#include <iostream>
#include <vector>
#include <algorithm>
using namespace std;

struct Point {
    int x, y;
    static int created;

    Point(int x, int y) : x(x), y(y) { created++; }
    Point() : Point(0, 0) {}

    int norm1() const { return abs(x) + abs(y); }
    bool operator<(const Point& other) const {
        return norm1() < other.norm1() || (norm1() == other.norm1() && x < other.x);
    }
    Point plus(const Point& other) const;
};

int Point::created = 0;

Point Point::plus(const Point& other) const {
    return Point(x + other.x, y + other.y);
}

int main() {
    vector<Point> points;
    points.push_back(Point(3, -4));
    points.push_back({1, 1});
    points.push_back(Point());
    points.push_back(Point(-2, 0).plus(Point(0, 5)));
    sort(points.begin(), points.end());
    for (const Point& p : points) {
        cout << "(" << p.x << ", " << p.y << ") " << p.norm1() << endl;
    }
    Point origin;
    cout << (origin < points[1]) << " " << (points[3] < origin) << endl;
    cout << "created " << Point::created << endl;
    return 0;
}
