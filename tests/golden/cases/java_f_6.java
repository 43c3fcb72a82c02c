static String f(String w) { StringBuilder b = new StringBuilder(w); String r = b.reverse().toString(); return r + b.toString(); }
