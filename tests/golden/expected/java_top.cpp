bool even(int n);

bool odd(int n) {
    return n == 0 ? false : even((int) ((unsigned int) n - 1));
}

bool even(int n) {
    return n == 0 ? true : odd((int) ((unsigned int) n - 1));
}

int top(int n) {
    return even(n) ? 1 : 0;
}
