int matches(int X[], int Y[], int m, int n) {
    sort(X, X + m, greater<int>());
    sort(Y, Y + n);
    int same = 0;
    for (int i = 0; i < m && i < n; i++)
        if (X[i] == Y[n - 1 - i]) same++;
    return same * 100000 + accumulate(X, X + m, 0) + *max_element(Y, Y + n);
}
