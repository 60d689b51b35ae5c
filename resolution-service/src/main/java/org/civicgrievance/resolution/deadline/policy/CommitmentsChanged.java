package org.civicgrievance.resolution.deadline.policy;

/** Fired inside the transaction of a commitment's creation or change: {@link Commitments} reloads once it committed. */
public record CommitmentsChanged(long id, int version) {
}
