static int digit(byte b, String type) throws java.io.IOException {
    if (b < '0' || b > '9') {
        throw new java.io.IOException("Parse " + type + " time, invalid format");
    }
    return b - '0';
}

static void checkBounds(int length, int origin, int fence) {
    if (origin > fence) {
        throw new ArrayIndexOutOfBoundsException("origin(" + origin + ") > fence(" + fence + ")");
    }
    if (origin < 0) {
        throw new ArrayIndexOutOfBoundsException(origin);
    }
    if (fence > length) {
        throw new StringIndexOutOfBoundsException(fence - length);
    }
}

static int narrow(int kind) {
    if (kind > 100) {
        throw new ClassCastException("kind " + kind);
    }
    return kind * 2;
}

static int access(int kind) {
    if (kind < -100) {
        throw new IllegalAccessError();
    }
    return kind + 1;
}

static int jdkExceptions(int length, int origin, int fence) {
    int r = 0;
    try {
        checkBounds(length, origin, fence);
    } catch (IndexOutOfBoundsException e) {
        r = -2;
    }
    try {
        r += narrow(fence);
    } catch (ClassCastException e) {
        r -= 1;
    }
    r += access(length);
    try {
        r += digit((byte) ('0' + origin % 10), "UTC");
    } catch (java.io.IOException e) {
        r += 1000;
    }
    return r;
}
