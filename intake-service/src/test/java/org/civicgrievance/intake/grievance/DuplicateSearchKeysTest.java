package org.civicgrievance.intake.grievance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The keys the duplicate search's indexes find a place by: the same place always meets itself. */
class DuplicateSearchKeysTest {

    @Test
    void addressesDifferingInSpacesPunctuationCaseOrWidthHaveOneKey() {
        String key = AddressKey.of("幸福路12号A栋");
        assertEquals(16, key.length());
        assertEquals(key, AddressKey.of(" 幸福路 １２ 号 a栋。"));
        assertEquals(key, AddressKey.of("幸福路12号-A栋"));
        assertNotEquals(key, AddressKey.of("幸福路13号A栋"));
        assertNull(AddressKey.of(" ，。- "), "nothing to match by");
    }

    @Test
    void everyPointWithinTheDistanceLiesInOneOfTheCellsSearched() {
        Random random = new Random(12345);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal lat = degrees(-60 + 120 * random.nextDouble());
            BigDecimal lon = degrees(-170 + 340 * random.nextDouble());
            List<Long> searched = NearbyPlaces.cellsWithin(lat, lon, DuplicateFinder.SAME_PLACE_METRES);
            double bearing = 2 * Math.PI * random.nextDouble();
            double metres = DuplicateFinder.SAME_PLACE_METRES * random.nextDouble();
            BigDecimal otherLat = degrees(lat.doubleValue() + Math.cos(bearing) * NearbyPlaces.latitudeDegrees(metres));
            BigDecimal otherLon = degrees(lon.doubleValue() + Math.sin(bearing) * NearbyPlaces.longitudeDegrees(metres, lat));
            if (NearbyPlaces.metresBetween(lat, lon, otherLat, otherLon) <= DuplicateFinder.SAME_PLACE_METRES) {
                assertTrue(searched.contains(NearbyPlaces.cell(otherLat, otherLon)),
                        "%s,%s is near %s,%s".formatted(otherLat, otherLon, lat, lon));
            }
        }
    }

    @Test
    void aPointHasOneCellAndTheSearchAroundItFewCells() {
        BigDecimal lat = new BigDecimal("26.080000");
        BigDecimal lon = new BigDecimal("119.300000");
        List<Long> searched = NearbyPlaces.cellsWithin(lat, lon, DuplicateFinder.SAME_PLACE_METRES);
        assertTrue(searched.contains(NearbyPlaces.cell(lat, lon)));
        assertTrue(searched.size() <= 12, searched.toString());
        assertNull(NearbyPlaces.cell(lat, null));
    }

    private static BigDecimal degrees(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }
}
