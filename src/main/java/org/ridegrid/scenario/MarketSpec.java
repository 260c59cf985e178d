package org.ridegrid.scenario;

/**
 * How a request chooses an operator: "shares" (drawn by market share), "lowest_price" (the lowest
 * quoted fare, surge included) or "lowest_wait" (the shortest pickup time of an available vehicle).
 */
public record MarketSpec(String assignment) {
}
