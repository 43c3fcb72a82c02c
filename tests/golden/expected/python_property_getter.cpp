#include <memory>

using namespace std;

class Rect;
class Tile;

class Rect {
  public:
    long long w = 0;
    long long h = 0;
    Rect(int w, int h);
    virtual long long area();
    bool square();
    void grow(int d);
    virtual ~Rect() = default;
};

class Tile : public Rect {
  public:
    long long area();
    Tile(int w, int h);
};

long long score(shared_ptr<Rect> s);
long long property_demo(int w, int h);

Rect::Rect(int w, int h) {
    this->w = w;
    this->h = h;
}

long long Rect::area() {
    return w * h;
}

bool Rect::square() {
    return w == h;
}

void Rect::grow(int d) {
    w = w + d;
    h = h + d;
}

long long Tile::area() {
    // overrides the base's property: obj.area picks it by the object's class
    return w * h + 1;
}

Tile::Tile(int w, int h) : Rect(w, h) {
}

long long score(shared_ptr<Rect> s) {
    if (s->square()) {
        return s->area();
    }
    return 0;
}

long long property_demo(int w, int h) {
    shared_ptr<Rect> r = make_shared<Rect>(w, h);
    long long before = r->area();
    r->grow(1);
    if (before > r->area()) {
        return before - score(make_shared<Tile>(w, w));
    }
    return r->area() - score(r) - score(make_shared<Tile>(w, w));
}
