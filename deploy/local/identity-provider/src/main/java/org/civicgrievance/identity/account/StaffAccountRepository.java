package org.civicgrievance.identity.account;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StaffAccountRepository implements PanacheRepositoryBase<StaffAccount, String> {

    /**
     * Case-insensitive, as the column's collation is: {@code Handler.Urban} finds {@code handler.urban}.
     * A query rather than {@code findById}, which would hand back the account under the id as typed.
     */
    public Optional<StaffAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
