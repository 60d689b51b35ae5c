package org.civicgrievance.intake.web;

import io.quarkus.qute.TemplateData;

/** One radio button or checkbox: what it sends, what it says, whether it is ticked. */
@TemplateData
public record Choice(String id, String value, String label, String hint, boolean checked) {
}
