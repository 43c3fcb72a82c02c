static long lists(int[] arr, int n) {
    List<Integer> evens = new ArrayList<>();
    for (int x : arr) if (x % 2 == 0) evens.add(x);
    Collections.sort(evens);
    int[] copy = new int[n];
    for (int i = 0; i < n; i++) copy[i] = arr[i] >>> 1;
    Arrays.sort(copy);
    long total = 0;
    for (int i = 0; i < evens.size(); i++) total = total * 10 + evens.get(i);
    return total + copy[n - 1] + Math.floorMod(-7, 3) + (-7 / 2);
}
