package org.civicgrievance.routing.priority;

/**
 * How urgently a case is handled; resolution derives its deadlines from it. Declared from most to
 * least urgent, so the natural order puts the most urgent first. The names are the wire values of
 * {@code grievance.routed}'s {@code priority}.
 */
public enum Priority {
    /** 特事特办 special handling: an urgent danger (gas, fire, flooding, a person in danger). */
    SPECIAL_HANDLING,
    /** 绿色通道 green channel: the elderly, sick, disabled and people from out of town. */
    GREEN_CHANNEL,
    NORMAL
}
