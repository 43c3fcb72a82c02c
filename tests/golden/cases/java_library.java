static String mirrored(String word) {
        StringBuilder b = new StringBuilder(word);
        b.append('|');
        return b.reverse().toString();
    }
    static String libraryMix(int[] values, int n, String word) {
        int bits = 0;
        for (int i = 0; i < n; i++) bits += Integer.bitCount(values[i]) + Long.bitCount((long) values[i] * 7);
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < 3; i++) groups.add(new ArrayList<>());
        HashMap<Integer, ArrayList<Integer>> byValue = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.get(Math.abs(values[i]) % 3).add(values[i]);
            if (!byValue.containsKey(values[i])) byValue.put(values[i], new ArrayList<>());
            byValue.get(values[i]).add(i);
        }
        ArrayList<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) all.add(values[i]);
        StringBuilder sb = new StringBuilder(word);
        sb.reverse();
        sb.insert(0, 'x');
        sb.insert(2, bits);
        sb.deleteCharAt(1);
        sb.deleteCharAt(sb.length() - 1);
        sb.append(Collections.frequency(all, values[0]));
        if (sb.length() > 8) sb.setLength(8);
        StringBuilder tail = new StringBuilder();
        tail.append(groups.get(0).size()).append(byValue.get(values[0]).size());
        tail.append('#');
        tail.reverse();
        return sb.toString() + "/" + tail.toString() + "/" + mirrored(word);
    }
