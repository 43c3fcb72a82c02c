public class Weigh {
    static int weigh(int a, int b, int c) {
        return a * 100 + b * 10 + c;
    }

    static int weights(int n) {
        return weigh(n, 3, 10) + weigh(n, 3, 2) * 7 + weigh(n, 1, 10) * 11 + weigh(n, 4, 5) * 13;
    }
}
