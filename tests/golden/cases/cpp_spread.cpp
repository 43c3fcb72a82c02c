
int spread(int n) {
    int values[10];
    for (int i = 0; i < 10; i++) values[i] = i - n;
    int total = 0;
    for (int i = 0; i < 10; i++) total += values[i] % 7 + values[i] / 3;
    return total;
}
