int tally(int values[], int n) {
    unordered_map<int, int> counts;
    map<int, long long> sums;
    for (int i = 0; i < n; i++) {
        counts[values[i]] += 1;
        sums[values[i] % 3] += (long long) values[i];
        if (!counts.count(values[i] * 10)) {
            counts[values[i] * 10] = i;
        }
    }
    long long total = (int) counts.size() * 1000 + counts[values[0]] * 100 + counts[values[0] * 10];
    for (pair<int, long long> e : sums) {
        total = total * 7 + e.first + e.second;
    }
    return (int) (total % 1000003);
}
