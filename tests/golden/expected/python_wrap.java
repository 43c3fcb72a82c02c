public class Wrap {
    static int wrap(int[] arr, int i) {
        return arr[pyIndex(i, arr.length)] + arr.length;
    }

    static int pyIndex(int index, int length) {
        // a Python index: one below zero counts from the end (a[-1] is the last element)
        return index < 0 ? index + length : index;
    }
}
