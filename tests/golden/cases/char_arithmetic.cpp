int shifted_hash(string s, int k) {
    int total = 0;
    for (int i = 0; i < s.length(); i++) {
        char d = 'a' + (s[i] - 'a' + k) % 26;
        total = (total * 31 + d) % 1000003;
        if (isdigit(s[i])) total += s[i] - '0';
    }
    return total;
}
