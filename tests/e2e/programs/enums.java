// A Java enum: constants, a switch on them, ordinal() and name(), printing a constant.
public class Enums {
    enum Light { RED, YELLOW, GREEN }

    static Light next(Light light) {
        switch (light) {
            case RED:
                return Light.GREEN;
            case GREEN:
                return Light.YELLOW;
            default:
                return Light.RED;
        }
    }

    public static void main(String[] args) {
        Light light = Light.RED;
        for (int i = 0; i < 5; i++) {
            System.out.println(i + " " + light + " " + light.ordinal() + " " + (light == Light.GREEN));
            light = next(light);
        }
        System.out.println(light.name().length());
    }
}
