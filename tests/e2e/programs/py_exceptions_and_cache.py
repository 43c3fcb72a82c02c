"""A user exception class deriving from a standard one, and a memoised recursive function, in a
whole program (python/frontend/user_exceptions.py and memo.py)."""

from functools import lru_cache


class OutOfStock(LookupError):
    """Nothing left of an item."""


class Refused(ValueError):
    pass


@lru_cache(maxsize=None)  # noqa: UP033 (the program shows lru_cache, which the engine memoises too)
def ways(amount: int, largest: int) -> int:
    # coin change over 1..largest: exponential without the cache
    if amount == 0:
        return 1
    if amount < 0 or largest == 0:
        return 0
    return ways(amount - largest, largest) + ways(amount, largest - 1)


def take(stock: int, wanted: int) -> int:
    if wanted <= 0:
        raise Refused("nothing wanted")
    if wanted > stock:
        raise OutOfStock("only " + str(stock) + " left")
    return stock - wanted


if __name__ == "__main__":
    stock = 10
    for wanted in [3, 0, 9, 4, 5]:
        try:
            stock = take(stock, wanted)
            print("took", wanted, "left", stock)
        except ValueError:
            print("refused", wanted)
        except LookupError:
            print("out of stock for", wanted)
    print(ways(200, 40), ways(120, 120) % 1000000007)
