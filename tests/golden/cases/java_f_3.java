static void f(Integer[] a) { Arrays.sort(a, (x, y) -> { int d = x % 3 - y % 3; return d; }); }
