bool ends_sentence(char str[]) {
    int len = strlen(str);
    if (len == 0 || str[len - 1] != '.') return false;
    int index = 0;
    while (str[index]) {
        if (str[index] == '.') return str[index + 1] == '\0';
        index++;
    }
    return false;
}
