from typing import Optional


def shorter_word(a: str, b: str, limit: int) -> Optional[str]:
    best = None
    for w in (a, b):
        if len(w) > limit:
            continue
        if best is None or len(w) < len(best):
            best = w
    return best
