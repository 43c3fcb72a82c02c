// Doubles and floats as Java prints them, string building, and System.exit's status.
public class Exits {
    static double average(int[] values) {
        int sum = 0;
        for (int v : values) {
            sum += v;
        }
        return (double) sum / values.length;
    }

    public static void main(String[] args) {
        int[] values = {3, 4, 4, 10};
        System.out.println(average(values));
        System.out.println(1.0 / 3 + " " + 1e7 + " " + 123456789.0 + " " + 0.0001 + " " + 100.0);
        float f = 0.1f;
        System.out.println(f * 3);
        boolean high = average(values) > 5;
        System.out.println("high: " + high);
        if (!high) {
            System.out.println("leaving");
            System.exit(3);
        }
        System.out.println("not reached");
    }
}
