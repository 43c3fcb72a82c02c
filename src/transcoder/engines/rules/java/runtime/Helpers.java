// Helpers the rule engine's Java back end emits beside a translation (java/backend.py), each
// between "// helper NAME" and "// end": a translation gets only those it uses. Unindented, as
// they are printed; the class only lets javac compile them together (tests/unit/test_runtime.py).
import java.util.*;

class Helpers {
// helper compareValues
static <T extends Comparable<T>> boolean compareValues(T a, String op, T b) {
    // C++ template comparisons: floating-point values compare as numbers (-0.0 == 0.0, NaN
    // unordered), which Double.compareTo does not; every other type by compareTo
    if (a instanceof Double || a instanceof Float) {
        double x = ((Number) a).doubleValue(), y = ((Number) b).doubleValue();
        switch (op) {
            case "<": return x < y;
            case "<=": return x <= y;
            case ">": return x > y;
            case ">=": return x >= y;
            case "==": return x == y;
            default: return x != y;
        }
    }
    int c = a.compareTo(b);
    switch (op) {
        case "<": return c < 0;
        case "<=": return c <= 0;
        case ">": return c > 0;
        case ">=": return c >= 0;
        case "==": return c == 0;
        default: return c != 0;
    }
}
// end
// helper roundHalfAway
static long roundHalfAway(double x) {
    // C++'s llround: the closest integer, halves away from zero (Math.round rounds -2.5 to -2)
    return x < 0 ? -Math.round(-x) : Math.round(x);
}
// end

// helper x86Int
static int x86Int(double x) {
    // C++'s (int) of a double as g++ on x86-64 computes it: NaN and values beyond int are its
    // minimum (cvttsd2si's "integer indefinite"; Java's (int) clamps)
    return x >= -2147483648.0 && x < 2147483648.0 ? (int) x : Integer.MIN_VALUE;
}
// end

// helper x86Long
static long x86Long(double x) {
    // C++'s (long long) of a double as g++ on x86-64 computes it (see x86Int)
    return x >= -9223372036854775808.0 && x < 9223372036854775808.0 ? (long) x : Long.MIN_VALUE;
}
// end

// helper x86Unsigned
static long x86Unsigned(double x) {
    // C++'s (unsigned long long) of a double, its bits in a long, as g++ on x86-64 computes it:
    // from 2^63 the conversion of x - 2^63 with the top bit set (0 from 2^64 on and at infinity),
    // below it the bits of the signed conversion (x86Long: -1.0 is 2^64 - 1, NaN 2^63)
    if (x >= 9223372036854775808.0) {
        double low = x - 9223372036854775808.0;
        return low < 9223372036854775808.0 ? (long) low ^ Long.MIN_VALUE : 0L;
    }
    return x >= -9223372036854775808.0 ? (long) x : Long.MIN_VALUE;
}
// end

// helper pyInt
static long pyInt(String s) {
    // Python's int(s): s without the whitespace at both ends (str.isspace's set), an optional
    // sign, then decimal digits (Unicode's too, as Python's) with single underscores between
    // them; anything else raises (NumberFormatException), as does a value beyond 64 bits
    int b = 0, e = s.length();
    while (b < e && pySpace(s.charAt(b))) b++;
    while (e > b && pySpace(s.charAt(e - 1))) e--;
    boolean negative = b < e && s.charAt(b) == '-';
    if (b < e && (s.charAt(b) == '+' || s.charAt(b) == '-')) b++;
    if (b == e) throw new NumberFormatException("invalid literal for int(): '" + s + "'");
    long value = 0;  // negative as it grows: Long.MIN_VALUE has no positive
    for (int i = b; i < e; i++) {
        char c = s.charAt(i);
        if (c == '_' && i > b && s.charAt(i - 1) != '_' && i + 1 < e && Character.isDigit(s.charAt(i + 1))) continue;
        int digit = Character.isDigit(c) ? Character.digit(c, 10) : -1;
        if (digit < 0) throw new NumberFormatException("invalid literal for int(): '" + s + "'");
        if (value < (Long.MIN_VALUE + digit) / 10) throw new NumberFormatException("int() beyond 64 bits");
        value = value * 10 - digit;
    }
    if (!negative && value == Long.MIN_VALUE) throw new NumberFormatException("int() beyond 64 bits");
    return negative ? value : -value;
}

static boolean pySpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u0085';
}
// end

