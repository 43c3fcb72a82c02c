static int sortedSignature(int[] values, int n) {
        Integer[] byAbs = new Integer[n];
        for (int i = 0; i < n; i++) byAbs[i] = values[i];
        // ties (3 and -3) must keep their order, as Java's stable sort keeps it
        Arrays.sort(byAbs, (a, b) -> Math.abs(a) - Math.abs(b));
        int[][] rows = new int[n][2];
        for (int i = 0; i < n; i++) { rows[i][0] = values[i] % 3; rows[i][1] = i; }
        Arrays.sort(rows, new Comparator<int[]>() {
            public int compare(int[] p, int[] q) { return p[0] - q[0]; }
        });
        ArrayList<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) list.add(values[i]);
        list.sort((a, b) -> Integer.compare(b, a));
        PriorityQueue<Integer> largest = new PriorityQueue<>((a, b) -> b - a);
        PriorityQueue<Integer> alsoLargest = new PriorityQueue<>(n, Collections.reverseOrder());
        for (int i = 0; i < n; i++) { largest.add(values[i] * 2); alsoLargest.add(values[i]); }
        long signature = 0;
        for (int i = 0; i < n; i++) signature = (signature * 31 + byAbs[i] + 100) % 1000003;
        for (int i = 0; i < n; i++) signature = (signature * 31 + rows[i][1]) % 1000003;
        for (int i = 0; i < n; i++) signature = (signature * 31 + list.get(i) + 100) % 1000003;
        return (int) signature + largest.peek() * 7 + alsoLargest.peek();
    }
