int first(int n) {
    int *p = &n;
    return *p;
}
