// An abstract base class with pure virtual methods, derived classes, calls through base pointers.
#include <iostream>
#include <vector>
using namespace std;

class Shape {
  public:
    virtual double area() const = 0;
    virtual string name() const = 0;
    virtual double scaled(double factor) const { return area() * factor; }
    virtual ~Shape() {}
};

class Rectangle : public Shape {
    double width, height;

  public:
    Rectangle(double width, double height) : width(width), height(height) {}
    double area() const override { return width * height; }
    string name() const override { return "rectangle"; }
};

class Square : public Rectangle {
  public:
    Square(double side) : Rectangle(side, side) {}
    string name() const override { return "square"; }
    double scaled(double factor) const override { return area() * factor * factor; }
};

class Circle : public Shape {
    double radius;

  public:
    Circle(double radius) : radius(radius) {}
    double area() const override { return 3.14159 * radius * radius; }
    string name() const override { return "circle"; }
};

int main() {
    vector<Shape*> shapes;
    shapes.push_back(new Rectangle(2, 3.5));
    shapes.push_back(new Square(1.5));
    shapes.push_back(new Circle(1));
    double total = 0;
    for (Shape* s : shapes) {
        cout << s->name() << " " << s->area() << " " << s->scaled(2) << endl;
        total += s->area();
    }
    cout << "total " << total << endl;
    for (Shape* s : shapes) {
        delete s;
    }
    return 0;
}
