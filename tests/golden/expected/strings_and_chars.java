public class Encode {
    static String encode(String s) {
        String out = "";
        int vowels = 0;
        for (char ch : s.toCharArray()) {
            if ("aeiou".indexOf(ch) >= 0) {
                vowels += 1;
            }
            if (Character.isLetter(ch)) {
                if ((int) ch < 0 || (int) ch > 127) {
                    throw new IllegalArgumentException("str.upper() of a character outside ASCII (Python's differs from the target's)");
                }
                out += Character.toUpperCase(ch);
            } else {
                out += '_';
            }
        }
        return out + String.valueOf(vowels) + (char) ((int) 'a' + s.length() % 26);
    }
}
