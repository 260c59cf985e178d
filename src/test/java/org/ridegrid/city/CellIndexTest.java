package org.ridegrid.city;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CellIndexTest {
    private static final class Item extends CellEntry {
        private final String name;

        Item(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final Item a = new Item("a");
    private final Item b = new Item("b");
    private final Item c = new Item("c");

    /** Returns the names of the entries of one cell, in index order. */
    private static List<String> namesIn(CellIndex<Item> index, int cell) {
        List<String> names = new ArrayList<>();
        for (Item item = index.first(cell); item != null; item = index.next(item)) {
            names.add(item.name);
        }
        return names;
    }

    /** Returns an index of 10 cells with a, b, c added to cell 4 in that order. */
    private CellIndex<Item> bucketOfThree() {
        CellIndex<Item> index = new CellIndex<>(10);
        index.add(a, 4);
        index.add(b, 4);
        index.add(c, 4);
        return index;
    }

    @Test
    void addCountsAndSize() {
        CellIndex<Item> index = new CellIndex<>(10);
        index.add(a, 4);
        index.add(b, 4);
        index.add(c, 7);

        assertEquals(2, index.count(4));
        assertEquals(1, index.count(7));
        assertEquals(0, index.count(0));
        assertEquals(3, index.size());
        assertEquals(4, a.indexedCell());
        assertTrue(c.isIndexed());
    }

    @Test
    void emptyCellHasNoFirst() {
        CellIndex<Item> index = new CellIndex<>(10);

        assertNull(index.first(3));
        assertEquals(0, index.size());
    }

    @Test
    void bucketListsEveryEntry() {
        assertEquals(List.of("c", "b", "a"), namesIn(bucketOfThree(), 4));
    }

    @Test
    void removeHead() {
        CellIndex<Item> index = bucketOfThree();
        index.remove(c);

        assertEquals(List.of("b", "a"), namesIn(index, 4));
        assertEquals(2, index.count(4));
        assertEquals(2, index.size());
        assertFalse(c.isIndexed());
        assertEquals(-1, c.indexedCell());
    }

    @Test
    void removeMiddle() {
        CellIndex<Item> index = bucketOfThree();
        index.remove(b);

        assertEquals(List.of("c", "a"), namesIn(index, 4));
        assertEquals(2, index.count(4));
        assertFalse(b.isIndexed());
    }

    @Test
    void removeTail() {
        CellIndex<Item> index = bucketOfThree();
        index.remove(a);

        assertEquals(List.of("c", "b"), namesIn(index, 4));
        assertEquals(2, index.count(4));
        assertFalse(a.isIndexed());
    }

    @Test
    void removeAllEmptiesCell() {
        CellIndex<Item> index = bucketOfThree();
        index.remove(b);
        index.remove(c);
        index.remove(a);

        assertNull(index.first(4));
        assertEquals(0, index.count(4));
        assertEquals(0, index.size());
    }

    @Test
    void readdAfterRemove() {
        CellIndex<Item> index = bucketOfThree();
        index.remove(b);
        index.add(b, 9);

        assertEquals(List.of("b"), namesIn(index, 9));
        assertEquals(List.of("c", "a"), namesIn(index, 4));
        assertEquals(3, index.size());
    }

    @Test
    void addTwiceFails() {
        CellIndex<Item> index = new CellIndex<>(10);
        index.add(a, 2);

        assertThrows(IllegalStateException.class, () -> index.add(a, 5));
        assertEquals(1, index.size());
        assertEquals(2, a.indexedCell());
    }

    @Test
    void removeUnindexedFails() {
        CellIndex<Item> index = new CellIndex<>(10);
        index.add(a, 2);

        assertThrows(IllegalStateException.class, () -> index.remove(b));
        assertEquals(1, index.size());
    }

    @Test
    void removeTwiceFails() {
        CellIndex<Item> index = new CellIndex<>(10);
        index.add(a, 2);
        index.remove(a);

        assertThrows(IllegalStateException.class, () -> index.remove(a));
        assertEquals(0, index.size());
    }
}
