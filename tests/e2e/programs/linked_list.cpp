// Objects on the heap: new, pointers, nullptr, ->, delete; a list reversed in place.
#include <iostream>
using namespace std;

struct Node {
    int value;
    Node* next;
    Node(int value, Node* next) : value(value), next(next) {}
};

class List {
    Node* head = nullptr;
    int size = 0;

  public:
    void pushFront(int value) {
        head = new Node(value, head);
        size++;
    }

    void reverse() {
        Node* previous = nullptr;
        Node* current = head;
        while (current != nullptr) {
            Node* following = current->next;
            current->next = previous;
            previous = current;
            current = following;
        }
        head = previous;
    }

    int sum() const {
        int total = 0;
        for (Node* n = head; n != nullptr; n = n->next) {
            total += n->value;
        }
        return total;
    }

    void print() const {
        for (Node* n = head; n != nullptr; n = n->next) {
            cout << n->value << (n->next == nullptr ? "\n" : " -> ");
        }
    }

    int length() const { return size; }

    void clear() {
        while (head != nullptr) {
            Node* rest = head->next;
            delete head;
            head = rest;
        }
        size = 0;
    }
};

int main() {
    List list;
    for (int i = 1; i <= 6; i++) {
        list.pushFront(i * 10 + i % 3);
    }
    list.print();
    list.reverse();
    list.print();
    cout << "sum " << list.sum() << " of " << list.length() << endl;
    list.clear();
    cout << "after clear " << list.sum() << " " << list.length() << endl;
    return 0;
}
