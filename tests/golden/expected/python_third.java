public class Third {
    static int third(int a, int b) {
        return Math.floorDiv(a - b, 3);
    }
}
