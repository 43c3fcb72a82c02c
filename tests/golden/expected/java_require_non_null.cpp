#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

using namespace std;

int checkLength(const optional<vector<int>>& array, int length) {
    if (length <= 0) {
        return 0;
    }
    if (!array.has_value()) {
        throw invalid_argument("");
    }
    if (!array.has_value()) {
        throw invalid_argument("array");
    }
    if (length > (int) (*array).size()) {
        throw out_of_range("Array index out of range: " + to_string(length - 1));
    }
    return (*array)[length - 1];
}
