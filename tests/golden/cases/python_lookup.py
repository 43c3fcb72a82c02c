from typing import Dict

def lookup(d: Dict[str, int], key: str) -> int:
    return d.get(key, -1)
