static String trim(String s) {
    if (s.length() < 3) {
        String reversed = s;
        reversed = new StringBuilder(reversed).reverse().toString();
        return reversed;
    }
    return s.substring(1, s.length() - 1) + s.substring(0, 2) + s.substring(s.length() - 2);
}
