package org.ridegrid.util;

import java.util.Arrays;

/** A first-in first-out queue of ints that grows as needed and boxes nothing. */
public final class IntQueue {
    private int[] items = new int[4];
    private int head;
    private int size;

    public void add(int value) {
        if (size == items.length) {
            int[] grown = new int[items.length * 2];
            for (int i = 0; i < size; i++) {
                grown[i] = items[(head + i) % items.length];
            }
            items = grown;
            head = 0;
        }
        items[(head + size) % items.length] = value;
        size++;
    }

    public int poll() {
        if (size == 0) {
            throw new IllegalStateException("queue is empty");
        }
        int value = items[head];
        head = (head + 1) % items.length;
        size--;
        return value;
    }

    public int get(int position) {
        return items[(head + position) % items.length];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public String toString() {
        int[] copy = new int[size];
        for (int i = 0; i < size; i++) {
            copy[i] = get(i);
        }
        return Arrays.toString(copy);
    }
}
