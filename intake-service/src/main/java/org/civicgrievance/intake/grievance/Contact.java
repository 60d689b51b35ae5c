package org.civicgrievance.intake.grievance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How to reach the resident; personal data, never logged. */
@Embeddable
public record Contact(
        @Column(name = "contact_name", length = 100) String name,
        @Column(name = "contact_phone", length = 32) String phone,
        @Column(name = "contact_email", length = 254) String email) {
}
