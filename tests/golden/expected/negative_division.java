public class DivmodMix {
    static int divmod_mix(int a, int b) {
        return a / b * 100 + a % b;
    }
}
