class ParseError(ValueError):
    """The input is not a number."""


class EmptyInput(ParseError):
    pass


class TooLong(ArithmeticError):
    ...


def parse_number(s: str, limit: int) -> int:
    if not s:
        raise EmptyInput
    if len(s) > limit:
        raise TooLong("more than " + str(limit) + " digits")
    total = 0
    for ch in s:
        if ch < "0" or ch > "9":
            raise ParseError("not a digit: " + ch)
        total = total * 10 + (ord(ch) - ord("0"))
    return total


def checked_sum(a: str, b: str) -> int:
    # user exception classes: caught by the standard exceptions they derive from
    total = 0
    for s in (a, b):
        try:
            total += parse_number(s, 6)
        except ValueError:
            total += 1000000
        except ArithmeticError:
            total += 2000000
    return total
