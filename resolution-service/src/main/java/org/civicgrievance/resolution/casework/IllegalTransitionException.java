package org.civicgrievance.resolution.casework;

import java.util.List;
import java.util.Map;

import org.civicgrievance.platform.problem.Problem;
import org.civicgrievance.platform.problem.ProblemException;

/** A transition the case's current state does not allow: 409, naming the transitions that are allowed. */
public class IllegalTransitionException extends ProblemException {

    public IllegalTransitionException(CaseStatus current, CaseStatus requested) {
        super(new Problem("illegal-transition", "This change is not allowed in the case's current state", 409,
                "A case that is %s cannot become %s.".formatted(current, requested), List.of(),
                Map.of("currentStatus", current, "allowedTransitions", current.next())));
    }
}