// helper cStoi
static long cStoi(String s, int bits) {
    // C++'s stoi (bits 32), stol/stoll (64): leading whitespace skipped, an optional sign, the
    // longest run of digits (the rest ignored: "12abc" is 12, "1_0" is 1); NumberFormatException
    // without digits (invalid_argument) and beyond the type (out_of_range)
    int i = 0, n = s.length();
    while (i < n && " \t\n\u000b\f\r".indexOf(s.charAt(i)) >= 0) i++;
    int j = i < n && (s.charAt(i) == '+' || s.charAt(i) == '-') ? i + 1 : i, k = j;
    while (k < n && s.charAt(k) >= '0' && s.charAt(k) <= '9') k++;
    if (k == j) throw new NumberFormatException("stoi: no conversion");
    java.math.BigInteger value = new java.math.BigInteger(s.substring(i, k));
    if (value.bitLength() >= bits) throw new NumberFormatException("stoi: out of range");
    return value.longValue();
}
// end

// helper cAtoi
static long cAtoi(String s, int bits) {
    // C's atoi (bits 32), atol/atoll (64) as glibc computes them: strtol's reading (leading
    // whitespace, an optional sign, the longest run of digits; 0 without digits, never an
    // error), the value saturated to 64 bits, then atoi's (int) of that long wrapped to 32 bits
    // (ISO C leaves overflow undefined)
    int i = 0, n = s.length();
    while (i < n && " \t\n\u000b\f\r".indexOf(s.charAt(i)) >= 0) i++;
    int j = i < n && (s.charAt(i) == '+' || s.charAt(i) == '-') ? i + 1 : i, k = j;
    while (k < n && s.charAt(k) >= '0' && s.charAt(k) <= '9') k++;
    if (k == j) return 0;
    java.math.BigInteger value = new java.math.BigInteger(s.substring(i, k));
    long saturated = value.bitLength() < 64 ? value.longValue() : value.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    return bits == 32 ? (int) saturated : saturated;
}
// end

// helper pyRound
static double pyRound(double x, int digits) {
    // Python's round(x, digits) of a double (digits >= 0): the exact binary value rounded to that
    // many decimals, halves to even, read back as the nearest double; nan, inf and the sign of a
    // zero kept (x * 10**digits could overflow or round first)
    if (Double.isNaN(x) || Double.isInfinite(x)) return x;
    double r = new java.math.BigDecimal(x).setScale(digits, java.math.RoundingMode.HALF_EVEN).doubleValue();
    return r == 0.0 ? Math.copySign(0.0, x) : r;
}
// end

// helper pyLong
static long pyLong(double x) {
    // Python's int(x) of a double as a long: NaN and an infinity or a value beyond 64 bits throw
    // (ValueError, OverflowError: Python's int would hold it; Java's (long) saturates)
    if (Double.isNaN(x)) throw new ArithmeticException("cannot convert float NaN to integer");
    if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0)) throw new ArithmeticException("int() beyond 64 bits");
    return (long) x;
}
// end

// helper pySearch
// Python's str.find / rfind / count over s[start:end] (end Integer.MAX_VALUE when not given):
// start and end clamp as a slice's do (a negative one counts from the end, end at most the
// length); nothing is found past the end
static int pyFind(String s, String sub, int start, int end) {
    int n = s.length();
    long from = start < 0 ? Math.max((long) start + n, 0) : start;
    long to = end < 0 ? Math.max((long) end + n, 0) : Math.min(end, n);
    if (from > n) return -1;
    for (long i = from; i + sub.length() <= to; i++) {
        if (s.startsWith(sub, (int) i)) return (int) i;
    }
    return -1;
}

static int pyRfind(String s, String sub, int start, int end) {
    int n = s.length();
    long from = start < 0 ? Math.max((long) start + n, 0) : start;
    long to = end < 0 ? Math.max((long) end + n, 0) : Math.min(end, n);
    if (from > n) return -1;
    for (long i = to - sub.length(); i >= from; i--) {
        if (s.startsWith(sub, (int) i)) return (int) i;
    }
    return -1;
}

