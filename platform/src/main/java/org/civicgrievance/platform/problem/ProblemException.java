package org.civicgrievance.platform.problem;

import java.util.List;
import java.util.Map;

/** A domain failure the client can act on; mapped to problem+json with its own status. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(String type, String title, int status, String detail) {
        this(new Problem(type, title, status, detail, List.of(), Map.of()));
    }

    public ProblemException(Problem problem) {
        super(problem.getDetail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 400 naming one wrong field, for checks that Bean Validation cannot express. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.invalid(List.of(new Problem.FieldViolation(field, message))));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException("not-found", "Not found", 404, what + " was not found");
    }
}
