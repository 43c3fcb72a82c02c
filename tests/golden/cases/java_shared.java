
    static void shared() {
        HashSet<Integer> t = new HashSet<>();
        t.add(1);
        t.add(2);
        HashSet<Integer> u = t;
        u.remove(1);
        ArrayList<Integer> l = new ArrayList<>();
        ArrayList<Integer> m = l;
        m.add(5);
        m.add(6);
        System.out.println(t.size() + " " + l.size() + " " + (t.contains(1) ? 1 : 0));
    }
