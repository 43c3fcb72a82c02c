// C++ enums: a scoped enum class in a switch and compared, and an unscoped enum's constants.
#include <iostream>
using namespace std;

enum class Move { ROCK, PAPER, SCISSORS };

int beats(Move a, Move b) {
    if (a == b) {
        return 0;
    }
    switch (a) {
        case Move::ROCK:
            return b == Move::SCISSORS ? 1 : -1;
        case Move::PAPER:
            return b == Move::ROCK ? 1 : -1;
        default:
            return b == Move::PAPER ? 1 : -1;
    }
}

int main() {
    Move moves[] = {Move::ROCK, Move::PAPER, Move::SCISSORS};
    int score = 0;
    for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
            int result = beats(moves[i], moves[j]);
            score += result * (i + 1);
            cout << result << (j == 2 ? "\n" : " ");
        }
    }
    cout << "score " << score << endl;
    return 0;
}
