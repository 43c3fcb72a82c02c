class Suffix {
    static int suffixSum(int[] arr, int index) {
        if (index == arr.length) return 0;
        return arr[index] + suffixSum(arr, index + 1);
    }
    static void copy(char[] from, char[] to, int index) {
        to[index] = from[index];
        if (index == from.length - 1) return;
        copy(from, to, index + 1);
    }
}
