public class LastSeen {
    static long last_seen(String s, int[] words) {
        int k = 0;
        int i = -1;
        for (int i_ = 0; i_ < s.length(); i_++) {
            i = i_;
            char ch = s.charAt(i_);
            if (ch == ' ') {
                break;
            }
        }
        int j = 0;
        for (int j_ = 0; j_ < words.length; j_++) {
            j = j_ + 1;
            int w = words[j_];
            if (w > 5) {
                break;
            }
        }
        long total = 0L;
        for (int k_ = 0; k_ < words.length; k_++) {
            k = k_;
            int w = words[k_];
            total += (long) w * k;
        }
        return i * 1000 + j * 100 + k * 10 + total;
    }
}
