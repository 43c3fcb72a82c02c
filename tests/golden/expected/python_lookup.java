import java.util.Map;

public class Lookup {
    static int lookup(Map<String, Integer> d, String key) {
        return d.getOrDefault(key, -1);
    }
}
