
    static int largest() {
        TreeSet<Integer> s = new TreeSet<>(Collections.reverseOrder());
        s.add(4);
        for (int x : s) return x;
        return -1;
    }
