#define LIMIT 100
const int STEP = 7;

int clamp_step(int x) { return x + STEP > LIMIT ? LIMIT : x + STEP; }

int walk(int start) {
    int x = start, steps = 0;
    while (x < LIMIT) {
        x = clamp_step(x);
        steps++;
    }
    return steps * 1000 + x;
}
