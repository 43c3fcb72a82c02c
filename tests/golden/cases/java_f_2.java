static int f(HashMap<Integer, Integer> m, int k) { Integer v = m.get(k); if (v == null) v = 3; return v == null ? 0 : v; }
