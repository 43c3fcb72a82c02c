static int first_if_set(int[] arr, int n) {
    int[] chosen = null;
    if (n > 1) chosen = arr;
    if (arr == null || chosen == null || n <= 0) return -1;
    return chosen[0] + (chosen != null ? 1 : 0);
}
