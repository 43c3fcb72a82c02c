import java.util.*;
public class Shapes {
    interface Shape { double area(); String name(); }
    static abstract class Base implements Shape {
        protected String name;
        private int id;
        static int count = 0;
        Base(String name) { this.name = name; count++; this.id = count; }
        public String name() { return name + "#" + id; }
        public String toString() { return name() + " area " + area(); }
        Base self() { return this; }
    }
    static class Circle extends Base {
        private double r;
        Circle(double r) { super("circle"); this.r = r; }
        public double area() { return 3 * r * r; }
    }
    static class Rect extends Base {
        int w, h;
        Rect(int w, int h) { super("rect"); this.w = w; this.h = h; }
        public double area() { return w * h; }
        boolean bigger(Rect o) { return area() > o.area(); }
    }
    static class Node {
        int value; Node next;
        Node(int value) { this.value = value; }
    }
    static int sum(Node head) { int s = 0; for (Node n = head; n != null; n = n.next) s += n.value; return s; }
    public static void main(String[] args) {
        Circle c = new Circle(2.0);
        Rect r = new Rect(3, 4);
        System.out.println(c);
        System.out.println(r.toString() + " " + r.bigger(new Rect(1, 1)));
        System.out.println(Base.count + " " + r.self().name());
        Node head = new Node(1); head.next = new Node(2); head.next.next = new Node(3);
        System.out.println(sum(head));
        Shape s = r;
        System.out.println(s.area() + " " + (s == r));
    }
}
