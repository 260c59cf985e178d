package org.ridegrid.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void formatWholeNumber() {
        assertEquals("1234567", Numbers.format(1234567.0, 2));
        assertEquals("0", Numbers.format(0.0, 3));
        assertEquals("100", Numbers.format(100.0, 6));
    }

    @Test
    void formatNoExponent() {
        assertEquals("0.000001", Numbers.format(1e-6, 6));
        assertEquals("1000000000000000", Numbers.format(1e15, 0));
        assertEquals("12345678.5", Numbers.format(1.23456785e7, 1));
    }

    @Test
    void formatStripsTrailingZeros() {
        assertEquals("12.5", Numbers.format(12.5, 3));
        assertEquals("1.1", Numbers.format(1.10, 2));
        assertEquals("0.05", Numbers.format(0.05, 6));
        assertEquals("3", Numbers.format(2.9999999, 3));
    }

    @Test
    void formatKeepsLeadingFractionZeros() {
        assertEquals("4.007", Numbers.format(4.007, 3));
        assertEquals("0.0001", Numbers.format(0.0001, 4));
    }

    @Test
    void formatNegatives() {
        assertEquals("-3.75", Numbers.format(-3.75, 2));
        assertEquals("-42", Numbers.format(-42.0, 1));
    }

    @Test
    void formatNegativeRoundingToZero() {
        assertEquals("0", Numbers.format(-0.0001, 2));
        assertEquals("0", Numbers.format(-0.0, 2));
    }

    @Test
    void formatRoundsHalfAwayFromZero() {
        // Halves that a double represents exactly.
        assertEquals("3", Numbers.format(2.5, 0));
        assertEquals("-3", Numbers.format(-2.5, 0));
        assertEquals("0.13", Numbers.format(0.125, 2));
        assertEquals("-0.13", Numbers.format(-0.125, 2));
    }

    @Test
    void formatRoundsToDecimals() {
        assertEquals("0.3", Numbers.format(0.1 + 0.2, 6));
        assertEquals("3.142", Numbers.format(Math.PI, 3));
        assertEquals("2.718282", Numbers.format(Math.E, 6));
        assertEquals("-1.67", Numbers.format(-5.0 / 3.0, 2));
    }

    @Test
    void formatNonFiniteEmpty() {
        assertEquals("", Numbers.format(Double.NaN, 2));
        assertEquals("", Numbers.format(Double.POSITIVE_INFINITY, 2));
        assertEquals("", Numbers.format(Double.NEGATIVE_INFINITY, 2));
    }

    @Test
    void formatLargeValue() {
        assertEquals("10000000000000", Numbers.format(1e13, 6));
        assertEquals("-20000000000000000000", Numbers.format(-2e19, 0));
    }

    @Test
    void roundPositive() {
        assertEquals(2.13, Numbers.round(2.125, 2));
        assertEquals(3.0, Numbers.round(2.5, 0));
        assertEquals(3.142, Numbers.round(Math.PI, 3));
    }

    @Test
    void roundNonFiniteUnchanged() {
        assertEquals(Double.NaN, Numbers.round(Double.NaN, 2));
        assertEquals(Double.POSITIVE_INFINITY, Numbers.round(Double.POSITIVE_INFINITY, 2));
    }

    @Test
    void roundNegativeHalfAwayFromZero() {
        assertEquals(-3.0, Numbers.round(-2.5, 0));
        assertEquals(-2.13, Numbers.round(-2.125, 2));
    }
}
