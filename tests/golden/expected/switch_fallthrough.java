public class Kind {
    static int kind(int d) {
        int r = 0;
        switch (d) {
            case 0:
            case 6:
                r = 10;
                break;
            case 3:
                return 2;
            default:
                r = d * 2;
        }
        return r + 1;
    }
}