static int pyCount(String s, String sub, int start, int end) {
    // occurrences that do not overlap, from the left; an empty sub is at every place
    int n = s.length();
    long from = start < 0 ? Math.max((long) start + n, 0) : start;
    long to = end < 0 ? Math.max((long) end + n, 0) : Math.min(end, n);
    if (from > n) return 0;
    if (sub.isEmpty()) return from <= to ? (int) (to - from + 1) : 0;
    int found = 0;
    for (long i = from; i + sub.length() <= to;) {
        if (s.startsWith(sub, (int) i)) {
            found++;
            i += sub.length();
        } else {
            i++;
        }
    }
    return found;
}
// end

// helper pyRsplit
static ArrayList<String> pyRsplit(String s, String sep, int maxsplit) {
    // Python's s.rsplit(sep, maxsplit) of a non-empty sep: at most maxsplit cuts (none below 0),
    // from the right
    ArrayList<String> parts = new ArrayList<>();
    int end = s.length();
    int i = end - sep.length();
    while (i >= 0 && maxsplit != 0) {
        if (s.startsWith(sep, i)) {
            parts.add(s.substring(i + sep.length(), end));
            end = i;
            i -= sep.length();
            maxsplit--;
        } else {
            i--;
        }
    }
    parts.add(s.substring(0, end));
    Collections.reverse(parts);
    return parts;
}
// end

// helper unsignedToDouble
static double unsignedToDouble(long x) {
    // C++'s (double) of an unsigned long long whose bits x holds, rounded once: a value above
    // 2^63 is halved keeping its last bit as a sticky bit (Java's (double) reads x signed)
    return x >= 0 ? (double) x : (double) ((x >>> 1) | (x & 1)) * 2.0;
}
// end

// helper unsignedToFloat
static float unsignedToFloat(long x) {
    // as unsignedToDouble, rounded to float once
    return x >= 0 ? (float) x : (float) ((x >>> 1) | (x & 1)) * 2.0f;
}
// end

// helper gcd
static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
}
// end

// helper lowerBound(int[])
static int lowerBound(int[] a, int from, int to, int key) {
    while (from < to) {
        int mid = (from + to) >>> 1;
        if (a[mid] < key) {
            from = mid + 1;
        } else {
            to = mid;
        }
    }
    return from;
}
// end

// helper upperBound(int[])
static int upperBound(int[] a, int from, int to, int key) {
    while (from < to) {
        int mid = (from + to) >>> 1;
        if (a[mid] <= key) {
            from = mid + 1;
        } else {
            to = mid;
        }
    }
    return from;
}
// end

// helper lowerBound(long[])
static int lowerBound(long[] a, int from, int to, long key) {
    while (from < to) {
        int mid = (from + to) >>> 1;
        if (a[mid] < key) {
            from = mid + 1;
        } else {
            to = mid;
        }
    }
    return from;
}
// end

// helper upperBound(long[])
static int upperBound(long[] a, int from, int to, long key) {
    while (from < to) {
        int mid = (from + to) >>> 1;
        if (a[mid] <= key) {
            from = mid + 1;
        } else {
            to = mid;
        }
    }
    return from;
}
// end

// helper lowerBound(List<Integer>)
static int lowerBound(List<Integer> a, int from, int to, int key) {
    while (from < to) {
        int mid = (from + to) >>> 1;
        if (a.get(mid) < key) {
            from = mid + 1;
        } else {
            to = mid;
        }
    }
    return from;
}
// end

// helper upperBound(List<Integer>)
static int upperBound(List<Integer> a, int from, int to, int key) {
    while (from < to) {
        int mid = (from + to) >>> 1;
        if (a.get(mid) <= key) {
            from = mid + 1;
        } else {
            to = mid;
        }
    }
    return from;
}
// end

// helper lowerBound(List<Long>)
static int lowerBound(List<Long> a, int from, int to, long key) {
    while (from < to) {
        int mid = (from + to) >>> 1;
        if (a.get(mid) < key) {
            from = mid + 1;
        } else {
            to = mid;
        }
    }
    return from;
}
// end

