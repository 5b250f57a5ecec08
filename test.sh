#!/usr/bin/env bash
# Runs every test in the solution on a fresh machine, doing its own set-up:
#   1. installs the PostgreSQL server, Debian's chromium (for the browser tests) and nodejs with npm (to build the
#      designer) if they are missing (root only; apt-get);
#   2. starts a throwaway server in a temporary folder, on 127.0.0.1 and a free port;
#   3. exports EARLYHELP_TEST_POSTGRES for the tests (see tests/Host.Tests/Databases/PostgresServer.cs);
#   4. runs `dotnet test EarlyHelp.sln` with a trx logger, passing on any arguments given here;
#   5. stops the server and removes its folder, whatever happened.
# The last line printed is always "N passed, N failed", summed over the trx files of this run.
#
# Usage: ./test.sh [extra dotnet test arguments], e.g. ./test.sh --filter FullyQualifiedName~PostgresServer
# EARLYHELP_PG_BIN may name the folder holding initdb/pg_ctl to use instead of the one found.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$repo"

say() { printf 'test.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# --- Clean-up, whatever happens -------------------------------------------------------------------

pg_root=""
server_pid=""
summary_printed=0
results="$repo/TestResults/$(date -u +%Y%m%dT%H%M%SZ)-$$"

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -n "$pg_root" && -d "$pg_root" ]]; then
        stop_server
    fi
    # Whatever stopped the run early, the last line still says how it went.
    if ((summary_printed == 0)); then
        printf '0 passed, 1 failed\n'
    fi
    exit "$rc"
}

stop_server() {
    if [[ -f "$pg_data/postmaster.pid" ]]; then
        # Run from the temporary folder: the server's user may not be allowed into the current one.
        (cd "$pg_root" && as_pg "$pg_ctl" stop -D "$pg_data" -m immediate -w -t 30 >/dev/null 2>&1) || {
            local pid
            pid="$(head -n 1 "$pg_data/postmaster.pid" 2>/dev/null || true)"
            if [[ "$pid" =~ ^[0-9]+$ ]]; then kill -QUIT "$pid" 2>/dev/null || true; fi
        }
    fi
    # The server is this script's own child, so waiting reaps it: no process outlives the run.
    if [[ -n "$server_pid" ]]; then
        wait "$server_pid" 2>/dev/null || true
    fi
    # Keep the server's log beside the test results: it explains failures the trx files cannot.
    if [[ -d "$results" && -f "$pg_log" ]]; then
        cp "$pg_log" "$results/postgres.log" 2>/dev/null || true
    fi
    rm -rf -- "$pg_root"
}
trap cleanup EXIT
trap 'say "Interrupted."; exit 130' INT
trap 'say "Terminated."; exit 143' TERM

# --- PostgreSQL binaries --------------------------------------------------------------------------

