#include <string>
#include <vector>

using namespace std;

string customId(int gmtOffset) {
    char sign = '\0';
    int offset = gmtOffset / 1000;
    if (offset >= 0) {
        sign = '+';
    } else {
        sign = '-';
        offset = -offset;
    }
    int hh = offset / 3600;
    int mm = offset % 3600 / 60;
    int ss = offset % 60;
    vector<char> buf = {'G', 'M', 'T', sign, '0', '0', ':', '0', '0'};
    if (hh >= 10) {
        buf[4] += (char) (hh / 10);
    }
    buf[5] += (char) (hh % 10);
    if (mm != 0) {
        buf[7] += (char) (mm / 10);
        buf[8] += (char) (mm % 10);
    }
    string id = string(buf.begin(), buf.end());
    if (ss != 0) {
        buf[7] = (char) ('0' + ss / 10);
        buf[8] = (char) ('0' + ss % 10);
        id += string(buf.begin(), buf.end()).substr(6, 6 + 3 - 6);
    }
    return id;
}
