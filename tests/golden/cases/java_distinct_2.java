
    static int distinct(int[] a, int n) {
        HashSet<Integer> seen = new HashSet<>();
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!seen.contains(a[i])) count++;
            seen.add(a[i]);
        }
        return count + seen.size();
    }
