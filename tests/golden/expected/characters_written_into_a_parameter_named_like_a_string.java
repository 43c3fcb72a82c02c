public class CopyFrom {
    static int copy_from(String s1, char[] s2, int index) {
        s2[index] = s1.charAt(index);
        if (index == s1.length() - 1) {
            return (int) s2[0] * 1000 + (int) s2[index];
        }
        return copy_from(s1, s2, index + 1);
    }
}
