package org.civicgrievance.resolution.deadline;

public enum WarningLevel {
    /** Supervisors alerted when a special-handling 特事特办 case is queued; no time is used up yet. */
    ALERT,
    /** 黄牌: the configured share of the time is used. */
    YELLOW,
    /** 红牌: the time is up. */
    RED
}
