static int bump(int[] a) { a[0] += 10; return a.length * 100 + a[0]; }
