// Each group returns before its break; the default throws: nothing falls off the switch, so
// Java must get no return after it (that return would be unreachable, a compile error).
#include <stdexcept>

int channels_of(int format) {
    switch (format) {
    case 0:
        return 1;
        break;
    case 1:
        return 3;
        break;
    case 2:
        return 4;
        break;
    default:
        throw std::invalid_argument("unknown format");
    }
}
