package org.civicgrievance.resolution.deadline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A due time as residents read it in notes, in the city's zone: 2026年12月9日 17:30 and 9 Dec 2026 17:30. */
public record DueTimeText(ZoneId zone) {

    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    public String zh(Instant due) {
        return ZH.format(due.atZone(zone));
    }

    public String en(Instant due) {
        return EN.format(due.atZone(zone));
    }
}
