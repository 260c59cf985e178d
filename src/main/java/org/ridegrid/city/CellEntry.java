package org.ridegrid.city;

/**
 * Something that can sit in a {@link CellIndex}. The links live in the entry itself, so adding and
 * removing allocate nothing.
 */
public abstract class CellEntry {
    int indexedCell = -1;
    CellEntry previousInCell;
    CellEntry nextInCell;

    /** Returns the cell this entry is indexed under, or -1 when it is in no index. */
    public final int indexedCell() {
        return indexedCell;
    }

    public final boolean isIndexed() {
        return indexedCell >= 0;
    }
}
