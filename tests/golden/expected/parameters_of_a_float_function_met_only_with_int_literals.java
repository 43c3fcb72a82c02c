public class PrismVolume {
    static double prism_volume(double l, double b, double h) {
        return l * b * h / 2 + 1;
    }
}
