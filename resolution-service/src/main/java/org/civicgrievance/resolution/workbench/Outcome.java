package org.civicgrievance.resolution.workbench;

import java.util.Optional;
import java.util.function.BiFunction;

import org.civicgrievance.platform.validation.TrackingNumberFormat;

/**
 * What became of a form the workbench posted, carried to the page the browser is redirected to
 * ({@code ?outcome=claimed&case=GR-2026-00000001}). Only these codes and a well-formed tracking
 * number ever reach the page, so the query string cannot put text of its own on it.
 */
enum Outcome {

    CLAIMED("claimed", false, WorkbenchMessages::claimed),
    RESOLVED("resolved", false, WorkbenchMessages::resolved),
    NOT_CLAIMABLE("not-claimable", true, WorkbenchMessages::notClaimable),
    NOT_RESOLVABLE("not-resolvable", true, WorkbenchMessages::notResolvable),
    NOT_HOLDER("not-holder", true, WorkbenchMessages::notHolder),
    NOTE_MISSING("note-missing", true, (msg, trackingNumber) -> msg.noteMissing()),
    NOTE_TOO_LONG("note-too-long", true, (msg, trackingNumber) -> msg.noteTooLong()),
    STARTED("started", false, WorkbenchMessages::started),
    WAITING("waiting", false, WorkbenchMessages::waiting),
    RESUMED("resumed", false, WorkbenchMessages::resumed),
    RETURNED("returned", false, WorkbenchMessages::returned),
    NOTE_ADDED("note-added", false, WorkbenchMessages::noteAdded),
    NOT_ALLOWED("not-allowed", true, WorkbenchMessages::notAllowed),
    DETAILS_MISSING("details-missing", true, WorkbenchMessages::detailsMissing),
    NOT_CONFIRMED("not-confirmed", true, WorkbenchMessages::notConfirmed),
    TEXT_TOO_LONG("text-too-long", true, WorkbenchMessages::textTooLong),
    HANDLING_RATED("handling-rated", false, WorkbenchMessages::handlingRated),
    EXTENSION_REQUESTED("extension-requested", false, WorkbenchMessages::extensionRequested),
    EXTENSION_APPROVED("extension-approved", false, WorkbenchMessages::extensionApproved),
    EXTENSION_REFUSED("extension-refused", false, WorkbenchMessages::extensionRefused);

    static final String PARAMETER = "outcome";
    static final String CASE_PARAMETER = "case";

    private final String code;
    private final boolean problem;
    private final BiFunction<WorkbenchMessages, String, String> text;

    Outcome(String code, boolean problem, BiFunction<WorkbenchMessages, String, String> text) {
        this.code = code;
        this.problem = problem;
        this.text = text;
    }

    static Optional<Outcome> of(String code) {
        for (Outcome outcome : values()) {
            if (outcome.code.equals(code)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }

    String code() {
        return code;
    }

    /** The case is no longer the department's after this (returned to routing): its page would not be found. */
    boolean leavesTheDepartment() {
        return this == RETURNED;
    }

    /** Whether the form did not do what was asked (shown as an alert rather than a notice). */
    boolean problem() {
        return problem;
    }

    /** The message, or empty when the tracking number it needs is not one. */
    Optional<String> text(WorkbenchMessages msg, String trackingNumber) {
        boolean wellFormed = TrackingNumberFormat.isWellFormed(trackingNumber);
        return wellFormed ? Optional.of(text.apply(msg, trackingNumber)) : Optional.empty();
    }
}
