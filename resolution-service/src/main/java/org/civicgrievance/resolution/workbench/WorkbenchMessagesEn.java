package org.civicgrievance.resolution.workbench;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

@Localized("en")
public interface WorkbenchMessagesEn extends WorkbenchMessages {

    @Override
    @Message("Case workbench")
    String homeTitle();

    @Override
    @Message("Signed in as {name}")
    String signedInAs(String name);

    @Override
    @Message("Waiting to be claimed · {department}")
    String queueHeading(String department);

    @Override
    @Message("No case is waiting in this department's queue.")
    String queueEmpty();

    @Override
    @Message("Cases I am handling")
    String heldHeading();

    @Override
    @Message("You are not handling any case at the moment.")
    String heldEmpty();

    @Override
    @Message("Your role may read cases but not work on them.")
    String readOnly();

    @Override
    @Message("The holidays of calendar {calendar} are confirmed only through {confirmedThrough}: an administrator should "
            + "load next year's holiday schedule. Deadlines after it count the statutory holidays and are marked provisional.")
    String horizonWarning(String calendar, String confirmedThrough);

    @Override
    @Message("Department")
    String department();

    @Override
    @Message("Choose the department whose queue to read:")
    String chooseDepartment();

    @Override
    @Message("Show")
    String show();

    @Override
    @Message("No department has a case waiting at the moment.")
    String noQueues();

    @Override
    @Message("Tracking number")
    String trackingNumber();

    @Override
    @Message("Category")
    String category();

    @Override
    @Message("Title")
    String caseTitle();

    @Override
    @Message("Received")
    String received();

    @Override
    @Message("Status")
    String status();

    @Override
    @Message("Action")
    String action();

    @Override
    @Message("(no title)")
    String noTitle();

    @Override
    @Message("Claim")
    String claim();

    @Override
    @Message("Resolve")
    String resolve();

    @Override
    @Message("Outcome (the resident reads this)")
    String resolutionNote();

    @Override
    @Message("Waiting")
    String statusQueued();

    @Override
    @Message("Claimed")
    String statusClaimed();

    @Override
    @Message("Being investigated")
    String statusInProgress();

    @Override
    @Message("Waiting for the resident; clock paused")
    String statusWaitingForResident();

    @Override
    @Message("Returned for re-routing")
    String statusReturned();

    @Override
    @Message("Merged with an identical request")
    String statusMerged();

    @Override
    @Message("Resolved")
    String statusResolved();

    @Override
    @Message("Reopened: the resident was not satisfied")
    String statusReopened();

    @Override
    @Message("Closed after the resident's rating")
    String statusClosed();

    @Override
    @Message("You claimed {trackingNumber}.")
    String claimed(String trackingNumber);

    @Override
    @Message("{trackingNumber} is resolved.")
    String resolved(String trackingNumber);

    @Override
    @Message("{trackingNumber} can no longer be claimed; someone may have claimed it already.")
    String notClaimable(String trackingNumber);

    @Override
    @Message("{trackingNumber} cannot be resolved in its current state.")
    String notResolvable(String trackingNumber);

    @Override
    @Message("Another handler holds {trackingNumber}; only they may resolve it.")
    String notHolder(String trackingNumber);

    @Override
    @Message("Write the outcome before resolving the case.")
    String noteMissing();

    @Override
    @Message("The outcome may have at most 2,000 characters.")
    String noteTooLong();

    @Override
    @Message("Case {trackingNumber}")
    String caseHeading(String trackingNumber);

    @Override
    @Message("Kind")
    String kind();

    @Override
    @Message("Description")
    String description();

    @Override
    @Message("Address")
    String address();

    @Override
    @Message("District")
    String district();

    @Override
    @Message("Contact")
    String contact();

    @Override
    @Message("Priority")
    String priority();

    @Override
    @Message("Submitted")
    String submitted();

    @Override
    @Message("Handler")
    String handler();

    @Override
    @Message("Outcome")
    String outcome();

    @Override
    @Message("Back to the workbench")
    String backToWorkbench();

    @Override
    @Message("Not found")
    String notFoundTitle();

