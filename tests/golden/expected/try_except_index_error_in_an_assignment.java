public class Pick {
    static int pick(int[] arr, int n, int i) {
        int value = 0;
        if (i >= -arr.length && i < arr.length) {
            value = arr[pyIndex(i, arr.length)] * 2;
        } else {
            value = -1;
        }
        return value + n;
    }

    static int pyIndex(int index, int length) {
        // a Python index: one below zero counts from the end (a[-1] is the last element)
        return index < 0 ? index + length : index;
    }
}