# Prints the folder holding initdb and pg_ctl: the newest /usr/lib/postgresql/<version>/bin (where
# Debian puts them, off PATH), else wherever PATH has both.
find_pg_bin() {
    if [[ -n "${EARLYHELP_PG_BIN:-}" ]]; then
        printf '%s\n' "$EARLYHELP_PG_BIN"
        return 0
    fi
    local dir newest=""
    for dir in /usr/lib/postgresql/*/bin; do
        [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && newest="$(printf '%s\n%s\n' "$newest" "$dir" | sort -V | tail -n 1)"
    done
    if [[ -n "$newest" ]]; then
        printf '%s\n' "$newest"
        return 0
    fi
    local initdb pg_ctl
    initdb="$(command -v initdb || true)"
    pg_ctl="$(command -v pg_ctl || true)"
    [[ -n "$initdb" && -n "$pg_ctl" ]] || return 1
    # Resolve symbolic links so postgres, psql and pg_isready are taken from the same installation.
    dirname "$(readlink -f "$initdb")"
}

is_root() { [[ "$(id -u)" -eq 0 ]]; }

if [[ -n "${EARLYHELP_PG_BIN:-}" && ! (-x "$EARLYHELP_PG_BIN/initdb" && -x "$EARLYHELP_PG_BIN/pg_ctl") ]]; then
    die "EARLYHELP_PG_BIN=$EARLYHELP_PG_BIN holds no initdb and pg_ctl."
fi
if ! pg_bin="$(find_pg_bin)"; then
    if is_root; then
        say "PostgreSQL server binaries not found; installing the postgresql package with apt-get."
        export DEBIAN_FRONTEND=noninteractive
        apt-get update
        apt-get install -y postgresql
        pg_bin="$(find_pg_bin)" || die "apt-get installed postgresql, but initdb/pg_ctl are still not found."
    else
        die "PostgreSQL server binaries (initdb, pg_ctl) are not installed, and installing them needs root.
Install them (Debian/Ubuntu: sudo apt-get install postgresql), or run this script as root."
    fi
fi

# --- Chromium for the browser tests -----------------------------------------------------------------

# tests/Browser.Tests drives Debian's chromium through Playwright (Playwright's own browser download cannot work on
# our machines); without it those tests fail and say how to install it.
if [[ ! -x /usr/bin/chromium ]]; then
    if is_root; then
        say "chromium not found; installing the chromium package with apt-get for the browser tests."
        export DEBIAN_FRONTEND=noninteractive
        apt-get update
        apt-get install -y chromium
    else
        say "chromium is not installed and installing it needs root: the browser tests will fail (sudo apt-get install chromium)."
    fi
fi

# --- Node.js for the designer's build ----------------------------------------------------------------

# `dotnet build` bundles the workflow designer's canvas with Node.js and npm (src/Host/Web/Designer.targets);
# Debian's nodejs (18 or newer) is enough.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    if is_root; then
        say "node or npm not found; installing the nodejs and npm packages with apt-get to build the designer."
        export DEBIAN_FRONTEND=noninteractive
        apt-get update
        apt-get install -y nodejs npm
    else
        say "node and npm are not installed and installing them needs root: the Host will not build (sudo apt-get install nodejs npm)."
    fi
fi

# The client tools sit beside the server ones in every packaging we know; PATH is the fallback.
pg_tool() {
    if [[ -x "$pg_bin/$1" ]]; then
        printf '%s\n' "$pg_bin/$1"
    else
        command -v "$1" || die "PostgreSQL tool '$1' not found beside $pg_bin/initdb nor on PATH."
    fi
}
initdb="$pg_bin/initdb"
pg_ctl="$pg_bin/pg_ctl"
psql="$(pg_tool psql)"
pg_isready="$(pg_tool pg_isready)"
postgres="$pg_bin/postgres"
[[ -x "$postgres" ]] || die "The PostgreSQL server binary is not beside $initdb."

# --- Which operating-system user runs the server ---------------------------------------------------

# initdb and pg_ctl refuse to run as root, so as root the server runs as the postgres system user
# (the postgresql package creates it); otherwise as whoever runs this script.
if is_root; then
    pg_user=postgres
    if ! id -u "$pg_user" >/dev/null 2>&1; then
        say "Creating the '$pg_user' system user to run the throwaway server."
        useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$pg_user"
    fi
    as_pg() {
        if command -v runuser >/dev/null 2>&1; then
            runuser -u "$pg_user" -- "$@"
        else
            su -s /bin/bash "$pg_user" -c "$(printf '%q ' "$@")"
        fi
    }
    # /tmp rather than $TMPDIR: the postgres user must be able to reach the folder.
    tmp_parent=/tmp
else
    pg_user="$(id -un)"
    as_pg() { "$@"; }
    tmp_parent="${TMPDIR:-/tmp}"
fi


pg_root="$(mktemp -d "$tmp_parent/earlyhelp-pg.XXXXXX")"
pg_data="$pg_root/data"
pg_socket="$pg_root"
pg_log="$pg_root/postgres.log"
if is_root; then chown "$pg_user": "$pg_root"; fi

# --- Start the throwaway server ---------------------------------------------------------------------

# Only ever used for this run, so the password is random and written nowhere but the environment.
password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"

# The socket is local-only and trusted (it lives in a folder only the server's user can enter); TCP
# needs the password.
(cd "$pg_root" && as_pg "$initdb" -D "$pg_data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --no-locale -E UTF8 --no-sync >"$pg_root/initdb.log" 2>&1) || {
    cat "$pg_root/initdb.log" >&2
    die "initdb failed."
}

# Loopback and the private folder only. Durability is worthless for a server deleted at the end of
# the run, and costly.
cat >>"$pg_data/postgresql.conf" <<EOF

# Added by test.sh: a throwaway server for one test run.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$pg_socket'
max_connections = 200
fsync = off
full_page_writes = off
synchronous_commit = off
EOF

# Nothing answering on 127.0.0.1:port means nothing listens there (a 0.0.0.0 listener answers too).
port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Starts the server in the background on port $1 and waits until it accepts connections. Returns 2 when
# the port was taken, 1 on any other failure. The server runs as a child of this script rather than
# being detached by `pg_ctl start`, so the clean-up can reap it.
start_server() {
    : >"$pg_log"
    (cd "$pg_root" && as_pg "$postgres" -D "$pg_data" -p "$1") >>"$pg_log" 2>&1 &
    server_pid=$!
    local _
    for _ in {1..120}; do
        if ! kill -0 "$server_pid" 2>/dev/null; then
            wait "$server_pid" 2>/dev/null || true
            server_pid=""
            grep -qE 'could not bind|could not create any TCP/IP sockets|Address already in use' "$pg_log" && return 2
            return 1
        fi
        "$pg_isready" -q -h 127.0.0.1 -p "$1" && return 0
        sleep 0.5
    done
    return 1
}

# A random port below Linux's ephemeral range (32768+), so outgoing connections rarely hold it. Another
# process may still take it between the check and the bind, so a failed bind tries another port.
port=""
for _ in {1..20}; do
    candidate=$((15000 + RANDOM % 15000))
    port_is_free "$candidate" || continue
    started=0
    start_server "$candidate" || started=$?
    if ((started == 0)); then
        port="$candidate"
        break
    elif ((started == 2)); then
        say "Port $candidate was taken meanwhile; trying another."
    else
        cat "$pg_log" >&2 || true
        die "The throwaway PostgreSQL server did not start or did not answer pg_isready within 60 s (log above)."
    fi
done
[[ -n "$port" ]] || die "Found no free port for the throwaway PostgreSQL server after 20 tries."

# Superuser: tests create and drop a database each, and may need extensions.
(cd "$pg_root" && as_pg "$psql" -X -q -v ON_ERROR_STOP=1 -h "$pg_socket" -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE earlyhelp LOGIN SUPERUSER CREATEDB PASSWORD '$password'") ||
    die "Could not create the earlyhelp role on the throwaway server."

export EARLYHELP_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=earlyhelp;Password=$password;Database=postgres"
say "Throwaway $("$postgres" --version 2>/dev/null || echo PostgreSQL) on 127.0.0.1:$port (run by $pg_user, folder $pg_root)."

# --- Run the tests ----------------------------------------------------------------------------------

mkdir -p "$results"
test_rc=0
dotnet test "$repo/EarlyHelp.sln" --logger "trx" --results-directory "$results" "$@" || test_rc=$?

# --- Summary ---------------------------------------------------------------------------------------

# Each test project writes one trx file; its <Counters .../> element holds the run's totals. Errors,
# time-outs and aborted tests count as failures.
shopt -s nullglob globstar
trx_files=("$results"/**/*.trx)
passed=0
failed=0
if ((${#trx_files[@]} > 0)); then
    read -r passed failed < <(awk '
        function count(element, name) {
            if (match(element, " " name "=\"[0-9]+\"")) {
                value = substr(element, RSTART, RLENGTH)
                gsub(/[^0-9]/, "", value)
                return value + 0
            }
            return 0
        }
        match($0, /<Counters [^>]*>/) {
            element = substr($0, RSTART, RLENGTH)
            passed += count(element, "passed")
            failed += count(element, "failed") + count(element, "error") + count(element, "timeout") + count(element, "aborted")
        }
        END { printf "%d %d\n", passed, failed }
    ' "${trx_files[@]}")
fi

if ((${#trx_files[@]} == 0 && test_rc == 0)); then
    say "dotnet test succeeded but wrote no trx file: no test project ran; counting it as 1 failure."
    failed=1
fi
if ((test_rc != 0 && failed == 0)); then
    # A build error, a crashed test host or a project that wrote no results: no trx says so.
    say "dotnet test exited with code $test_rc but no failed test was recorded (build error or crashed test host?); counting it as 1 failure."
    failed=1
fi

say "Results: $results (${#trx_files[@]} trx file(s))"
printf '%d passed, %d failed\n' "$passed" "$failed"
summary_printed=1
((test_rc == 0 && failed == 0))
