string smallest_first(string num) {
    int n = num.size();
    int small = 0;
    for (int i = 1; i < n; i++) if (num[i] < num[small]) small = i;
    int position[2] = {0, small};
    swap(num[position[0]], num[position[1]]);
    swap(num[n - 1], num[n / 2]);
    return num;
}
