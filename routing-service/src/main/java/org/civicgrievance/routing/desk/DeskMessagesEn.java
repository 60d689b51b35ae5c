package org.civicgrievance.routing.desk;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

@Localized("en")
public interface DeskMessagesEn extends DeskMessages {

    @Override
    @Message("Dispatch desk")
    String homeTitle();

    @Override
    @Message("Signed in as {name}")
    String signedInAs(String name);

    @Override
    @Message("Cases waiting to be placed (triage)")
    String triageHeading();

    @Override
    @Message("No case is waiting to be placed.")
    String triageEmpty();

    @Override
    @Message("Your role can read the cases waiting here, not place them.")
    String readOnly();

    @Override
    @Message("Tracking number")
    String trackingNumber();

    @Override
    @Message("Priority")
    String priority();

    @Override
    @Message("Category")
    String category();

    @Override
    @Message("Why it waits")
    String reason();

    @Override
    @Message("Waiting since")
    String parkedAt();

    @Override
    @Message("To be placed by")
    String dueAt();

    @Override
    @Message("Overdue")
    String overdue();

    @Override
    @Message("Returned by {department} ({by})")
    String returnedBy(String department, String by);

    @Override
    @Message("No rule matched")
    String noRule();

    @Override
    @Message("Place")
    String place();

    @Override
    @Message("Place with")
    String placeTo();

    @Override
    @Message("Choose a department")
    String chooseDepartment();

    @Override
    @Message("Why this department (at most 300 characters)")
    String placingReason();

    @Override
    @Message("Action")
    String action();

    @Override
    @Message("Case {trackingNumber} is placed with {department}.")
    String placed(String trackingNumber, String department);

    @Override
    @Message("Case {trackingNumber} no longer waits here (another dispatcher may have placed it).")
    String alreadyPlaced(String trackingNumber);

    @Override
    @Message("Choose the department to place the case with.")
    String departmentMissing();

    @Override
    @Message("That department does not exist or takes no cases now: choose another.")
    String departmentNotTaking();

    @Override
    @Message("Say why the case goes to this department.")
    String reasonMissing();

    @Override
    @Message("The reason is at most 300 characters.")
    String reasonTooLong();

    @Override
    @Message("Case {trackingNumber} was not placed:")
    String placingFailed(String trackingNumber);

    @Override
    @Message("Departments")
    String departmentsHeading();

    @Override
    @Message("Code")
    String code();

    @Override
    @Message("Name")
    String name();

    @Override
    @Message("Districts")
    String districts();

    @Override
    @Message("State")
    String state();

    @Override
    @Message("Active")
    String active();

    @Override
    @Message("Inactive")
    String inactive();

    @Override
    @Message("All")
    String everywhere();

    @Override
    @Message("The dispatch desk is for dispatchers, administrators and discipline officials. Cases are handled on the case workbench.")
    String notForYou();

    @Override
    @Message("Not allowed")
    String forbiddenTitle();

    @Override
    @Message("Something went wrong")
    String errorTitle();

    @Override
    @Message("The request could not be completed. Please try again later.")
    String errorText();

    @Override
    @Message("Back to the dispatch desk")
    String backToDesk();
    @Override
    @Message("Find by tracking number")
    String findByTrackingNumber();

    @Override
    @Message("Find")
    String find();

    @Override
    @Message("Show all")
    String showAll();
}
