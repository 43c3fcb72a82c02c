static int grow(String s, int k) { s = s + "ab"; return s.length() + k; }
