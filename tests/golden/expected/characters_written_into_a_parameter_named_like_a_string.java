public class CopyFrom {
    static int copy_from(String s1, char[] s2, int index) {
        s2[pyIndex(index, s2.length)] = s1.charAt(pyIndex(index, s1.length()));
        if (index == s1.length() - 1) {
            return (int) s2[0] * 1000 + (int) s2[pyIndex(index, s2.length)];
        }
        return copy_from(s1, s2, index + 1);
    }

    static int pyIndex(int index, int length) {
        // a Python index: one below zero counts from the end (a[-1] is the last element)
        return index < 0 ? index + length : index;
    }
}
