# Each group returns before its break; the default throws: nothing falls off the switch, so
# Java must get no return after it (that return would be unreachable, a compile error).


def channels_of(format):
    if format == 0:
        return 1
    elif format == 1:
        return 3
    elif format == 2:
        return 4
    else:
        raise ValueError("unknown format")
