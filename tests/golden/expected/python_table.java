public class Table {
    static boolean table(int n) {
        int[][] t = new int[Math.max(0, n)][Math.max(0, n)];
        return t[0][0] != 0;
    }
}
