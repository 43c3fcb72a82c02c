static int odd_counts(String str, int k) {
    List<Character> open = new ArrayList<Character>();
    for (int i = 0; i < str.length(); i++) {
        if (open.contains(str.charAt(i))) open.remove((Character) str.charAt(i));
        else open.add(str.charAt(i));
    }
    List<Integer> nums = new ArrayList<>();
    for (int i = 0; i < 5; i++) nums.add(i * k);
    nums.remove(Integer.valueOf(k));
    nums.remove(Integer.valueOf(-99));
    nums.remove(0);
    int total = 0;
    for (int x : nums) total = total * 10 + x;
    return open.size() * 100000 + total;
}
