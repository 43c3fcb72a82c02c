int apply_all(int x) {
    auto add = [](int a, int b) { return a + b; };
    function<int(int)> twice = [](int v) { return v * 2; };
    int k = 3;
    auto step = [&](int v) {
        int r = v + k;
        if (r > 100) return r - 100;
        return r;
    };
    auto positive = [](int v) { return v > 0; };
    int total = step(twice(add(x % 1000, 1)));
    return positive(x) ? total : -total;
}
