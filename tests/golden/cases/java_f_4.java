static int f(int k) { PriorityQueue<Integer> q = new PriorityQueue<>((a, b) -> a % 10 - b % 10); q.add(k); return q.peek(); }
