int f(int n) {
  goto end;
  end: return n;
}
