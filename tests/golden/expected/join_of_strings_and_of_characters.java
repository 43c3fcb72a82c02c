import java.util.ArrayList;
import java.util.List;

public class Spell {
    static String spell(int n) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(String.valueOf(i * 11));
        }
        char[] letters = new char[] {'a', 'b', 'c'};
        letters[0] = 'z';
        boolean started = false;
        String joined = "";
        for (String item : parts) {
            if (started) {
                joined += "-";
            }
            started = true;
            joined += item;
        }
        boolean started1 = false;
        String joined1 = "";
        for (char item1 : letters) {
            if (started1) {
                joined1 += ", ";
            }
            started1 = true;
            joined1 += item1;
        }
        return joined + '|' + new String(letters) + '|' + joined1;
    }
}
