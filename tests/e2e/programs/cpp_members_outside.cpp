// Classes declared in the file with their members defined outside the class body:
// constructors with initializer lists, const methods, a static field, a destructor declaration.
#include <iostream>
#include <string>
using namespace std;

class Account {
public:
    Account(const string& owner, int balance);
    ~Account();
    bool withdraw(int amount);
    int balance() const;
    string owner() const;
    static int opened;

private:
    string owner_;
    int balance_;
};

int Account::opened = 0;

Account::Account(const string& owner, int balance) : owner_(owner), balance_(balance) {
    opened++;
}

Account::~Account() {}

bool Account::withdraw(int amount) {
    if (amount > balance_) {
        return false;
    }
    balance_ -= amount;
    return true;
}

int Account::balance() const {
    return balance_;
}

string Account::owner() const {
    return owner_;
}

struct Point {
    Point(int x, int y);
    int manhattan() const;
    int x, y;
};

Point::Point(int x, int y) : x(x), y(y) {}

int Point::manhattan() const {
    return (x < 0 ? -x : x) + (y < 0 ? -y : y);
}

int main() {
    Account a("ada", 100);
    Account b("bob", 20);
    cout << a.withdraw(30) << " " << b.withdraw(30) << endl;
    cout << a.owner() << " " << a.balance() << " " << b.owner() << " " << b.balance() << endl;
    cout << Account::opened << endl;
    Point p(3, -4);
    cout << p.manhattan() << endl;
    return 0;
}
