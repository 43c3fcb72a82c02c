public class Noisy {
    static int noisy(int n) {
        if (n < 0) {
            System.out.println("negative " + n);
        }
        System.out.print(String.valueOf(n * 2) + "|" + 'x' + "|");
        return n + 1;
    }
}
