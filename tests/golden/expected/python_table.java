public class Table {
    static boolean table(int n) {
        int[][] t = new int[n][n];
        return t[0][0] != 0;
    }
}
