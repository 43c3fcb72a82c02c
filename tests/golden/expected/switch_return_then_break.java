// Each group returns before its break; the default throws: nothing falls off the switch, so
// Java must get no return after it (that return would be unreachable, a compile error).

public class ChannelsOf {
    static int channels_of(int format) {
        switch (format) {
            case 0:
                return 1;
            case 1:
                return 3;
            case 2:
                return 4;
            default:
                throw new IllegalArgumentException("unknown format");
        }
    }
}
