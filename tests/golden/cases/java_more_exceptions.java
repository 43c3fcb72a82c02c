static int pops(int n) {
    int code = 0;
    try {
        if (n < 0) throw new NegativeArraySizeException("negative: " + n);
        if (n == 0) throw new EmptyStackException();
        if (n > 100) throw new ConcurrentModificationException("changed");
        code = n;
    } catch (NegativeArraySizeException e) {
        code = -1;
    } catch (EmptyStackException e) {
        code = -2;
    } catch (ConcurrentModificationException e) {
        code = -4;
    }
    return code;
}
static int mismatch(int n) {
    try {
        if (n % 3 == 0) throw new InputMismatchException("not a number");
        if (n % 3 == 1) throw new ArrayStoreException("wrong type");
        return n;
    } catch (InputMismatchException e) {
        return -1;
    } catch (ArrayStoreException e) {
        return -2;
    }
}

static int moreExceptions(int n) {
    return pops(n) * 10 + mismatch(n);
}
