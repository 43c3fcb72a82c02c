#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

using namespace std;

// A Python index: one below zero counts from the end (a[-1] is the last element).
inline long long py_index(long long index, long long length) { return index < 0 ? index + length : index; }

// A sign and a magnitude in base 2^32 limbs, least significant first, no leading zero limb (zero
// is no limb and not negative). + - * of two values or of a value and an int64, Python's floor //
// and %, comparisons, unary minus, << and >> (floor) by a count, & | ^ ~ (two's complement, as
// Python's), pow, abs, conversion from int64 and checked back (overflow_error), Python's correctly
// rounded true division and float() (true_div, to_double: overflow_error beyond the double range),
// to_string and operator<< print its decimal digits.
class BigInt {
    bool negative = false;
    vector<uint32_t> limbs;

    void trim() {
        while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
        if (limbs.empty()) negative = false;
    }
    static int compare_magnitude(const vector<uint32_t>& a, const vector<uint32_t>& b) {
        if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
        for (size_t i = a.size(); i-- > 0;) {
            if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
        }
        return 0;
    }
    static vector<uint32_t> add_magnitude(const vector<uint32_t>& a, const vector<uint32_t>& b) {
        vector<uint32_t> sum(max(a.size(), b.size()) + 1, 0);
        uint64_t carry = 0;
        for (size_t i = 0; i < sum.size(); i++) {
            uint64_t digit = carry + (i < a.size() ? a[i] : 0) + (i < b.size() ? b[i] : 0);
            sum[i] = (uint32_t) digit;
            carry = digit >> 32;
        }
        return sum;
    }
    static vector<uint32_t> subtract_magnitude(const vector<uint32_t>& a, const vector<uint32_t>& b) {
        // |a| >= |b|
        vector<uint32_t> difference(a.size(), 0);
        int64_t borrow = 0;
        for (size_t i = 0; i < a.size(); i++) {
            int64_t digit = (int64_t) a[i] - borrow - (i < b.size() ? (int64_t) b[i] : 0);
            borrow = digit < 0 ? 1 : 0;
            difference[i] = (uint32_t) (digit + (borrow << 32));
        }
        return difference;
    }
    static BigInt signed_sum(const BigInt& a, const BigInt& b, bool negate_b) {
        bool b_negative = negate_b ? !b.negative : b.negative;
        BigInt result;
        if (a.negative == b_negative) {
            result.limbs = add_magnitude(a.limbs, b.limbs);
            result.negative = a.negative;
        } else if (compare_magnitude(a.limbs, b.limbs) >= 0) {
            result.limbs = subtract_magnitude(a.limbs, b.limbs);
            result.negative = a.negative;
        } else {
            result.limbs = subtract_magnitude(b.limbs, a.limbs);
            result.negative = b_negative;
        }
        result.trim();
        return result;
    }
    static uint32_t divide_small(vector<uint32_t>& magnitude, uint32_t divisor) {
        uint64_t rest = 0;
        for (size_t i = magnitude.size(); i-- > 0;) {
            uint64_t current = (rest << 32) | magnitude[i];
            magnitude[i] = (uint32_t) (current / divisor);
            rest = current % divisor;
        }
        while (!magnitude.empty() && magnitude.back() == 0) magnitude.pop_back();
        return (uint32_t) rest;
    }
    static void truncated_division(const BigInt& a, const BigInt& b, BigInt& quotient, BigInt& rest) {
        if (b.limbs.empty()) throw domain_error("integer division or modulo by zero");
        quotient = BigInt();
        rest = BigInt();
        if (b.limbs.size() == 1) {
            quotient.limbs = a.limbs;
            rest = BigInt((long long) divide_small(quotient.limbs, b.limbs[0]));
        } else {
            // shift and subtract, one bit at a time from the top
            BigInt divisor = b.magnitude();
            quotient.limbs.assign(a.limbs.size(), 0);
            for (size_t bit = a.limbs.size() * 32; bit-- > 0;) {
                rest = rest.shifted_left(1);
                if ((a.limbs[bit / 32] >> (bit % 32)) & 1) rest = rest + BigInt(1);
                if (compare_magnitude(rest.limbs, divisor.limbs) >= 0) {
                    rest = rest - divisor;
                    quotient.limbs[bit / 32] |= 1u << (bit % 32);
                }
            }
        }
        quotient.negative = a.negative != b.negative;
        quotient.trim();
        rest.negative = a.negative;
        rest.trim();
    }
    vector<uint32_t> twos(size_t size) const {
        // the two's complement of the value in `size` limbs (Python's bitwise view of an int)
        vector<uint32_t> bits = limbs;
        bits.resize(size, 0);
        if (negative) {
            uint64_t carry = 1;
            for (uint32_t& limb : bits) {
                uint64_t flipped = (uint64_t) (uint32_t) ~limb + carry;
                limb = (uint32_t) flipped;
                carry = flipped >> 32;
            }
        }
        return bits;
    }
    static BigInt from_twos(vector<uint32_t> bits) {
        BigInt result;
        result.negative = !bits.empty() && (bits.back() >> 31) != 0;
        if (result.negative) {
            uint64_t carry = 1;
            for (uint32_t& limb : bits) {
                uint64_t flipped = (uint64_t) (uint32_t) ~limb + carry;
                limb = (uint32_t) flipped;
                carry = flipped >> 32;
            }
        }
        result.limbs = bits;
        result.trim();
        return result;
    }
    template <typename Op>
    static BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
        size_t size = max(a.limbs.size(), b.limbs.size()) + 1;
        vector<uint32_t> x = a.twos(size), y = b.twos(size);
        for (size_t i = 0; i < size; i++) x[i] = op(x[i], y[i]);
        return from_twos(x);
    }
    size_t bit_length() const {
        if (limbs.empty()) return 0;
        size_t bits = (limbs.size() - 1) * 32;
        for (uint32_t top = limbs.back(); top != 0; top >>= 1) bits++;
        return bits;
    }
    BigInt magnitude() const {
        BigInt result = *this;
        result.negative = false;
        return result;
    }
    BigInt shifted_left(long long count) const {
        BigInt result;
        size_t whole = (size_t) (count / 32), part = (size_t) (count % 32);
        result.limbs.assign(limbs.size() + whole + 1, 0);
        for (size_t i = 0; i < limbs.size(); i++) {
            uint64_t moved = (uint64_t) limbs[i] << part;
            result.limbs[i + whole] |= (uint32_t) moved;
            result.limbs[i + whole + 1] |= (uint32_t) (moved >> 32);
        }
        result.negative = negative;
        result.trim();
        return result;
    }

