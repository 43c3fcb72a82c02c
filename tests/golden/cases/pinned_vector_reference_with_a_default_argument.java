static int sum_from(int[] arr, int start) { int total = 0; for (int i = start; i < arr.length; i++) total += arr[i]; arr[0] = total; return total; }
