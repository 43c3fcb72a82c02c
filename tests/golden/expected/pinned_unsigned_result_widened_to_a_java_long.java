public class AsUnsigned {
    static long as_unsigned(int x) {
        return x & 0xFFFFFFFFL;
    }
}
