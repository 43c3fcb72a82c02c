static int halves(int[] arr, int n, int k) {
    List<Integer> part = new ArrayList<>();
    for (int k1 = 0; k1 < Math.min(k, arr.length); k1++) {
        part.add(arr[k1]);
    }
    List<Integer> head = part;
    List<Integer> part1 = new ArrayList<>();
    for (int k2 = k; k2 < arr.length; k2++) {
        part1.add(arr[k2]);
    }
    List<Integer> tail = part1;
    List<Integer> part2 = new ArrayList<>();
    for (int k3 = 1; k3 < Math.min(arr.length - 1, arr.length); k3++) {
        part2.add(arr[k3]);
    }
    List<Integer> mid = part2;
    int total = 0;
    for (int v : head) {
        total = total * 10 + v;
    }
    List<Integer> part3 = new ArrayList<>();
    for (int k4 = n + 5; k4 < arr.length; k4++) {
        part3.add(arr[k4]);
    }
    return total * 10000 + tail.size() * 100 + mid.size() * 10 + part3.size();
}
