#!/bin/sh
# Creates the services' schemas and database accounts from deploy/mysql/grants.sql, with each
# account's password taken from the environment: intake_app -> INTAKE_APP_PASSWORD, and so on.
# Used by docker-compose (services db-accounts and db-grants) and by the Kubernetes Job db-grants.
#
#   apply-grants.sh accounts   schemas, accounts and schema-wide grants: what Flyway's migrators need
#                              before the first migration
#   apply-grants.sh tables     every statement of grants.sql, once every table it names exists
#                              (table-level grants need the table: run after the migrations)
#   apply-grants.sh            both, waiting for the migrations in between (Kubernetes)
#
# Every statement is idempotent, and each run sets the passwords again (ALTER USER), so running it
# again after a migration that adds a table, or to rotate a password, is safe.
# Connection: MYSQL_HOST, MYSQL_PORT (3306), MYSQL_ADMIN_USER (root), MYSQL_ADMIN_PASSWORD.
set -eu

phase=${1:-all}
grants=${GRANTS_SQL:-/grants/grants.sql}
wait_seconds=${WAIT_FOR_TABLES_SECONDS:-1800}
: "${MYSQL_HOST:?MYSQL_HOST is not set}"
: "${MYSQL_ADMIN_PASSWORD:?MYSQL_ADMIN_PASSWORD is not set}"
export MYSQL_PWD="$MYSQL_ADMIN_PASSWORD"

# a list on one line, for messages
words() {
    printf '%s' "$1" | tr '\n' ' '
}

sql() {
    mysql --host="$MYSQL_HOST" --port="${MYSQL_PORT:-3306}" --user="${MYSQL_ADMIN_USER:-root}" \
        --batch --skip-column-names "$@"
}

accounts=$(sed -n "s/^CREATE USER IF NOT EXISTS '\([a-z0-9_]*\)'@.*/\1/p" "$grants")
schemas=$(sed -n 's/^GRANT .* ON \([a-z0-9_]*\)\..* TO .*/\1/p' "$grants" | sort -u)
tables=$(sed -n 's/^GRANT .* ON \([a-z0-9_]*\.[a-z0-9_]*\) TO .*/\1/p' "$grants" | sort -u)

# grants.sql with the real passwords in place of 'change-me', and an ALTER USER per account so that
# a changed password also reaches an account created earlier
render() {
    script=""
    alters=""
    for account in $accounts; do
        variable="$(echo "$account" | tr '[:lower:]' '[:upper:]')_PASSWORD"
        password=$(printenv "$variable" || true)
        if [ -z "$password" ]; then
            echo "apply-grants: $variable is not set" >&2
            exit 1
        fi
        case "$(printf '%s' "$password" | tr '[:upper:]' '[:lower:]')" in
            change-me|replace-me)
                echo "apply-grants: $variable still holds the example value" >&2
                exit 1 ;;
        esac
        # only characters that need no quoting in SQL or sed: generate with `openssl rand -base64 24`
        case "$password" in
            *[!A-Za-z0-9._~+/=-]*)
                echo "apply-grants: $variable may only hold letters, digits and . _ ~ + / = -" >&2
                exit 1 ;;
        esac
        script="$script s|'$account'@'%' IDENTIFIED BY 'change-me'|'$account'@'%' IDENTIFIED BY '$password'|;"
        alters="${alters}ALTER USER '$account'@'%' IDENTIFIED BY '$password';
"
    done
    sed "$script" "$grants"
    printf '%s' "$alters"
}

apply_accounts() {
    for schema in $schemas; do
        echo "CREATE DATABASE IF NOT EXISTS \`$schema\` CHARACTER SET utf8mb4;"
    done | sql
    rendered=$(render)
    # accounts and grants on whole schemas only: a table-level grant fails while its table is missing
    printf '%s\n' "$rendered" | grep -E "^(CREATE USER|ALTER USER|GRANT .* ON [a-z0-9_]+\.\* TO )" | sql
    echo "apply-grants: schemas ($(words "$schemas")) and accounts ($(words "$accounts")) ready"
}

missing_tables() {
    for table in $tables; do
        found=$(sql -e "SELECT COUNT(*) FROM information_schema.tables
                        WHERE table_schema = '${table%%.*}' AND table_name = '${table#*.}'")
        [ "$found" = 1 ] || echo "$table"
    done
}

apply_tables() {
    waited=0
    while missing=$(missing_tables) && [ -n "$missing" ]; do
        if [ "$waited" -ge "$wait_seconds" ]; then
            echo "apply-grants: still missing after ${wait_seconds}s (have the migrations run?): $(words "$missing")" >&2
            exit 1
        fi
        echo "apply-grants: waiting for the migrations to create $(words "$missing")"
        sleep 10
        waited=$((waited + 10))
    done
    rendered=$(render)
    printf '%s\n' "$rendered" | sql
    echo "apply-grants: every grant of $(basename "$grants") applied"
}

case "$phase" in
    accounts) apply_accounts ;;
    tables) apply_tables ;;
    all) apply_accounts; apply_tables ;;
    *) echo "usage: apply-grants.sh [accounts|tables]" >&2; exit 2 ;;
esac
