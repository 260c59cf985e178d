package org.ridegrid.city;

/**
 * Entries bucketed by grid cell, for searches that walk outward from a cell ring by ring.
 * An entry is in at most one index at a time, since it has one set of links.
 */
public final class CellIndex<T extends CellEntry> {
    private final CellEntry[] heads;
    private final int[] counts;
    private int size;

    public CellIndex(int cellCount) {
        heads = new CellEntry[cellCount];
        counts = new int[cellCount];
    }

    public void add(T entry, int cell) {
        if (entry.indexedCell >= 0) {
            throw new IllegalStateException("entry is already indexed at cell " + entry.indexedCell);
        }
        entry.indexedCell = cell;
        entry.previousInCell = null;
        entry.nextInCell = heads[cell];
        if (heads[cell] != null) {
            heads[cell].previousInCell = entry;
        }
        heads[cell] = entry;
        counts[cell]++;
        size++;
    }

    public void remove(T entry) {
        int cell = entry.indexedCell;
        if (cell < 0) {
            throw new IllegalStateException("entry is not indexed");
        }
        if (entry.previousInCell != null) {
            entry.previousInCell.nextInCell = entry.nextInCell;
        } else {
            heads[cell] = entry.nextInCell;
        }
        if (entry.nextInCell != null) {
            entry.nextInCell.previousInCell = entry.previousInCell;
        }
        entry.previousInCell = null;
        entry.nextInCell = null;
        entry.indexedCell = -1;
        counts[cell]--;
        size--;
    }

    @SuppressWarnings("unchecked")
    public T first(int cell) {
        return (T) heads[cell];
    }

    @SuppressWarnings("unchecked")
    public T next(T entry) {
        return (T) entry.nextInCell;
    }

    public int count(int cell) {
        return counts[cell];
    }

    public int size() {
        return size;
    }
}
