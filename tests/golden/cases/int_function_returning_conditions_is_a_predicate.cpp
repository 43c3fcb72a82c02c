int digit_sum_divisible(string str, int k) {
    if (str.length() == 0) return 0;
    int sum = 0;
    for (int i = 0; i < str.length(); i++) sum += str[i] - '0';
    return (sum % k == 0 && sum > 0);
}
