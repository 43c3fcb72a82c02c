double average(int values[], int count) {
    long long total = 0;
    for (int i = 0; i < count; i++) {
        int v = values[i];
        total += v;
    }
    return (double) total / count;
}