public:
    BigInt() {}
    BigInt(long long value) {
        negative = value < 0;
        uint64_t magnitude = negative ? 0 - (uint64_t) value : (uint64_t) value;
        while (magnitude != 0) {
            limbs.push_back((uint32_t) magnitude);
            magnitude >>= 32;
        }
    }
    explicit BigInt(const string& digits) {
        size_t start = digits[0] == '-' ? 1 : 0;
        for (size_t i = start; i < digits.size(); i++) {
            *this = *this * BigInt(10) + BigInt((long long) (digits[i] - '0'));
        }
        negative = start == 1 && !limbs.empty();
    }
    static BigInt floor_div(const BigInt& a, const BigInt& b) {
        BigInt quotient, rest;
        truncated_division(a, b, quotient, rest);
        if (!rest.limbs.empty() && rest.negative != b.negative) quotient = quotient - BigInt(1);
        return quotient;
    }
    static BigInt floor_mod(const BigInt& a, const BigInt& b) {
        BigInt quotient, rest;
        truncated_division(a, b, quotient, rest);
        if (!rest.limbs.empty() && rest.negative != b.negative) rest = rest + b;
        return rest;
    }
    static BigInt pow(BigInt base, long long exponent) {
        if (exponent < 0) throw domain_error("negative exponent of an integer power");
        BigInt result(1);
        while (exponent > 0) {
            if (exponent & 1) result = result * base;
            exponent >>= 1;
            if (exponent > 0) base = base * base;
        }
        return result;
    }
    static double true_div(const BigInt& a, const BigInt& b) {
        // Python's a / b of ints: the exact quotient rounded once to the nearest double (ties to even)
        if (b.limbs.empty()) throw domain_error("division by zero");
        if (a.limbs.empty()) return 0.0;
        BigInt x = a.magnitude(), y = b.magnitude();
        long long shift = (long long) y.bit_length() - (long long) x.bit_length() + 55;
        BigInt quotient, rest;
        if (shift >= 0) truncated_division(x << shift, y, quotient, rest);
        else truncated_division(x, y << -shift, quotient, rest);
        uint64_t q = (uint64_t) quotient.to_int64();  // 55 or 56 bits
        int extra = q >> 55 ? 3 : 2;
        uint64_t low = q & ((1u << extra) - 1), half = 1u << (extra - 1);
        q >>= extra;
        if (low > half || (low == half && (!rest.limbs.empty() || (q & 1)))) q++;
        double result = ldexp((double) q, (int) (extra - shift));
        if (isinf(result)) throw overflow_error("integer division result too large for a float");
        return a.negative != b.negative ? -result : result;
    }
    double to_double() const { return true_div(*this, BigInt(1)); }
    friend BigInt abs(const BigInt& a) { return a.magnitude(); }
    friend BigInt operator&(const BigInt& a, const BigInt& b) {
        return bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; });
    }
    friend BigInt operator|(const BigInt& a, const BigInt& b) {
        return bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; });
    }
    friend BigInt operator^(const BigInt& a, const BigInt& b) {
        return bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; });
    }
    friend BigInt operator~(const BigInt& a) { return -a - BigInt(1); }
    BigInt& operator&=(const BigInt& b) { return *this = *this & b; }
    BigInt& operator|=(const BigInt& b) { return *this = *this | b; }
    BigInt& operator^=(const BigInt& b) { return *this = *this ^ b; }
    long long to_int64() const {
        if (limbs.size() > 2) throw overflow_error("Python integer beyond 64 bits");
        uint64_t magnitude = 0;
        for (size_t i = limbs.size(); i-- > 0;) magnitude = (magnitude << 32) | limbs[i];
        if (negative ? magnitude > (uint64_t) 1 << 63 : magnitude >= (uint64_t) 1 << 63) {
            throw overflow_error("Python integer beyond 64 bits");
        }
        return negative ? (long long) (0 - magnitude) : (long long) magnitude;
    }
    int to_int32() const {
        long long value = to_int64();
        if (value < INT32_MIN || value > INT32_MAX) throw overflow_error("Python integer beyond 32 bits");
        return (int) value;
    }
    string str() const {
        if (limbs.empty()) return "0";
        vector<uint32_t> magnitude = limbs;
        string digits;
        while (!magnitude.empty()) {
            uint32_t chunk = divide_small(magnitude, 1000000000u);
            for (int i = 0; i < 9; i++) {
                digits += (char) ('0' + chunk % 10);
                chunk /= 10;
                if (magnitude.empty() && chunk == 0) break;
            }
        }
        while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
        if (negative) digits += '-';
        return string(digits.rbegin(), digits.rend());
    }
    friend BigInt operator+(const BigInt& a, const BigInt& b) { return signed_sum(a, b, false); }
    friend BigInt operator-(const BigInt& a, const BigInt& b) { return signed_sum(a, b, true); }
    friend BigInt operator*(const BigInt& a, const BigInt& b) {
        BigInt result;
        if (a.limbs.empty() || b.limbs.empty()) return result;
        result.limbs.assign(a.limbs.size() + b.limbs.size(), 0);
        for (size_t i = 0; i < a.limbs.size(); i++) {
            uint64_t carry = 0;
            for (size_t j = 0; j < b.limbs.size() || carry != 0; j++) {
                uint64_t current = result.limbs[i + j] + carry + (j < b.limbs.size() ? (uint64_t) a.limbs[i] * b.limbs[j] : 0);
                result.limbs[i + j] = (uint32_t) current;
                carry = current >> 32;
            }
        }
        result.negative = a.negative != b.negative;
        result.trim();
        return result;
    }
    friend BigInt operator-(const BigInt& a) {
        BigInt result = a;
        result.negative = !a.negative && !a.limbs.empty();
        return result;
    }
    friend BigInt operator<<(const BigInt& a, long long count) {
        if (count < 0) throw domain_error("negative shift count");
        return a.shifted_left(count);
    }
    friend BigInt operator>>(const BigInt& a, long long count) {
        if (count < 0) throw domain_error("negative shift count");
        return floor_div(a, BigInt(1).shifted_left(count));
    }
    BigInt& operator+=(const BigInt& b) { return *this = *this + b; }
    BigInt& operator-=(const BigInt& b) { return *this = *this - b; }
    BigInt& operator*=(const BigInt& b) { return *this = *this * b; }
    BigInt& operator<<=(long long count) { return *this = *this << count; }
    BigInt& operator>>=(long long count) { return *this = *this >> count; }
    friend int compare(const BigInt& a, const BigInt& b) {
        if (a.negative != b.negative) return a.negative ? -1 : 1;
        int magnitude = compare_magnitude(a.limbs, b.limbs);
        return a.negative ? -magnitude : magnitude;
    }
    friend bool operator==(const BigInt& a, const BigInt& b) { return compare(a, b) == 0; }
    friend bool operator!=(const BigInt& a, const BigInt& b) { return compare(a, b) != 0; }
    friend bool operator<(const BigInt& a, const BigInt& b) { return compare(a, b) < 0; }
    friend bool operator<=(const BigInt& a, const BigInt& b) { return compare(a, b) <= 0; }
    friend bool operator>(const BigInt& a, const BigInt& b) { return compare(a, b) > 0; }
    friend bool operator>=(const BigInt& a, const BigInt& b) { return compare(a, b) >= 0; }
    friend string to_string(const BigInt& a) { return a.str(); }
    friend ostream& operator<<(ostream& out, const BigInt& a) { return out << a.str(); }
};

BigInt catalan(int n) {
    vector<BigInt> c((int) max<long long>(0, (long long) n + 1), 0);
    c[0] = BigInt(1);
    for (int i = 1; i < n + 1; i++) {
        for (int j = 0; j < i; j++) {
            c[i] += c[j] * c[py_index(i - j - 1, (int) c.size())];
        }
    }
    return c[n];
}

BigInt fibonacci(long long n) {
    vector<BigInt> fib((int) max<long long>(0, n + 2), 0);
    fib[1] = BigInt(1);
    for (int i = 2; i < (int) (n + 1); i++) {
        fib[i] = fib[i - 1] + fib[i - 2];
    }
    return fib[py_index((int) n, (int) fib.size())];
}

BigInt catalan_and_fibonacci(int n) {
    return catalan(n) * 1000 + BigInt::floor_mod(fibonacci((long long) 3 * n + 30), BigInt(1000));
}
