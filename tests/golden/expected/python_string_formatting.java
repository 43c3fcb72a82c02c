import java.math.BigDecimal;

public class Report {
    static String report(int n, double x, String name) {
        boolean ok = n > 0;
        String head = name + ": n=" + cFormat("%5.0f", (double) n) + "|" + cFormat("%05.0f", (double) n) + "|" + cFormat("%-4.0f", (double) n) + "|" + cFormat("%.2f", x) + "|" + cFormat("%10.3e", x) + "|" + pythonText(x) + "|" + (ok ? "True" : "False");
        String middle = name + " has " + String.valueOf(n) + " items (" + cFormat("%.1f", x) + "%" + ") " + cFormat("%5.0f", (double) n);
        String tail = String.valueOf(n) + " " + cFormat("%.3f", x) + " " + name + pythonText(x) + (ok ? "True" : "False");
        return head + '/' + middle + '/' + tail;
    }

    // What C's printf writes for one number by a conversion spec ("%g", "%.2f", "%8.3e"), from the
    // exact value (BigDecimal), rounding half to even as glibc does: how the C++ source printed it.
    static String cFormat(String spec, double x) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("%([-+ 0#]*)(\\d*)(?:\\.(\\d+))?([fFeEgG])").matcher(spec);
        if (!m.matches()) throw new IllegalArgumentException("cFormat: " + spec);
        String flags = m.group(1);
        int precision = m.group(3) == null ? 6 : Integer.parseInt(m.group(3));
        char conversion = m.group(4).charAt(0);
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        String body;
        if (Double.isNaN(x)) {
            body = "nan";
            negative = false;
        } else if (Double.isInfinite(x)) {
            body = "inf";
        } else {
            java.math.BigDecimal value = new java.math.BigDecimal(x).abs();
            char lower = Character.toLowerCase(conversion);
            if (lower == 'f') {
                body = value.setScale(precision, java.math.RoundingMode.HALF_EVEN).toPlainString();
            } else if (lower == 'e') {
                body = cScientific(value, precision);
            } else {
                int significant = precision == 0 ? 1 : precision;
                int exponent = cExponent(value, significant);
                if (exponent < -4 || exponent >= significant) {
                    body = cScientific(value, significant - 1);
                } else {
                    body = value.setScale(significant - 1 - exponent, java.math.RoundingMode.HALF_EVEN).toPlainString();
                }
                if (flags.indexOf('#') < 0 && body.indexOf('.') >= 0) {
                    int e = body.indexOf('e');
                    String mantissa = e < 0 ? body : body.substring(0, e);
                    mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
                    body = mantissa + (e < 0 ? "" : body.substring(e));
                }
            }
            if (flags.indexOf('#') >= 0 && body.indexOf('.') < 0) {
                int e = body.indexOf('e');
                body = e < 0 ? body + "." : body.substring(0, e) + "." + body.substring(e);
            }
            if (Character.isUpperCase(conversion)) body = body.toUpperCase();
        }
        String sign = negative ? "-" : flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "";
        int width = m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2));
        StringBuilder text = new StringBuilder(body);
        boolean zeros = flags.indexOf('0') >= 0 && flags.indexOf('-') < 0 && Character.isDigit(body.charAt(0));
        while (zeros && sign.length() + text.length() < width) text.insert(0, '0');
        text.insert(0, sign);
        while (text.length() < width) {
            if (flags.indexOf('-') >= 0) text.append(' '); else text.insert(0, ' ');
        }
        return text.toString();
    }

    static int cExponent(java.math.BigDecimal value, int significant) {
        if (value.signum() == 0) return 0;
        java.math.BigDecimal rounded = value.round(new java.math.MathContext(significant, java.math.RoundingMode.HALF_EVEN));
        return rounded.precision() - rounded.scale() - 1;
    }

    static String cScientific(java.math.BigDecimal value, int decimals) {
        int exponent = cExponent(value, decimals + 1);
        java.math.BigDecimal mantissa = value.signum() == 0 ? value
            : value.round(new java.math.MathContext(decimals + 1, java.math.RoundingMode.HALF_EVEN)).movePointLeft(exponent);
        String digits = mantissa.setScale(decimals, java.math.RoundingMode.HALF_EVEN).toPlainString();
        String power = String.valueOf(Math.abs(exponent));
        return digits + (exponent < 0 ? "e-" : "e+") + (power.length() < 2 ? "0" : "") + power;
    }

    // Python's repr of a double: the shortest digits that read back as the value (the nearest such
    // decimal), plain for 1e-4 <= |x| < 1e16, else "d.ddde+NN"; "nan", "inf", "-0.0".
    static String pythonText(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return 1 / x < 0 ? "-0.0" : "0.0";
        java.math.BigDecimal exact = new java.math.BigDecimal(x);
        java.math.BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            shortest = exact.round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
            if (shortest.doubleValue() == x) break;
        }
        String sign = x < 0 ? "-" : "";
        String digits = shortest.unscaledValue().abs().toString().replaceAll("0+$", "");
        if (digits.isEmpty()) digits = "0";
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent < -4 || exponent >= 16) {
            String fraction = digits.length() > 1 ? "." + digits.substring(1) : "";
            String power = String.valueOf(Math.abs(exponent));
            return sign + digits.charAt(0) + fraction + (exponent < 0 ? "e-" : "e+") + (power.length() < 2 ? "0" : "") + power;
        }
        if (exponent < 0) return sign + "0." + "0".repeat(-exponent - 1) + digits;
        StringBuilder text = new StringBuilder(digits);
        while (text.length() <= exponent + 1) text.append('0');
        return sign + text.substring(0, exponent + 1) + "." + text.substring(exponent + 1);
    }
}
