package org.civicgrievance.intake.grievance;

/** Why a resident qualifies for the green channel 绿色通道: shorter deadlines, head of the queue. */
public enum GreenChannelReason {
    ELDERLY,
    SICK,
    DISABLED,
    OUT_OF_TOWN
}
