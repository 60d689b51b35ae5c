package org.civicgrievance.intake.grievance;

import java.math.BigDecimal;

/** Distances between points residents give, for "the same place" within a few dozen metres. */
final class NearbyPlaces {

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
}
