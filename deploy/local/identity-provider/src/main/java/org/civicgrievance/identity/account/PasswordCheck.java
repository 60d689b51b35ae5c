package org.civicgrievance.identity.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * Decides whether a username and password sign someone in, taking about the same time whatever
 * the reason for a refusal: an unknown username is checked against a dummy hash of the same cost
 * as the real ones, so response times do not tell which accounts exist.
 */
@ApplicationScoped
public class PasswordCheck {

    /** The cost of the seeded hashes; accounts hashed at a higher cost would take longer than this. */
    static final int BCRYPT_COST = 10;

    private final StaffAccountRepository accounts;
    private final String dummyHash;

    public PasswordCheck(StaffAccountRepository accounts) {
        this.accounts = accounts;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.dummyHash = BcryptUtil.bcryptHash(Base64.getEncoder().encodeToString(random), BCRYPT_COST);
    }

    /**
     * @return the account, if the password is its own and the account is active; empty for an
     *         unknown username, a wrong password and a deactivated account alike
     */
    public Optional<StaffAccount> signIn(String username, String password) {
        Optional<StaffAccount> account = accounts.findByUsername(username);
        boolean matches = account.isPresent()
                ? account.get().hasPassword(password)
                : BcryptUtil.matches(password, dummyHash);
        return account.filter(found -> matches && found.isActive());
    }
}
