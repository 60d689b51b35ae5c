package org.civicgrievance.resolution.workbench;

/** What became of the form just posted, on the page the browser was sent to; {@code problem} shows it as an alert. */
public record Notice(String text, boolean problem) {
}
