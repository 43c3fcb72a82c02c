static int parsed(String s, int radix) {
    try {
        return Integer.parseInt(s, radix);
    } catch (NumberFormatException e) {
        return -1;
    }
}

static long parsedLong(String s) {
    try {
        return Long.parseLong(s);
    } catch (NumberFormatException e) {
        return -2;
    }
}

static byte unescape(String s, int i) {
    return (byte) Integer.parseInt(s, i + 1, i + 3, 16);
}

static int parseAll(String s, int k) {
    String[] samples = {"12", "-12", "+7", "-", "+", "", " 1", "1 ", "1_0", "2147483647", "2147483648",
        "-2147483648", "-2147483649", "zz", "Zz", "7fffffff", "-80000000", "80000000", "0x10", "12abc", s};
    int total = 0;
    for (String sample : samples) {
        total = total * 31 + parsed(sample, 10) + 3 * parsed(sample, 16) + 7 * parsed(sample, 36);
        total = total * 31 + (int) (parsedLong(sample) % 1000003);
    }
    total += (int) (parsedLong("9223372036854775807") % 1000) + (int) (parsedLong("-9223372036854775808") % 1000);
    total += (int) (parsedLong("9223372036854775808") % 1000);
    total += parsed("11", k % 40) + unescape("%7f%41", 0) + unescape("%7f%41", 3);
    return total;
}
