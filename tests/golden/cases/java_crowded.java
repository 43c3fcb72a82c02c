class Main {

    static void crowded() {
        HashSet<Integer> s = new HashSet<>(64);
        for (int i = 0; i < 9; i++) s.add(i * 64);
        for (int x : s) System.out.print(x + " ");
        System.out.println();
    }
}
