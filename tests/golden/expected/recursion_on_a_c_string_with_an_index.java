public class TailLength {
    static int tail_length(char[] word, int index) {
        if (index >= word.length) {
            return 0;
        }
        return 1 + tail_length(word, index + 1);
    }
}
