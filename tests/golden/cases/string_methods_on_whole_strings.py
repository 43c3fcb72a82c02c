def shout(word: str) -> str:
    if word.isdigit():
        return "num"
    return word.upper() + word[1:].lower() + ("y" if word.isalpha() else "n")
