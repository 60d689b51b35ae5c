package org.civicgrievance.resolution.casework;

/**
 * How a case ended, in words that do not pretend: "closed" is a status, this is what the
 * resident actually got. Each outcome names what else it needs from the handler.
 */
public enum CaseOutcome {

    RESOLVED("问题已解决", "Your problem has been solved", false, false),
    PARTLY_RESOLVED("问题部分解决", "Your problem has been partly solved", false, false),
    /** Nothing this office can do; the resident is told why and where else to turn. */
    NOT_RESOLVABLE("问题暂时无法解决", "Your problem cannot be solved by us at present", true, true),
    /** Not a matter for this government at all (a court, a private dispute…): where to go instead. */
    NOT_OUR_REMIT("不属于本机关职责范围", "This is not a matter our offices can handle", false, true),
    /** Set by merging, never chosen when resolving: an identical request carries on in this one's place. */
    DUPLICATE("与相同诉求合并办理", "Handled together with an identical request", false, false);

    private final String textZh;
    private final String textEn;
    private final boolean needsReason;
    private final boolean needsWhereElse;

    CaseOutcome(String textZh, String textEn, boolean needsReason, boolean needsWhereElse) {
        this.textZh = textZh;
        this.textEn = textEn;
        this.needsReason = needsReason;
        this.needsWhereElse = needsWhereElse;
    }

    public String textZh() {
        return textZh;
    }

    public String textEn() {
        return textEn;
    }

    public boolean needsReason() {
        return needsReason;
    }

    public boolean needsWhereElse() {
        return needsWhereElse;
    }
}
