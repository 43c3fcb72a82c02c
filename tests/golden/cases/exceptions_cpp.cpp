int checked_half(int x) {
    if (x % 2 != 0) throw invalid_argument("odd");
    assert(x >= -100 && "small");
    return x / 2;
}

int first_positive(int a[], int n) {
    for (int i = 0; i < n; i++) {
        if (a[i] > 0) return a[i];
    }
    throw out_of_range("none positive");
}

int half_plus_first(int a[], int n, int x) {
    try {
        return checked_half(x) + first_positive(a, n);
    } catch (const invalid_argument& e) {
        return -1;
    } catch (...) {
        return -2;
    }
}
