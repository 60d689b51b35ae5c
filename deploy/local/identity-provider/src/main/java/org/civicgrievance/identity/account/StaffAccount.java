package org.civicgrievance.identity.account;

import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * A staff member who may sign in: who they are, what they may do (roles, as the token's
 * {@code groups}) and, for handlers and supervisors, their department.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    /** Also the token's subject: the services record it as the actor of every change. */
    @Id
    @Column(length = 64)
    private String username;

    @Column(name = "display_name", length = 100, nullable = false)
    private String displayName;

    @Column(name = "password_hash", length = 100, nullable = false)
    private String passwordHash;

    @Column(length = 64)
    private String department;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role", length = 32, nullable = false)
    private Set<String> roles = new TreeSet<>();

    protected StaffAccount() {
    }

    /**
     * @param passwordHash a bcrypt hash, never the password itself
     * @param department   department code for handlers and supervisors, null otherwise
     */
    public StaffAccount(String username, String displayName, String passwordHash, Set<String> roles, String department) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new TreeSet<>(roles);
        this.department = department;
        this.active = true;
    }

    /** Whether {@code password} is this account's; costs one bcrypt computation either way. */
    public boolean hasPassword(String password) {
        return BcryptUtil.matches(password, passwordHash);
    }

    /** A departed member of staff keeps their account, switched off: their name stays in the audit trails. */
    public void deactivate() {
        this.active = false;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getDepartment() {
        return department;
    }

    public boolean isActive() {
        return active;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }
}
