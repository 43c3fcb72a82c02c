int halves(int arr[], int n, int k) {
    vector<int> part;
    for (int k1 = 0; k1 < min(k, n); k1++) {
        part.push_back(arr[k1]);
    }
    vector<int>& head = part;
    vector<int> part1;
    for (int k2 = k; k2 < n; k2++) {
        part1.push_back(arr[k2]);
    }
    vector<int>& tail = part1;
    vector<int> part2;
    for (int k3 = 1; k3 < min(n - 1, n); k3++) {
        part2.push_back(arr[k3]);
    }
    vector<int>& mid = part2;
    int total = 0;
    for (int v : head) {
        total = total * 10 + v;
    }
    vector<int> part3;
    for (int k4 = n + 5; k4 < n; k4++) {
        part3.push_back(arr[k4]);
    }
    return total * 10000 + (int) tail.size() * 100 + (int) mid.size() * 10 + (int) part3.size();
}
