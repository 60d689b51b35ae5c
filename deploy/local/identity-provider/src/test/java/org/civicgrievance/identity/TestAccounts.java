package org.civicgrievance.identity;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.elytron.security.common.BcryptUtil;

import org.civicgrievance.identity.account.StaffAccount;
import org.civicgrievance.identity.account.StaffAccountRepository;

/** Accounts a test makes for itself, with unique usernames, so no test depends on another's failures. */
@ApplicationScoped
public class TestAccounts {

    public static final String PASSWORD = "correct-horse-电池-staple";

    private final StaffAccountRepository accounts;

    public TestAccounts(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** A fresh active operator whose password is {@link #PASSWORD}. */
    @Transactional
    public String newOperator() {
        String username = "test." + UUID.randomUUID().toString().substring(0, 8);
        accounts.persist(new StaffAccount(username, "测试员", BcryptUtil.bcryptHash(PASSWORD, 10), Set.of("operator"), null));
        return username;
    }

    /** A fresh operator whose account has been switched off; the password is still {@link #PASSWORD}. */
    @Transactional
    public String newDeactivatedOperator() {
        String username = newOperator();
        accounts.findByUsername(username).orElseThrow().deactivate();
        return username;
    }
}
