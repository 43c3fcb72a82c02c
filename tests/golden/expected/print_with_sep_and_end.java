public class Report {
    static long report(int n, String label) {
        if (n < 0) {
            System.out.println("negative" + " " + n + " " + (n < -5 ? "True" : "False"));
        }
        System.out.print(label + " " + n + " ");
        System.out.println(String.valueOf('a') + "-" + 'b' + "-" + 7);
        System.out.println();
        return (long) n * 2;
    }
}
