static int f(HashMap<Integer, Integer> m, int k) { m.merge(k, 1, Math::max); return m.size(); }
