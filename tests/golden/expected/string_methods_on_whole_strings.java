public class Shout {
    static String shout(String word) {
        boolean every = word.length() > 0;
        for (char c : word.toCharArray()) {
            if ((int) c < 0 || (int) c > 127) {
                throw new IllegalArgumentException("str.isdigit() of a character outside ASCII (Python's differs from the target's)");
            }
            if (!Character.isDigit(c)) {
                every = false;
                break;
            }
        }
        if (every) {
            return "num";
        }
        String converted = "";
        for (char c1 : word.toCharArray()) {
            if ((int) c1 < 0 || (int) c1 > 127) {
                throw new IllegalArgumentException("str.upper() of a character outside ASCII (Python's differs from the target's)");
            }
            converted += Character.toUpperCase(c1);
        }
        String converted1 = "";
        for (char c2 : word.substring(Math.min(1, word.length())).toCharArray()) {
            if ((int) c2 < 0 || (int) c2 > 127) {
                throw new IllegalArgumentException("str.lower() of a character outside ASCII (Python's differs from the target's)");
            }
            converted1 += Character.toLowerCase(c2);
        }
        boolean every1 = word.length() > 0;
        for (char c3 : word.toCharArray()) {
            if (!Character.isLetter(c3)) {
                every1 = false;
                break;
            }
        }
        return converted + converted1 + (every1 ? 'y' : 'n');
    }
}
