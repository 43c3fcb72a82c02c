int first_digit(char s[]) { return strlen(s) > 0 ? s[0] - '0' : -1; }
int is_even(int x) { return x % 2 == 0; }
int twice_even(int x) { return is_even(x) + is_even(x + 2); }
void overwrite(char s[]) { int n = strlen(s); s[0] = 'x'; }
