public class CountVowels {
    static int count_vowels(String s) {
        int total = 0;
        for (char c : s.toCharArray()) {
            if ("aeiou".indexOf(c) >= 0) {
                total += 1;
            }
        }
        return total;
    }
}
