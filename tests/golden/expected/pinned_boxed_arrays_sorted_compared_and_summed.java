import java.util.Arrays;

public class Matches {
    static int matches(Integer[] X, Integer[] Y, int m, int n) {
        Arrays.sort(X);
        for (int i1 = 0, j = X.length - 1; i1 < j; i1++, j--) {
            int temp = X[i1];
            X[i1] = X[j];
            X[j] = temp;
        }
        Arrays.sort(Y);
        int same = 0;
        for (int i = 0; i < m && i < n; i++) {
            if ((int) X[i] == Y[n - 1 - i]) {
                same++;
            }
        }
        return same * 100000 + Arrays.stream(X).mapToInt(Integer::intValue).sum() + Arrays.stream(Y).mapToInt(Integer::intValue).max().getAsInt();
    }
}