    @Override
    @Message("There is no such case, or it is not your department's.")
    String notFoundText();

    @Override
    @Message("Not allowed")
    String forbiddenTitle();

    @Override
    @Message("Your role does not allow this page or action.")
    String forbiddenText();

    @Override
    @Message("Something went wrong")
    String errorTitle();

    @Override
    @Message("The request could not be completed and nothing was saved. Please try again later.")
    String errorText();

    // --- the case lifecycle

    @Override
    @Message("Start investigating")
    String start();

    @Override
    @Message("Ask the resident (pauses the time limit)")
    String waitForResident();

    @Override
    @Message("Question for the resident (the resident reads it)")
    String question();

    @Override
    @Message("Carry on without waiting")
    String resume();

    @Override
    @Message("Outcome")
    String outcomeChoice();

    @Override
    @Message("Resolved")
    String outcomeResolved();

    @Override
    @Message("Partly resolved")
    String outcomePartlyResolved();

    @Override
    @Message("Cannot be resolved (give the reason and where else to go)")
    String outcomeNotResolvable();

    @Override
    @Message("Not our remit (say where else to go)")
    String outcomeNotOurRemit();

    @Override
    @Message("Duplicate, merged")
    String outcomeDuplicate();

    @Override
    @Message("Reason (the resident reads it)")
    String outcomeReason();

    @Override
    @Message("Where else to go (the resident reads it)")
    String whereElse();

    @Override
    @Message("Return for re-routing")
    String returnCase();

    @Override
    @Message("Reason for returning")
    String returnReason();

    @Override
    @Message("Notes")
    String notesHeading();

    @Override
    @Message("No notes yet.")
    String noNotes();

    @Override
    @Message("Note")
    String noteText();

    @Override
    @Message("Visible to the resident")
    String visibleToResident();

    @Override
    @Message("Internal")
    String internalOnly();

    @Override
    @Message("Add note")
    String addNote();

    @Override
    @Message("{trackingNumber} is being investigated.")
    String started(String trackingNumber);

    @Override
    @Message("The resident was asked; the time limit of {trackingNumber} is paused.")
    String waiting(String trackingNumber);

    @Override
    @Message("{trackingNumber} is being handled again.")
    String resumed(String trackingNumber);

    @Override
    @Message("{trackingNumber} was returned for re-routing.")
    String returned(String trackingNumber);

    @Override
    @Message("A note was added to {trackingNumber}.")
    String noteAdded(String trackingNumber);

    @Override
    @Message("This is not possible for {trackingNumber} in its current state, or not for you.")
    String notAllowed(String trackingNumber);

    @Override
    @Message("{trackingNumber}: fill in everything the form needs (such as the reason or where else to go).")
    String detailsMissing(String trackingNumber);

    @Override
    @Message("{trackingNumber}: the text is too long.")
    String textTooLong(String trackingNumber);

    @Override
    @Message("Waiting until")
    String waitingUntil();

    @Override
    @Message("Merged into")
    String mergedInto();

    @Override
    @Message("Split from (the original case)")
    String splitFrom();

    @Override
    @Message("Open the case")
    String openCase();

    @Override
    @Message("Rating of the handling")
    String handlingHeading();

    @Override
    @Message("Stars")
    String stars();

    @Override
    @Message("Comment")
    String ratingComment();

    @Override
    @Message("Rate the handling")
    String rateHandling();

    @Override
    @Message("You rated the handling of {trackingNumber}.")
    String handlingRated(String trackingNumber);

    // --- deadlines: time limits, cards, extensions

    @Override
    @Message("Next due")
    String nextDue();

    @Override
    @Message("Yellow card")
    String cardYellow();

    @Override
    @Message("Red card")
    String cardRed();

    @Override
    @Message("Time limits")
    String clocksHeading();

    @Override
    @Message("Time limit")
    String clock();

    @Override
    @Message("Due")
    String dueAt();

    @Override
    @Message("Yellow card at")
    String yellowAt();

    @Override
    @Message("Originally due")
    String originalDue();

    @Override
    @Message("provisional: counts the statutory holidays; may move once the year's schedule is published")
    String provisionalDue();

