public class EndsSentence {
    static boolean ends_sentence(String str) {
        int len = str.length();
        if (len == 0 || str.charAt(len - 1) != '.') {
            return false;
        }
        int index = 0;
        while (index < str.length()) {
            if (str.charAt(index) == '.') {
                return index + 1 >= str.length();
            }
            index++;
        }
        return false;
    }
}
