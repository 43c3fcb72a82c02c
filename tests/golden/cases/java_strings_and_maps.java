static int summary(String s) {
    StringBuilder sb = new StringBuilder();
    Map<Character, Integer> freq = new HashMap<>();
    for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        freq.put(c, freq.getOrDefault(c, 0) + 1);
        if (Character.isUpperCase(c)) sb.append(Character.toLowerCase(c));
        else sb.append(c);
    }
    String lower = sb.toString();
    int best = 0;
    for (int i = 0; i < lower.length(); i++) best = Math.max(best, freq.get(s.charAt(i)));
    return best * 1000 + lower.compareTo("m") + (lower.equals(s) ? 1 : 0);
}
