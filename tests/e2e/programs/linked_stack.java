// A linked stack of nodes: null ends, objects shared between variables, recursion over nodes.
public class LinkedStack {
    static class Node {
        int value;
        Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static class Stack {
        private Node top;
        private int size;

        void push(int value) {
            top = new Node(value, top);
            size++;
        }

        int pop() {
            int value = top.value;
            top = top.next;
            size--;
            return value;
        }

        boolean isEmpty() { return top == null; }

        int size() { return size; }

        int sum() { return sumFrom(top); }

        private static int sumFrom(Node node) {
            if (node == null) {
                return 0;
            }
            return node.value + sumFrom(node.next);
        }
    }

    public static void main(String[] args) {
        Stack stack = new Stack();
        for (int i = 1; i <= 5; i++) {
            stack.push(i * i);
        }
        Stack same = stack;
        same.push(100);
        System.out.println(stack.size() + " " + stack.sum());
        while (!stack.isEmpty()) {
            System.out.print(stack.pop() + " ");
        }
        System.out.println();
        System.out.println(same.isEmpty());
    }
}