    @Override
    @Message("Warnings")
    String warnings();

    @Override
    @Message("No time limit has run for this case.")
    String noClocks();

    @Override
    @Message("Running")
    String clockRunning();

    @Override
    @Message("Paused (waiting for the resident)")
    String clockPaused();

    @Override
    @Message("Met")
    String clockMet();

    @Override
    @Message("Stopped")
    String clockStopped();

    @Override
    @Message("Extension requests")
    String extensionsHeading();

    @Override
    @Message("No extension has been asked for.")
    String noExtensions();

    @Override
    @Message("Awaiting a decision")
    String extensionPending();

    @Override
    @Message("Approved")
    String extensionApprovedState();

    @Override
    @Message("Refused")
    String extensionRefusedState();

    @Override
    @Message("Which time limit")
    String extensionClock();

    @Override
    @Message("Reason (the resident reads it)")
    String extensionReason();

    @Override
    @Message("Extra time")
    String extensionAmount();

    @Override
    @Message("Unit")
    String extensionUnit();

    @Override
    @Message("working days")
    String unitWorkingDays();

    @Override
    @Message("working hours")
    String unitWorkingHours();

    @Override
    @Message("Ask for an extension")
    String askExtension();

    @Override
    @Message("Asked by")
    String requestedBy();

    @Override
    @Message("Asked to move to")
    String requestedDue();

    @Override
    @Message("Decided by")
    String decidedBy();

    @Override
    @Message("Decision note")
    String decisionNote();

    @Override
    @Message("Approve")
    String approveExtension();

    @Override
    @Message("Refuse")
    String refuseExtension();

    @Override
    @Message("Extension asked for {trackingNumber}; a supervisor decides.")
    String extensionRequested(String trackingNumber);

    @Override
    @Message("Extension of {trackingNumber} approved; the resident is told.")
    String extensionApproved(String trackingNumber);

    @Override
    @Message("Extension of {trackingNumber} refused.")
    String extensionRefused(String trackingNumber);

    @Override
    @Message("Resolution time limit")
    String extendResolution();

    @Override
    @Message("Progress update time limit")
    String extendUpdate();

    @Override
    @Message("Search: tracking number or words")
    String searchLabel();

    @Override
    @Message("A whole tracking number, or words from the title or the description.")
    String searchHint();

    @Override
    @Message("Any")
    String any();

    @Override
    @Message("Card")
    String card();

    @Override
    @Message("No card")
    String cardNone();

    @Override
    @Message("Apply")
    String applyFilter();

    @Override
    @Message("Clear")
    String clearFilter();

    @Override
    @Message("No case matches.")
    String noMatch();

    @Override
    @Message("The search was not understood: a category is its code (e.g. street-lighting), and text is at most 100 characters. All cases are listed below.")
    String searchNotUnderstood();

    @Override
    @Message("Extension requests waiting for my decision")
    String approvalsHeading();

    @Override
    @Message("No extension request is waiting for a decision.")
    String approvalsEmpty();

    @Override
    @Message("Reason")
    String reason();

    @Override
    @Message("Deadline now")
    String dueBefore();

    @Override
    @Message("Overdue cases (electronic supervision)")
    String overdueHeading();

    @Override
    @Message("No case is past a deadline.")
    String overdueEmpty();

    @Override
    @Message("Overdue by")
    String overdueBy();

    @Override
    @Message("{hours} working h {minutes} min")
    String workingTime(long hours, long minutes);

    @Override
    @Message("extended {times} times, first due {originalDue}")
    String extendedTimes(int times, String originalDue);
    @Override
    @Message("The case workbench is for handlers, supervisors and discipline officials. Dispatchers and administrators work on the dispatch desk (linked at the top of the page).")
    String notForYourRole();

    @Override
    @Message("A returned case leaves this department and is placed again; every return is counted, and one the dispatcher finds was this department's own counts as buck-passing.")
    String returnWarning();

    @Override
    @Message("I confirm: return this case for re-routing")
    String returnConfirm();

    @Override
    @Message("{trackingNumber} was not returned: tick the confirmation and send the form again.")
    String notConfirmed(String trackingNumber);
}
