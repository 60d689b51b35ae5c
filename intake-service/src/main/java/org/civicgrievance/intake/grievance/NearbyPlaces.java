package org.civicgrievance.intake.grievance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Distances between points residents give, for "the same place" within a few dozen metres, and the
 * coarse grid cells (0.001° a side, about 111 m by 95 m in southern China) an index finds them by.
 * The grid does not wrap at ±180° longitude: no city's hotline straddles it.
 */
final class NearbyPlaces {

    private static final double CELLS_PER_DEGREE = 1000;
    /** Cell numbers: latitude index times this, plus longitude index (longitude has at most 360,000). */
    private static final long LATITUDE_STRIDE = 1_000_000;

    private static final double EARTH_RADIUS_METRES = 6_371_000;
    private static final double METRES_PER_DEGREE_LATITUDE = 111_320;

    private NearbyPlaces() {
    }

    static double metresBetween(BigDecimal lat1, BigDecimal lon1, BigDecimal lat2, BigDecimal lon2) {
        double phi1 = Math.toRadians(lat1.doubleValue());
        double phi2 = Math.toRadians(lat2.doubleValue());
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2.doubleValue() - lon1.doubleValue());
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(h));
    }

    /** Degrees of latitude spanning the distance; a box for the index, refined by {@link #metresBetween}. */
    static double latitudeDegrees(double metres) {
        return metres / METRES_PER_DEGREE_LATITUDE;
    }

    static double longitudeDegrees(double metres, BigDecimal latitude) {
        double cos = Math.max(0.01, Math.cos(Math.toRadians(latitude.doubleValue())));
        return metres / (METRES_PER_DEGREE_LATITUDE * cos);
    }

    /** The grid cell of a point, or null without one. */
    static Long cell(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null || longitude == null) {
            return null;
        }
        return cellOf(latitude.doubleValue(), longitude.doubleValue());
    }

    /** Every cell a point within {@code metres} of this one can lie in (nine, near the equator and here). */
    static List<Long> cellsWithin(BigDecimal latitude, BigDecimal longitude, double metres) {
        double lat = latitude.doubleValue();
        double lon = longitude.doubleValue();
        double latSpan = latitudeDegrees(metres);
        double lonSpan = longitudeDegrees(metres, latitude);
        long south = index(lat - latSpan, 90);
        long north = index(lat + latSpan, 90);
        long west = index(lon - lonSpan, 180);
        long east = index(lon + lonSpan, 180);
        List<Long> cells = new ArrayList<>();
        for (long row = south; row <= north; row++) {
            for (long column = west; column <= east; column++) {
                cells.add(row * LATITUDE_STRIDE + column);
            }
        }
        return cells;
    }

    private static long cellOf(double lat, double lon) {
        return index(lat, 90) * LATITUDE_STRIDE + index(lon, 180);
    }

    private static long index(double degrees, double offset) {
        return (long) Math.floor((degrees + offset) * CELLS_PER_DEGREE);
    }
}
