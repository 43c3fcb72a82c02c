int f(int arr[], int n) { vector<int> v(arr + 1, arr + n); return v[0]; }
