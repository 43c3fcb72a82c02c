def count_paths(grid, n):
    seen = []
    limit = n * 2

    def walk(i, depth):
        if i >= n or depth > limit:
            return 0
        seen.append(i)
        return grid[i] + walk(i + 1, depth + 1)

    return walk(0, 0) * 100 + len(seen)
