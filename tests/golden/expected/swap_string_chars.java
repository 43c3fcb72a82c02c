public class SmallestFirst {
    static String smallest_first(String num) {
        int n = num.length();
        int small = 0;
        for (int i = 1; i < n; i++) {
            if (num.charAt(i) < num.charAt(small)) {
                small = i;
            }
        }
        int[] position = new int[] {0, small};
        char temp = num.charAt(position[0]);
        num = num.substring(0, position[0]) + num.charAt(position[1]) + num.substring(position[0] + 1);
        num = num.substring(0, position[1]) + temp + num.substring(position[1] + 1);
        char temp1 = num.charAt(n - 1);
        num = num.substring(0, n - 1) + num.charAt(n / 2) + num.substring(n);
        num = num.substring(0, n / 2) + temp1 + num.substring(n / 2 + 1);
        return num;
    }
}
