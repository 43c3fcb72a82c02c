static double ratio(double a, double b) {
    return (double) Math.round(a / b * 1000.0) / 1000.0 + (double) Math.round(a * 100.0) / 100.0;
}
