import java.util.ArrayList;
import java.util.List;

public class Tidy {
    static String tidy(String line) {
        int total = 0;
        List<String> parts = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < line.length()) {
            if (Character.isWhitespace(line.charAt(i)) || ((int) line.charAt(i) >= 28 && (int) line.charAt(i) <= 31) || (int) line.charAt(i) == 133 || (int) line.charAt(i) == 160 || (int) line.charAt(i) == 8199 || (int) line.charAt(i) == 8239) {
                if (start < i) {
                    parts.add(line.substring(start, i));
                }
                i += 1;
                start = i;
            } else {
                i += 1;
            }
        }
        if (start < i) {
            parts.add(line.substring(start, i));
        }
        for (String word : parts) {
            if ((word.length() >= 2 && word.substring(0, 2).equals("ab")) || (word.length() >= 1 && word.substring(word.length() - 1).equals("z"))) {
                total += 100;
            }
            total += word.length();
        }
        int begin = 0;
        int end = line.length();
        while (begin < end && (Character.isWhitespace(line.charAt(begin)) || ((int) line.charAt(begin) >= 28 && (int) line.charAt(begin) <= 31) || (int) line.charAt(begin) == 133 || (int) line.charAt(begin) == 160 || (int) line.charAt(begin) == 8199 || (int) line.charAt(begin) == 8239)) {
            begin += 1;
        }
        while (end > begin && (Character.isWhitespace(line.charAt(end - 1)) || ((int) line.charAt(end - 1) >= 28 && (int) line.charAt(end - 1) <= 31) || (int) line.charAt(end - 1) == 133 || (int) line.charAt(end - 1) == 160 || (int) line.charAt(end - 1) == 8199 || (int) line.charAt(end - 1) == 8239)) {
            end -= 1;
        }
        String text = line.substring(begin, end);
        String replaced = "";
        int i1 = 0;
        while (i1 < text.length()) {
            if (i1 + 2 <= text.length() && text.substring(i1, i1 + 2).equals("ab")) {
                replaced += "-";
                i1 += 2;
            } else {
                replaced += text.charAt(i1);
                i1 += 1;
            }
        }
        String replaced1 = "";
        int i2 = 0;
        while (i2 < replaced.length()) {
            if (i2 + 1 <= replaced.length() && replaced.substring(i2, i2 + 1).equals(" ")) {
                replaced1 += "";
                i2 += 1;
            } else {
                replaced1 += replaced.charAt(i2);
                i2 += 1;
            }
        }
        String cleaned = replaced1;
        List<String> parts1 = new ArrayList<>();
        int start1 = 0;
        int i3 = 0;
        while (i3 + 1 <= cleaned.length()) {
            if (cleaned.substring(i3, i3 + 1).equals(",")) {
                parts1.add(cleaned.substring(start1, i3));
                i3 += 1;
                start1 = i3;
            } else {
                i3 += 1;
            }
        }
        parts1.add(cleaned.substring(start1));
        List<String> fields = parts1;
        String text1 = fields.get(fields.size() - 1);
        int begin1 = 0;
        int end1 = text1.length();
        while (end1 > begin1 && (text1.charAt(end1 - 1) == 'x' || text1.charAt(end1 - 1) == '-')) {
            end1 -= 1;
        }
        int begin2 = 0;
        int end2 = line.length();
        while (begin2 < end2 && (Character.isWhitespace(line.charAt(begin2)) || ((int) line.charAt(begin2) >= 28 && (int) line.charAt(begin2) <= 31) || (int) line.charAt(begin2) == 133 || (int) line.charAt(begin2) == 160 || (int) line.charAt(begin2) == 8199 || (int) line.charAt(begin2) == 8239)) {
            begin2 += 1;
        }
        return String.valueOf(total) + '|' + cleaned + '|' + String.valueOf(fields.size()) + '|' + text1.substring(begin1, end1) + '|' + line.substring(begin2, end2);
    }
}
