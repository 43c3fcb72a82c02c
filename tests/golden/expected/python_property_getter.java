public class RectInit {
    static long score(Rect s) {
        if (s.square()) {
            return s.area();
        }
        return 0L;
    }

    static long property_demo(int w, int h) {
        Rect r = new Rect(w, h);
        long before = r.area();
        r.grow(1);
        if (before > r.area()) {
            return before - score(new Tile(w, w));
        }
        return r.area() - score(r) - score(new Tile(w, w));
    }

    static class Rect {
        public long w;
        public long h;

        public Rect(int w, int h) {
            this.w = w;
            this.h = h;
        }

        public long area() {
            return w * h;
        }

        public boolean square() {
            return w == h;
        }

        public void grow(int d) {
            w = w + d;
            h = h + d;
        }
    }

    static class Tile extends Rect {
        public long area() {
            // overrides the base's property: obj.area picks it by the object's class
            return w * h + 1;
        }

        public Tile(int w, int h) {
            super(w, h);
        }
    }
}
