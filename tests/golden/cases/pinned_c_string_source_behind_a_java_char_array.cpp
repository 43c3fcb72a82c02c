int vowels(char str[]) { int count = 0; for (int i = 0; i < strlen(str); i++) if (str[i] == 'a' || str[i] == 'e' || str[i] == 'i' || str[i] == 'o' || str[i] == 'u') count++; return count; }
