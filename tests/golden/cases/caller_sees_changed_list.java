static void fillSquares(ArrayList<Integer> out, int k) {
        for (int i = 1; i <= k; i++) out.add(i * i);
        Collections.sort(out, Collections.reverseOrder());
    }
    static int squares(int k) {
        ArrayList<Integer> out = new ArrayList<>();
        fillSquares(out, k);
        return out.size() * 1000 + (out.isEmpty() ? 0 : out.get(0));
    }
