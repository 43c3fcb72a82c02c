static int wordOrder(String text) {
        String[] words = new String[4];
        for (int i = 0; i < 4; i++) words[i] = text.substring(i, i + 2 + i % 2);
        Arrays.sort(words, (x, y) -> { return Integer.compare(x.length(), y.length()); });
        int code = words[0].length() * 1000 + words[3].charAt(0);
        Arrays.sort(words, 1, 4, new Comparator<String>() {
            @Override
            public int compare(String x, String y) { return y.compareTo(x); }
        });
        return code * 1000 + words[1].charAt(0) * 3 + words[3].charAt(1);
    }
