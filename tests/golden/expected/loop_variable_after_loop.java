public class FirstNegative {
    static int first_negative(int[] arr, int n) {
        int i = 0;
        for (int i_ = 0; i_ < n; i_++) {
            i = i_;
            if (arr[i] < 0) {
                break;
            }
        }
        return i;
    }
}
