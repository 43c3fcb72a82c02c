#include <optional>
#include <string>

using namespace std;

optional<string> shorter_word(const string& a, const string& b, int limit) {
    optional<string> best = nullopt;
    for (string w : {a, b}) {
        if ((int) w.length() > limit) {
            continue;
        }
        if (!best.has_value() || (int) w.length() < (int) (*best).length()) {
            best = w;
        }
    }
    return best;
}
