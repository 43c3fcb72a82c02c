public class FGold {
    static Boolean f_gold(int a, int b) {
        return Math.floorMod(b, a) == 0;
    }
}
