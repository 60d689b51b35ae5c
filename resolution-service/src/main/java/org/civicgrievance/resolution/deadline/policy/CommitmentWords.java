package org.civicgrievance.resolution.deadline.policy;

import org.civicgrievance.resolution.calendar.TimeLimit;

/** A commitment in the plain words the public reads, Simplified Chinese first, English second. */
final class CommitmentWords {

    private CommitmentWords() {
    }

    static String zh(Limits limits) {
        return "受理后%s内认领，%s内办结（办理中每%s至少更新一次进展），办结后%s内回访；不满意重新办理的，%s内再次办结。".formatted(
                zh(limits.claim()), zh(limits.resolution()), zh(limits.update()), zh(limits.callback()),
                zh(limits.reopened()));
    }

    static String en(Limits limits) {
        return ("Claimed within %s and resolved within %s of submission (with news of progress at least every %s); "
                + "a callback within %s of the resolution; if you are not satisfied, resolved again within %s.")
                .formatted(en(limits.claim()), en(limits.resolution()), en(limits.update()), en(limits.callback()),
                        en(limits.reopened()));
    }

    static String zh(TimeLimit limit) {
        return limit.amount() + switch (limit.unit()) {
            case CALENDAR_HOURS -> "小时";
            case WORKING_MINUTES -> "个工作分钟";
            case WORKING_HOURS -> "个工作小时";
            case WORKING_DAYS -> "个工作日";
        };
    }

    static String en(TimeLimit limit) {
        String unit = switch (limit.unit()) {
            case CALENDAR_HOURS -> "hour";
            case WORKING_MINUTES -> "working minute";
            case WORKING_HOURS -> "working hour";
            case WORKING_DAYS -> "working day";
        };
        return limit.amount() + " " + unit + (limit.amount() == 1 ? "" : "s");
    }
}
