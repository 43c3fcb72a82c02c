public class Shout {
    static String shout(String word) {
        boolean every = word.length() > 0;
        for (char c : word.toCharArray()) {
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
            converted += Character.toUpperCase(c1);
        }
        String converted1 = "";
        for (char c2 : word.substring(Math.min(1, word.length())).toCharArray()) {
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
