int statements_without_effect(int a, int b) {
    a != b;
    int s = 0;
    for (a == 1; a < b; a++, s == 2) {
        s += 3;
        a + b * 2;
    }
    return s * 100 + a;
}
