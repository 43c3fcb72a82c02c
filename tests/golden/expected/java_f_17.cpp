int f(int n) {
    return (int) ((unsigned int) n + 1);
}
