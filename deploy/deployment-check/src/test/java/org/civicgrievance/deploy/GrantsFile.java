package org.civicgrievance.deploy;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The production database accounts deploy/mysql/grants.sql creates. */
final class GrantsFile {

    static final String PATH = "deploy/mysql/grants.sql";
    private static final Pattern ACCOUNT = Pattern.compile("CREATE USER IF NOT EXISTS '([a-z0-9_]+)'@");

    private GrantsFile() {
    }

    static Set<String> accounts() {
        Set<String> accounts = new TreeSet<>();
        Matcher account = ACCOUNT.matcher(Repository.read(Repository.file(PATH)));
        while (account.find()) {
            accounts.add(account.group(1));
        }
        return accounts;
    }

    /** The data-only account a running service uses. */
    static String applicationAccount(ServiceConfiguration service) {
        return service.schema() + "_app";
    }

    /** The account Flyway migrates with. */
    static String migratorAccount(ServiceConfiguration service) {
        return service.schema() + "_migrator";
    }
}
