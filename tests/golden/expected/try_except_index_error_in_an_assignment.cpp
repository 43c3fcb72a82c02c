int pick(int arr[], int n, int i) {
    int value = 0;
    if (i >= -n && i < n) {
        value = arr[i < 0 ? i + n : i] * 2;
    } else {
        value = -1;
    }
    return value + n;
}
