package org.civicgrievance.resolution.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;

/**
 * The public holidays the law fixes (全国年节及纪念日放假办法, as amended in 2024), for a year whose
 * schedule the State Council has not yet published: New Year's Day, the Spring Festival (New Year's
 * Eve to the 3rd day of the first lunar month), Qingming (the day of the solar term), Labour Day
 * (1–2 May), the Dragon Boat Festival (5th day of the 5th lunar month), the Mid-Autumn Festival (15th
 * of the 8th) and National Day (1–3 October); each one that falls on a Saturday or Sunday gives a
 * compensatory day off 补假 on the next weekday that is not a holiday itself (第六条).
 *
 * <p>What the law leaves to the yearly notice is not guessed: no make-up working days 调休上班 and
 * no bridging days. A provisional year is therefore never shorter than the published one will be,
 * only possibly longer: a provisional deadline may come later than the confirmed one, never earlier.
 *
 * <p>Lunar dates and solar terms come from the 寿星 astronomical algorithm (lunar-java), which puts
 * the new moon of 6 February 2027 (23:56 Beijing time) on the right day; ICU4J's ChineseCalendar
 * (77–79) does not. The tests check it against the published dates.
 */
public final class StatutoryHolidays {

    /** Years are computed once; the lunar library's own caches are not thread-safe, so it is asked under a lock. */
    private static final Map<Integer, NavigableMap<LocalDate, SpecialDay>> BY_YEAR = new ConcurrentHashMap<>();
    private static final Object LUNAR = new Object();

    private StatutoryHolidays() {
    }

    /** The holidays and compensatory days off of {@code year}, by date. */
    public static NavigableMap<LocalDate, SpecialDay> of(int year) {
        return BY_YEAR.computeIfAbsent(year, StatutoryHolidays::compute);
    }

    private static NavigableMap<LocalDate, SpecialDay> compute(int year) {
        TreeMap<LocalDate, SpecialDay> days = new TreeMap<>();
        List<LocalDate> festival = new ArrayList<>();
        synchronized (LUNAR) {
            LocalDate newYear = date(Lunar.fromYmd(year, 1, 1).getSolar());
            festival.add(newYear.minusDays(1));
            festival.add(newYear);
            festival.add(newYear.plusDays(1));
            festival.add(newYear.plusDays(2));
            add(days, festival, "春节");
            add(days, List.of(date(Lunar.fromYmd(year, 3, 1).getJieQiTable().get("清明"))), "清明节");
            add(days, List.of(date(Lunar.fromYmd(year, 5, 5).getSolar())), "端午节");
            add(days, List.of(date(Lunar.fromYmd(year, 8, 15).getSolar())), "中秋节");
        }
        add(days, List.of(LocalDate.of(year, 1, 1)), "元旦");
        add(days, List.of(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2)), "劳动节");
        add(days, List.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2), LocalDate.of(year, 10, 3)), "国庆节");
        compensate(days);
        return Collections.unmodifiableNavigableMap(days);
    }

    /** A date both festivals claim (the Mid-Autumn Festival on 1–3 October) is one day off, named after both. */
    private static void add(Map<LocalDate, SpecialDay> days, List<LocalDate> dates, String name) {
        for (LocalDate date : dates) {
            SpecialDay earlier = days.get(date);
            days.put(date, SpecialDay.holiday(date, earlier == null ? name : earlier.note() + "、" + name));
        }
    }

    /**
     * Every holiday day on a Saturday or Sunday gives one compensatory day on the next weekday that
     * is neither a holiday nor already given, in date order.
     */
    private static void compensate(TreeMap<LocalDate, SpecialDay> days) {
        List<SpecialDay> onWeekends = days.values().stream().filter(d -> isWeekend(d.date())).toList();
        for (SpecialDay holiday : onWeekends) {
            LocalDate day = holiday.date().plusDays(1);
            while (isWeekend(day) || days.containsKey(day)) {
                day = day.plusDays(1);
            }
            days.put(day, SpecialDay.holiday(day, holiday.note() + "补假"));
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate date(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
