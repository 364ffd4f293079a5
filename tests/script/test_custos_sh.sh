#!/usr/bin/env bash
# Drives custos.sh into its set-up failures and checks the message and that nothing was left behind.
set -u
script="$1/custos.sh"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0

expect_refusal() {
    local name=$1 pattern=$2
    shift 2
    local cache="$scratch/$name"
    mkdir -p "$cache"
    if env CUSTOS_FORCE_ROOT=1 CUSTOS_CACHE_DIR="$cache" "$@" bash "$script" env >"$scratch/out" 2>&1; then
        echo "FAIL $name: custos.sh succeeded"; failures=$((failures + 1)); return
    fi
    if ! grep -q -- "$pattern" "$scratch/out"; then
        echo "FAIL $name: message lacks '$pattern':"; cat "$scratch/out"; failures=$((failures + 1)); return
    fi
    if ! grep -q 'what to do:' "$scratch/out"; then
        echo "FAIL $name: no advice on what to do"; failures=$((failures + 1)); return
    fi
    if ls "$cache" | grep -q '^root-'; then
        echo "FAIL $name: a root folder was left behind"; failures=$((failures + 1)); return
    fi
    echo "ok   $name"
}

expect_refusal too_little_disk "needs 99999999 MiB" CUSTOS_MIN_FREE_MB=99999999
expect_refusal archive_unreachable "archive (http://127.0.0.1:9/debian) is unreachable" \
    CUSTOS_DEBIAN_MIRROR=http://127.0.0.1:9/debian

if bash "$script" frobnicate >"$scratch/out" 2>&1 || ! grep -q "unknown verb 'frobnicate'" "$scratch/out"; then
    echo "FAIL unknown_verb"; failures=$((failures + 1))
else
    echo "ok   unknown_verb"
fi

# The fuzz verbs refuse an unknown target or a duration that is not a number, before building.
expect_fuzz_refusal() {
    local name=$1 pattern=$2
    shift 2
    if bash "$script" "$@" >"$scratch/out" 2>&1 || ! grep -q -- "$pattern" "$scratch/out"; then
        echo "FAIL $name:"; cat "$scratch/out"; failures=$((failures + 1))
    else
        echo "ok   $name"
    fi
}
expect_fuzz_refusal fuzz_unknown_target "no fuzz target named 'fuzz_nope'" exec fuzz_nope 5
expect_fuzz_refusal fuzz_bad_seconds "'soon' is not a number of seconds" exec fuzz_http soon

echo "$((5 - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
