import java.util.ArrayList;
import java.util.List;

public class Shuffle {
    static int shuffle(int n) {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            s.add(0, i);
        }
        s.remove((int) 0);
        int k = 1;
        int x = s.remove((int) k);
        boolean flag = false;
        flag = s.size() > 2;
        return x * 100 + s.size() * 10 + (flag ? 1 : 0);
    }
}
