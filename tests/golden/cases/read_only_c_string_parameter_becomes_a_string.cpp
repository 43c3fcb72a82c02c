int pairs_divisible_by_4(char s[]) {
    int n = strlen(s), count = 0;
    for (int i = 0; i + 1 < n; i++) if (((s[i] - '0') * 10 + (s[i + 1] - '0')) % 4 == 0) count += i + 1;
    return count;
}
