int digits(int n) {
  int s = 0;
  while (n % 10 != 7 && n > 0) {
    s += n % 10;
    n /= 10;
  }
  return s;
}
