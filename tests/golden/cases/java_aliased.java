
static int aliased(int n) {
    int[] a = new int[4];
    int[] b = a;
    b[0] = -n;
    return a[0] % 3 + a[0] / 2;
}
