float doubled_or_negated(float x) {
    if (x > 0) return x * 2;
    if (x < 0) return -x;
}

float positive_part(float x) {
    if (x > 0) return x;
}

int float_fall_through(int n) {
    float x = n / 4.0f;
    int whole = (int) (doubled_or_negated(x) * 4);
    if (n > 0) whole += (int) (positive_part(x) * 4) * 1000;
    return whole;
}
