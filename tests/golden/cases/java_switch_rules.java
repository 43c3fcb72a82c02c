static int kind(char ch, int n) {
    int r = 0;
    switch (ch) {
        case 'a', 'b' -> r = n + 1;
        case 'c' -> {
            int k = n * 2;
            r = k - 1;
        }
        case 'd' -> throw new IllegalArgumentException("d");
        default -> {
            if (n > 3) {
                return n;
            }
            r = -n;
        }
    }
    switch (n % 4) {
        case 0: /* zero */
        case 1: // one
            r += 10;
            break;
        default:
            r += 20;
    }
    return r;
}

static int block(char c, int n, int i) {
    int total = 0;
    switch (c) {
        case 'L': {
            int step = n + i;
            if (step % 2 == 0) {
                total += 1;
            }
            total += step % 5;
            break;
        }
        default: {
            break;
        }
    }
    return total;
}

static int switches(String s, int n) {
    int total = 0;
    for (int i = 0; i < s.length(); i++) {
        total += kind(s.charAt(i), n) + block(s.charAt(i), n, i);
    }
    return total;
}
