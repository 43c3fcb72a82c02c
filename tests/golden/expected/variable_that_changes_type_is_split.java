public class SmallestSwap {
    static String smallest_swap(String num) {
        char[] num_list = num.toCharArray();
        int n = num_list.length;
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (num_list[i] < num_list[best]) {
                best = i;
            }
        }
        char temp = num_list[0];
        num_list[0] = num_list[best];
        num_list[best] = temp;
        return new String(num_list);
    }
}
