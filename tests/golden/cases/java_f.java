static boolean f(int n) { String b = "x"; b += n; return b == "x1"; }
