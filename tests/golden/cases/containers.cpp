int containers(int arr[], int n) {
    unordered_map<int, int> count;
    set<int> seen;
    stack<int> st;
    queue<int> q;
    priority_queue<int> pq;
    for (int i = 0; i < n; i++) {
        count[arr[i]]++;
        seen.insert(arr[i]);
        st.push(arr[i]);
        q.push(arr[i] * 2);
        pq.push(arr[i]);
    }
    int result = seen.size() * 1000 + count[arr[0]] * 100;
    if (!st.empty()) result += st.top();
    if (!q.empty()) result += q.front();
    result += pq.top();
    pq.pop();
    if (!pq.empty()) result += pq.top() * 7;
    if (seen.find(3) != seen.end()) result += 5;
    return result;
}
