public class Doubled {
    static int doubled(char[] text) {
        int count = 0;
        for (int i = 0; i < text.length - 1; i++) {
            if (text[i] == text[i + 1]) {
                count += 1;
            }
        }
        return count;
    }
}
