static String mirrored(String a, String b) {
    String s = a + b;
    String r = new StringBuilder(s).reverse().toString();
    return r + "|" + new StringBuilder(a).reverse().toString().length();
}
