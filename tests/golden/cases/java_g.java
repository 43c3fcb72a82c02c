static int g(HashMap<Integer, Integer> m) { return m.size(); }
static int f(int k) { HashMap<Integer, Integer> m = new HashMap<Integer, Integer>() { public Integer get(Object key) { if (!containsKey(key)) return 0; return super.get(key); } }; return g(m) + m.get(k); }
