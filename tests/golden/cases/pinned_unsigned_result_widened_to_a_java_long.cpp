unsigned int as_unsigned(int x) { return x; }
