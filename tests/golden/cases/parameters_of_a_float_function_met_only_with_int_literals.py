def prism_volume(l, b, h):
    return (l * b * h) / 2 + 1
