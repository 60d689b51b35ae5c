package org.civicgrievance.intake.grievance;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record Location(
        @Column(name = "address", length = 500, nullable = false) String address,
        @Column(name = "district", length = 64) String district,
        @Column(name = "latitude", precision = 9, scale = 6) BigDecimal latitude,
        @Column(name = "longitude", precision = 9, scale = 6) BigDecimal longitude) {
}
