
    static HashSet<Integer> build() {
        HashSet<Integer> r = new HashSet<>();
        for (int i = 0; i < 10; i++) r.add(i * 37 % 100);
        return r;
    }

    static HashMap<Integer, Integer> counts() {
        HashMap<Integer, Integer> r = new HashMap<>();
        for (int i = 0; i < 10; i++) r.put(i * 37 % 100, i);
        return r;
    }

    static void straight() {
        for (int x : build()) System.out.print(x + " ");
        System.out.println();
        for (int k : counts().keySet()) System.out.print(k + " ");
        System.out.println();
    }
