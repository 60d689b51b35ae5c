package org.civicgrievance.routing.returns;

import java.time.Instant;

/**
 * A return as staff read it.
 *
 * @param department     the department that returned the case
 * @param returnedBy     its staff member who did
 * @param confirmedOwn   whether a dispatcher later placed the case back on that department (buck-passing)
 * @param confirmedOwnBy the dispatcher who did; null with confirmedOwnAt while not confirmed
 */
public record ReturnView(String department, String reason, String returnedBy, Instant returnedAt, boolean confirmedOwn,
        Instant confirmedOwnAt, String confirmedOwnBy) {

    public static ReturnView of(CaseReturn r) {
        return new ReturnView(r.getDepartmentCode(), r.getReason(), r.getReturnedBy(), r.getReturnedAt(),
                r.isConfirmedOwn(), r.getConfirmedOwnAt(), r.getConfirmedOwnBy());
    }
}
