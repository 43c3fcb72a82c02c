public class Encode {
    static String encode(String s) {
        String out = "";
        int vowels = 0;
        for (char ch : s.toCharArray()) {
            if ("aeiou".indexOf(ch) >= 0) {
                vowels += 1;
            }
            if (Character.isLetter(ch)) {
                out += Character.toUpperCase(ch);
            } else {
                out += '_';
            }
        }
        return out + String.valueOf(vowels) + (char) ((int) 'a' + s.length() % 26);
    }
}
