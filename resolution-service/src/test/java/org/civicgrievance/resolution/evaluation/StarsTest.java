package org.civicgrievance.resolution.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How residents' words become stars, and how averages are rounded. */
class StarsTest {

    @ParameterizedTest
    @CsvSource({ "SATISFIED, 5", "BASICALLY_SATISFIED, 4", "DISSATISFIED, 1" })
    void residentRatingsCountAsStars(String rating, int stars) {
        assertEquals(stars, Stars.ofResidentRating(rating));
    }

    @Test
    void averagesKeepTwoDecimalsAndNothingRatedHasNoAverage() {
        assertEquals(new Stars(3, 3.67), Stars.of(3, 11));
        assertNull(Stars.of(0, 0).average());
    }
}
