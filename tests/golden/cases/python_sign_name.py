def sign_name(x):
    if x > 0:
        return 1
    return "negative"
