# Python classes (issue 14): a static counter, a list field, @staticmethod, super().__init__, aliasing.
class Account:
    count = 0
    RATE = 0.5

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history: list[int] = []
        Account.count += 1

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history.append(-amount)
        return True

    def interest(self):
        return self.balance * Account.RATE / 100

    @staticmethod
    def describe(a):
        return a.owner + ": " + str(a.balance)

    def __str__(self):
        return f"Account({self.owner}, {self.balance})"


class Savings(Account):
    def __init__(self, owner, balance, limit):
        super().__init__(owner, balance)
        self.limit = limit

    def can_take(self, amount):
        return amount <= self.limit and amount <= self.balance


class Stack:
    def __init__(self):
        self.items: list[int] = []

    def push(self, value):
        self.items.append(value)

    def pop(self):
        return self.items.pop()

    def peek(self):
        return self.items[-1]

    def is_empty(self):
        return len(self.items) == 0

    def size(self):
        return len(self.items)


def total(x, y):
    return x.balance + y.balance


if __name__ == "__main__":
    a = Account("ann", 100)
    b = Account("bob", 50)
    a.deposit(25)
    print(a.withdraw(500), b.withdraw(20))
    print(a, b, Account.count, total(a, b))
    print(Account.describe(b), a.interest())
    print(len(a.history), a.history[0])
    s = Savings("sue", 300, 40)
    print(s.can_take(30), s.can_take(50), s.balance)
    s.deposit(5)
    print(s, Account.count)
    c = a
    c.deposit(1)
    print(a.balance, c is a)
    st = Stack()
    for i in range(5):
        st.push(i * i)
    print(st.pop(), st.peek(), st.size(), st.is_empty())
    while not st.is_empty():
        st.pop()
    print(st.is_empty())
