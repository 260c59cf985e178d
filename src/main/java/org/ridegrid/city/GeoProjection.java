package org.ridegrid.city;

/**
 * Equirectangular projection of latitude and longitude to miles east and north of a reference
 * point, turned by an orientation angle. A degree of latitude is {@link #MILES_PER_DEGREE} miles,
 * and a degree of longitude that times the cosine of the mean of the point's and the reference's
 * latitudes. Over a city of 10 to 20 miles the distance error is well under 1 %.
 */
public final class GeoProjection {
    /** Mean Earth radius of 3,958.8 miles (IUGG mean radius, 6,371.0 km) times pi / 180. */
    public static final double MILES_PER_DEGREE = 3958.8 * Math.PI / 180.0;

    private final double referenceLatitude;
    private final double referenceLongitude;
    private final double cos;
    private final double sin;

    /**
     * @param referenceLatitude latitude of the point that maps to (0, 0), in degrees north
     * @param referenceLongitude longitude of that point, in degrees east (negative in the Americas)
     * @param orientationDegrees angle from east to the grid's x axis, counterclockwise; 0 puts x
     *     east and y north
     */
    public GeoProjection(double referenceLatitude, double referenceLongitude, double orientationDegrees) {
        if (!(Math.abs(referenceLatitude) < 90) || !(Math.abs(referenceLongitude) <= 180)) {
            throw new IllegalArgumentException("reference point " + referenceLatitude + ", " + referenceLongitude
                    + " is not a latitude below 90 and a longitude from -180 to 180");
        }
        this.referenceLatitude = referenceLatitude;
        this.referenceLongitude = referenceLongitude;
        double radians = Math.toRadians(orientationDegrees);
        this.cos = Math.cos(radians);
        this.sin = Math.sin(radians);
    }

    /** Returns the point's position along the grid's x and y axes, in miles from the reference point. */
    public double[] toMiles(double latitude, double longitude) {
        double meanLatitude = Math.toRadians((latitude + referenceLatitude) / 2.0);
        double east = (longitude - referenceLongitude) * MILES_PER_DEGREE * Math.cos(meanLatitude);
        double north = (latitude - referenceLatitude) * MILES_PER_DEGREE;
        return new double[] {east * cos + north * sin, -east * sin + north * cos};
    }
}