// helper upperBound(List<Long>)
static int upperBound(List<Long> a, int from, int to, long key) {
    while (from < to) {
        int mid = (from + to) >>> 1;
        if (a.get(mid) <= key) {
            from = mid + 1;
        } else {
            to = mid;
        }
    }
    return from;
}
// end

// helper cFormat
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
// end

// helper pythonText
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
// end

// helper readToken
// Standard input as the source read it: tokens separated by whitespace, and lines, from one
// stream (ASCII); at the end of input the program stops with NoSuchElementException.
static final java.io.PushbackInputStream STDIN = new java.io.PushbackInputStream(new java.io.BufferedInputStream(System.in, 1 << 16), 1);

static int readByte() {
    try {
        return STDIN.read();
    } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
    }
}

static void unreadByte(int c) {
    try {
        if (c != -1) STDIN.unread(c);
    } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
    }
}

static int skipSpaces() {
    int c = readByte();
    while (c != -1 && Character.isWhitespace(c)) c = readByte();
    return c;
}

static String readToken() {
    int c = skipSpaces();
    if (c == -1) throw new java.util.NoSuchElementException("no more input");
    StringBuilder token = new StringBuilder();
    while (c != -1 && !Character.isWhitespace(c)) {
        token.append((char) c);
        c = readByte();
    }
    unreadByte(c);
    return token.toString();
}

static char readChar() {
    int c = skipSpaces();
    if (c == -1) throw new java.util.NoSuchElementException("no more input");
    return (char) c;
}

static String readLine() {
    int c = readByte();
    if (c == -1) throw new java.util.NoSuchElementException("no more input");
    StringBuilder line = new StringBuilder();
    while (c != -1 && c != '\n') {
        line.append((char) c);
        c = readByte();
    }
    return line.toString();
}

static boolean hasToken() {
    int c = skipSpaces();
    unreadByte(c);
    return c != -1;
}
// end

// helper pyIndex
static int pyIndex(int index, int length) {
    // a Python index: one below zero counts from the end (a[-1] is the last element)
    return index < 0 ? index + length : index;
}
// end
// helper bigFloorDiv
static java.math.BigInteger bigFloorDiv(java.math.BigInteger a, java.math.BigInteger b) {
    // Python's a // b of big integers: the quotient rounded toward minus infinity (divide truncates)
    java.math.BigInteger[] qr = a.divideAndRemainder(b);
    return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(java.math.BigInteger.ONE) : qr[0];
}
// end

// helper bigFloorMod
static java.math.BigInteger bigFloorMod(java.math.BigInteger a, java.math.BigInteger b) {
    // Python's a % b of big integers: the sign of the divisor (mod wants b > 0, remainder a's sign)
    java.math.BigInteger r = a.remainder(b);
    return r.signum() != 0 && r.signum() != b.signum() ? r.add(b) : r;
}
// end
// helper bigTrueDiv
static double bigTrueDiv(java.math.BigInteger a, java.math.BigInteger b) {
    // Python's a / b (and float(a)) of ints: the exact quotient rounded once to the nearest
    // double, ties to even; an error where no double holds it
    if (b.signum() == 0) throw new ArithmeticException("division by zero");
    if (a.signum() == 0) return 0.0;
    java.math.BigInteger x = a.abs(), y = b.abs();
    int shift = y.bitLength() - x.bitLength() + 55;
    java.math.BigInteger[] qr = shift >= 0 ? x.shiftLeft(shift).divideAndRemainder(y) : x.divideAndRemainder(y.shiftLeft(-shift));
    long q = qr[0].longValue();  // 55 or 56 bits
    int extra = (q >>> 55) != 0 ? 3 : 2;
    long low = q & ((1L << extra) - 1), half = 1L << (extra - 1);
    q >>>= extra;
    if (low > half || (low == half && (qr[1].signum() != 0 || (q & 1) != 0))) q++;
    double result = Math.scalb((double) q, extra - shift);
    if (Double.isInfinite(result)) throw new ArithmeticException("integer division result too large for a float");
    return a.signum() != b.signum() ? -result : result;
}
// end
}
