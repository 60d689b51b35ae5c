package org.civicgrievance.resolution.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The statutory holidays of years not yet published, computed from the lunar calendar, against a
 * table written by hand from the public dates: the lunar festivals as almanacs give them (初一 of
 * 2027 is Saturday 6 February, the new moon falling at 23:56 Beijing time on that day), and the
 * compensatory days 补假 the law gives for a holiday on a Saturday or Sunday.
 */
class StatutoryHolidaysTest {

    @Test
    void twentyTwentySeven() {
        assertEquals(table(
                "2027-01-01 元旦",
                "2027-02-05 春节", "2027-02-06 春节", "2027-02-07 春节", "2027-02-08 春节",
                "2027-02-09 春节补假", "2027-02-10 春节补假",
                "2027-04-05 清明节",
                "2027-05-01 劳动节", "2027-05-02 劳动节", "2027-05-03 劳动节补假", "2027-05-04 劳动节补假",
                "2027-06-09 端午节",
                "2027-09-15 中秋节",
                "2027-10-01 国庆节", "2027-10-02 国庆节", "2027-10-03 国庆节",
                "2027-10-04 国庆节补假", "2027-10-05 国庆节补假"),
                computed(2027));
    }

    @Test
    void twentyTwentyEight() {
        assertEquals(table(
                "2028-01-01 元旦", "2028-01-03 元旦补假",
                "2028-01-25 春节", "2028-01-26 春节", "2028-01-27 春节", "2028-01-28 春节",
                "2028-04-04 清明节",
                "2028-05-01 劳动节", "2028-05-02 劳动节",
                "2028-05-28 端午节", "2028-05-29 端午节补假",
                // the Mid-Autumn Festival falls on National Day: one day off, named after both
                "2028-10-01 国庆节", "2028-10-02 国庆节", "2028-10-03 中秋节、国庆节",
                "2028-10-04 国庆节补假"),
                computed(2028));
    }

    @Test
    void theFirstDaysOfLunarYearsNearMidnightAndAroundLeapMonths() {
        // 2033 (a leap 11th month in 2033, the "2033 problem" of simple algorithms) and later years' 春节
        Map<Integer, String> newYears = Map.of(2029, "2029-02-13", 2030, "2030-02-03", 2031, "2031-01-23",
                2033, "2033-01-31", 2034, "2034-02-19", 2035, "2035-02-08");
        newYears.forEach((year, day) -> assertEquals("春节",
                StatutoryHolidays.of(year).get(LocalDate.parse(day)).note(), year + " 初一"));
        newYears.forEach((year, day) -> assertEquals("春节",
                StatutoryHolidays.of(year).get(LocalDate.parse(day).minusDays(1)).note(), year + " 除夕"));
    }

    private static Map<LocalDate, String> computed(int year) {
        return StatutoryHolidays.of(year).values().stream()
                .collect(Collectors.toMap(SpecialDay::date, SpecialDay::note, (a, b) -> a, TreeMap::new));
    }

    private static Map<LocalDate, String> table(String... rows) {
        Map<LocalDate, String> table = new TreeMap<>();
        for (String row : rows) {
            table.put(LocalDate.parse(row.substring(0, 10)), row.substring(11));
        }
        return table;
    }
}
