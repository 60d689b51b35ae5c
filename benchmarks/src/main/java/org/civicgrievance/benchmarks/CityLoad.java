package org.civicgrievance.benchmarks;

import java.util.Locale;
import java.util.Random;

/**
 * Submissions as a city sends them: different residents, categories, districts, streets, points and
 * words; about one in ten a real repeat of a recent case (the same person at the same place about
 * the same thing, in slightly other words), so the duplicate search links some and compares all.
 * Deterministic for a given index, so runs compare.
 */
final class CityLoad {

    static final String[] DISTRICTS = {"gulou", "taijiang", "cangshan", "jinan", "mawei", "changle"};
    static final String[] STREETS = {"幸福路", "解放路", "五一路", "八一七路", "湖东路", "杨桥路", "工业路", "福飞路"};
    /** The city's box, about 15 km north to south and 20 km east to west: points lie inside it. */
    static final double LATITUDE_FROM = 26.00;
    static final double LATITUDE_SPAN = 0.15;
    static final double LONGITUDE_FROM = 119.20;
    static final double LONGITUDE_SPAN = 0.20;
    /** Houses per street and buildings per house number in the addresses residents give. */
    static final int HOUSES = 400;
    static final int BUILDINGS = 97;
    private static final String[][] CATEGORIES = {
            {"street-lighting", "", "门口的路灯坏了，晚上出行很不安全，老人孩子走路容易摔倒，请尽快修理"},
            {"road-damage", ",\"attributes\":{\"hazard\":\"pothole\"}", "路面有一个大坑，电动车经过很危险，下雨天积水看不见"},
            {"noise", "", "附近工地夜里施工噪声很大，影响休息，已经持续一周了"},
            {"water-supply", "", "小区停水两天了没有任何通知，居民生活很不方便"},
            {"city-appearance", "", "路边垃圾堆放好几天没人清理，气味很大，影响环境"},
            {"property-management", "", "物业不处理电梯故障，楼里老人上下楼非常困难"},
    };
    /**
     * A repeat refers to a case this many submissions back: recent, well inside the 48-hour window,
     * and answered long before even at 128 connections (a repeat of a case still in flight cannot be
     * linked, and would not be by a person either). Not a multiple of ten, so the original is never
     * itself a repeat.
     */
    private static final int REPEAT_DISTANCE = 503;

    private final int run;

    /** @param run tells runs against one database apart, so one run's residents are not the last run's */
    CityLoad(int run) {
        this.run = run;
    }

    boolean isRepeat(int index) {
        return index >= REPEAT_DISTANCE && index % 10 == 9;
    }

    String submission(int index) {
        boolean repeat = isRepeat(index);
        int resident = repeat ? index - REPEAT_DISTANCE : index;
        Random random = new Random(31L * run + resident);
        String[] category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        String street = STREETS[random.nextInt(STREETS.length)];
        int house = 1 + random.nextInt(HOUSES);
        String place = "%s%d号%d栋".formatted(street, house, resident % BUILDINGS + 1);
        double latitude = LATITUDE_FROM + LATITUDE_SPAN * random.nextDouble();
        double longitude = LONGITUDE_FROM + LONGITUDE_SPAN * random.nextDouble();
        String phone = "13%09d".formatted(Math.floorMod(run * 7_919_000L + resident, 1_000_000_000L));
        String text = "%s%s（第%d户反映）".formatted(place, category[2], resident);
        if (repeat) {
            text = text + "，至今还没有处理";
        }
        return String.format(Locale.ROOT, """
                {"kind":"COMPLAINT","category":"%s"%s,"description":"%s",
                 "location":{"address":"%s","district":"%s","latitude":%.6f,"longitude":%.6f},
                 "contact":{"name":"居民%d","phone":"%s"}}""", category[0], category[1], text, place,
                DISTRICTS[random.nextInt(DISTRICTS.length)], latitude, longitude, resident, phone);
    }
}
