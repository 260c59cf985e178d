package org.ridegrid.scenario;

/**
 * An operator's fare: base plus per mile plus per minute, never below the minimum fare. Trips shorter
 * than shortTripMiles are charged shortTripPerMile instead of perMile; trips longer than
 * longTripMiles are charged longTripPerMile. All amounts in US dollars.
 */
public record FareSpec(
        double base,
        double perMile,
        double perMinute,
        double minimum,
        double shortTripMiles,
        double shortTripPerMile,
        double longTripMiles,
        double longTripPerMile) {
}
