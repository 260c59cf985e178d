package org.ridegrid.city;

import org.ridegrid.scenario.AnchorSpec;
import org.ridegrid.scenario.CitySpec;

/**
 * Maps latitude and longitude to grid cells with an equirectangular projection around the grid's
 * anchor. East and north offsets in miles are the degree differences times the miles per degree,
 * with the longitude difference scaled by the cosine of the mean of the point's and the anchor's
 * latitudes. The offsets are then turned by the grid's rotation and divided by the cell size. The
 * anchor is the grid centre, at ({@code width / 2}, {@code height / 2}) in cell units, and +y is the
 * direction of the rotation's bearing (north at rotation 0).
 *
 * <p>NOTE: the projection treats the Earth as a sphere and the area as flat, so it suits grids of
 * city size. Distances far from the anchor, or near the poles, are distorted.
 */
public final class GeoProjection {
    /** Mean radius of the Earth, 6371.0088 km, in miles. */
    static final double EARTH_RADIUS_MILES = 6371.0088 / 1.609344;
    /** Miles per degree of latitude on that sphere, about 69.09. */
    public static final double MILES_PER_DEGREE = Math.PI / 180.0 * EARTH_RADIUS_MILES;

    /** Returned by {@link #cell} for a point outside the grid. */
    public static final int OUTSIDE = -1;

    private final double anchorLatitude;
    private final double anchorLongitude;
    private final double sinRotation;
    private final double cosRotation;
    private final double cellMiles;
    private final int width;
    private final int height;

    public GeoProjection(AnchorSpec anchor, double cellMiles, int width, int height) {
        this.anchorLatitude = anchor.latitude();
        this.anchorLongitude = anchor.longitude();
        double rotation = Math.toRadians(anchor.rotationDegrees());
        this.sinRotation = Math.sin(rotation);
        this.cosRotation = Math.cos(rotation);
        this.cellMiles = cellMiles;
        this.width = width;
        this.height = height;
    }

    /** Creates the projection of a city; its spec must have an anchor. */
    public static GeoProjection of(CitySpec city) {
        if (city.anchor() == null) {
            throw new IllegalArgumentException("the city has no anchor: set city.anchor to map coordinates to cells");
        }
        return new GeoProjection(city.anchor(), city.cellMiles(), city.widthCells(), city.heightCells());
    }

    /** Returns the point's grid x in cell units: 0 at the grid's left edge, {@code width} at its right edge. */
    public double gridX(double latitude, double longitude) {
        return width / 2.0 + (eastMiles(latitude, longitude) * cosRotation - northMiles(latitude) * sinRotation) / cellMiles;
    }

    /** Returns the point's grid y in cell units: 0 at the grid's bottom edge, {@code height} at its top edge. */
    public double gridY(double latitude, double longitude) {
        return height / 2.0 + (eastMiles(latitude, longitude) * sinRotation + northMiles(latitude) * cosRotation) / cellMiles;
    }

    /** Returns the number of the cell that contains the point, as {@code y * width + x}, or {@link #OUTSIDE}. */
    public int cell(double latitude, double longitude) {
        double x = Math.floor(gridX(latitude, longitude));
        double y = Math.floor(gridY(latitude, longitude));
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return OUTSIDE;
        }
        return (int) y * width + (int) x;
    }

    private double eastMiles(double latitude, double longitude) {
        double meanLatitude = Math.toRadians((latitude + anchorLatitude) / 2.0);
        // Take the short way round, so that points across the 180th meridian stay near the anchor.
        double degrees = Math.IEEEremainder(longitude - anchorLongitude, 360.0);
        return degrees * MILES_PER_DEGREE * Math.cos(meanLatitude);
    }

    private double northMiles(double latitude) {
        return (latitude - anchorLatitude) * MILES_PER_DEGREE;
    }
}
