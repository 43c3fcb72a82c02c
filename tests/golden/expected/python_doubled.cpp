#include <string>

using namespace std;

int doubled(char text[]) {
    string text_string = text;
    int count = 0;
    for (int i = 0; i < (int) text_string.length() - 1; i++) {
        if (text_string[i] == text_string[i + 1]) {
            count += 1;
        }
    }
    return count;
}
