package org.civicgrievance.resolution.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How to reach the resident; personal data, shown masked and never logged. */
@Embeddable
public record Contact(
        @Column(name = "contact_name", length = 100) String name,
        @Column(name = "contact_phone", length = 32) String phone,
        @Column(name = "contact_email", length = 254) String email) {

    /** {@code 13812345678} becomes {@code 138****5678}; a name keeps its first character. */
    public Contact masked() {
        return new Contact(maskName(name), maskPhone(phone), maskEmail(email));
    }

    static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 7) {
            return "****";
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        return name.strip().codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "**";
    }

    static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "****" : email.charAt(0) + "****" + email.substring(at);
    }
}
