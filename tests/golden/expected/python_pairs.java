import java.util.AbstractMap;
import java.util.Arrays;

public class MinMax {
    static AbstractMap.SimpleEntry<Integer, Integer> min_max(int[] values) {
        if (values.length == 0) {
            return new AbstractMap.SimpleEntry<>(0, 0);
        }
        return new AbstractMap.SimpleEntry<>(Arrays.stream(values).min().getAsInt(), Arrays.stream(values).max().getAsInt());
    }

    static long spread(int[] values) {
        int high = 0;
        int low = 0;
        AbstractMap.SimpleEntry<Integer, Integer> pair = min_max(values);
        low = pair.getKey();
        high = pair.getValue();
        AbstractMap.SimpleEntry<Integer, Integer> p = min_max(values);
        return ((long) high - low) * 10 + p.getKey();
    }
}
