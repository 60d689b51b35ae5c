package org.civicgrievance.intake.open311.apikey;

import jakarta.validation.constraints.NotBlank;

import org.civicgrievance.platform.validation.MaxCharacters;

/** @param name who the key is for, e.g. "FixMyStreet Fuzhou (contact: …)"; shown in lists and the audit trail */
public record CreateApiKeyRequest(@NotBlank @MaxCharacters(100) String name) {
}
