long long area(int width, int height) {
    return (long long) width * height - width;
}
