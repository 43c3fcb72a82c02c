def trunc_div(a, b):
    """Integer division rounding toward zero, as in C++ and Java."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def trunc_mod(a, b):
    """Remainder with the sign of the dividend, as in C++ and Java."""
    return a - b * trunc_div(a, b)


def customId(gmtOffset):
    sign = '\0'
    offset = int(gmtOffset / 1000)
    if offset >= 0:
        sign = '+'
    else:
        sign = '-'
        offset = -offset
    hh = int(offset / 3600)
    mm = int(trunc_mod(offset, 3600) / 60)
    ss = trunc_mod(offset, 60)
    buf = ['G', 'M', 'T', sign, '0', '0', ':', '0', '0']
    if hh >= 10:
        buf[4] = chr(ord(buf[4]) + int(hh / 10))
    buf[5] = chr(ord(buf[5]) + trunc_mod(hh, 10))
    if mm != 0:
        buf[7] = chr(ord(buf[7]) + int(mm / 10))
        buf[8] = chr(ord(buf[8]) + trunc_mod(mm, 10))
    id = "".join(buf)
    if ss != 0:
        buf[7] = chr(ord('0') + int(ss / 10))
        buf[8] = chr(ord('0') + trunc_mod(ss, 10))
        id += "".join(buf)[6:6 + 3]
    return id
