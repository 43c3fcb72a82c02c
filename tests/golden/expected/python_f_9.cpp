long long total(long long values[], int count) {
    long long s = 0;
    for (int i = 0; i < count; i++) {
        s += values[i];
    }
    return s;
}
