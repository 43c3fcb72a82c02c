// Standard input through Scanner: tokens, the rest of a line, whole lines, and a loop while
// numbers follow; output with println and printf.
import java.util.Scanner;

public class ScannerLines {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int rows = in.nextInt();
        in.nextLine();
        StringBuilder longest = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            String line = in.nextLine();
            if (line.length() > longest.length()) {
                longest = new StringBuilder(line);
            }
            System.out.println(r + ": " + line.length());
        }
        System.out.println("longest: " + longest);
        long product = 1;
        int count = 0;
        while (in.hasNext()) {
            long value = in.nextLong();
            product = product * value % 1000000007L;
            count++;
        }
        System.out.printf("%d values, product %d%n", count, product);
        in.close();
    }
}
