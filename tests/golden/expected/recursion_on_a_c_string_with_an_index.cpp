#include <string>

using namespace std;

int tail_length(char word[], int index) {
    string word_string = word;
    if (index >= (int) word_string.length()) {
        return 0;
    }
    return 1 + tail_length(word, index + 1);
}
