// A class with private state, getters, a static registry and validation by return values.
import java.util.ArrayList;
import java.util.List;

public class Bank {
    static class Account {
        private final String owner;
        private long balance;
        private int operations = 0;
        static int opened = 0;

        Account(String owner, long initial) {
            this.owner = owner;
            this.balance = initial;
            opened++;
        }

        String getOwner() { return owner; }
        long getBalance() { return balance; }

        boolean withdraw(long amount) {
            if (amount <= 0 || amount > balance) {
                return false;
            }
            balance -= amount;
            operations++;
            return true;
        }

        void deposit(long amount) {
            balance += amount;
            operations++;
        }

        boolean transferTo(Account other, long amount) {
            if (other == this || !withdraw(amount)) {
                return false;
            }
            other.deposit(amount);
            return true;
        }

        public String toString() {
            return owner + ": " + balance + " (" + operations + " operations)";
        }
    }

    static long total(List<Account> accounts) {
        long sum = 0;
        for (Account a : accounts) {
            sum += a.getBalance();
        }
        return sum;
    }

    public static void main(String[] args) {
        List<Account> accounts = new ArrayList<>();
        Account ann = new Account("Ann", 100);
        Account bob = new Account("Bob", 50);
        accounts.add(ann);
        accounts.add(bob);
        System.out.println(ann.transferTo(bob, 30));
        System.out.println(ann.transferTo(bob, 300));
        System.out.println(bob.transferTo(bob, 1));
        System.out.println(bob.withdraw(-5));
        for (Account a : accounts) {
            System.out.println(a);
        }
        System.out.println("total " + total(accounts) + " in " + Account.opened + " accounts");
        double share = total(accounts) / 3.0;
        System.out.println(share);
    }
}
