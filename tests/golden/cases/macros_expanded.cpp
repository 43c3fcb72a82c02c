#define rep(i, a, b) for (int i = (a); i < (b); i++)
#define SQ(x) ((x) * (x))
#define MOD 1000

int sum_squares(int arr[], int n) {
    int s = 0;
    rep(i, 0, n) s = (s + SQ(arr[i])) % MOD;
    return s;
}
