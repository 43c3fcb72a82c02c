int wrap(vector<int>& arr, int i) {
    return arr[i] + (int) arr.size();
}
