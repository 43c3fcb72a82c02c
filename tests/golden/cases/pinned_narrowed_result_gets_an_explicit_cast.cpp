long long scaled(int n) { return (long long) n * 1000; }
