#!/usr/bin/env bash
# CheckDebInstall.sh BINARY_DIR
#
# Builds the .deb with CPack and installs it with apt into a clean Debian 13 root (mmdebstrap
# --variant=apt, cached), with Debian's archive as the only source; then checks, inside that root,
# that the programs run (custosctl --help; custos offscreen shows its first-run window), that the
# systemd user unit's commands serve and report a port in use, that the man pages list every
# command and the bash completion completes them; and, from outside, that the installed desktop
# file and AppStream data validate and lintian finds no error or unexplained warning.
#
# The clean root is cached in CUSTOS_PACKAGE_TEST_CACHE (custos.sh binds ~/.cache/custos/package-test
# there) and never changed: each run installs into an overlay on it, thrown away at the end.
# Prints the figures README.md quotes: package size, root creation, install and total times.
set -euo pipefail

binary_dir=$(cd "${1:?usage: CheckDebInstall.sh BINARY_DIR}" && pwd)
suite=trixie
mirror=${CUSTOS_DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${CUSTOS_PACKAGE_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/custos/package-test}
skip=77 # ctest's SKIP_RETURN_CODE for this test

fail() {
    printf 'CheckDebInstall: %b\n' "$1" >&2
    exit 1
}
figure() { printf 'CheckDebInstall figure: %s\n' "$*"; }
seconds_since() { echo $(($(date +%s) - $1)); }

# Lintian tags this package carries on purpose, each with the reason it is right; every other
# warning or error fails the test. None is needed: lintian reports no warning, and with -I
# --pedantic only the information tag binary-has-unneeded-section (.comment, the compiler's name).
lintian_suppressed=()

# ---------------------------------------------------------------- preconditions

# The clean root needs a real root: apt and dpkg set owners of other users (_apt, adm) that a
# user namespace mapping only uid 0 cannot represent.
if [ "$(id -u)" -ne 0 ] || [ "$(awk 'NR == 1 {print $3}' /proc/self/uid_map)" != 4294967295 ]; then
    echo "CheckDebInstall: skipped: installing into a clean Debian root needs real root (uid_map: $(head -n1 /proc/self/uid_map)); run ./custos.sh test as root" >&2
    exit $skip
fi
for tool in mmdebstrap lintian cpack dpkg-deb desktop-file-validate appstreamcli unshare; do
    command -v "$tool" >/dev/null || fail "$tool is missing: it comes with the build root (packaging/buildroot/packages.txt)"
done

# Mounts made below vanish with this mount namespace, whatever way the script ends. Inside the
# build root "/" is no mount point, so it cannot be made private; custos.sh made every mount there
# private already. Natively it can, and must, so nothing reaches the host's mount table.
if [ "${CUSTOS_DEB_TEST_IN_NAMESPACE:-}" != 1 ]; then
    exec env CUSTOS_DEB_TEST_IN_NAMESPACE=1 unshare --mount --propagation unchanged bash "$0" "$@"
fi
if mountpoint -q /; then mount --make-rprivate /; fi

started=$(date +%s)
mkdir -p "$cache/archives/partial"
exec 8>"$cache/lock"
flock 8 # one install test at a time per cache
# Under the lock, any earlier run's folder is a leftover of a killed run (its mounts died with it).
find "$cache" -maxdepth 1 -name 'run.*' -exec rm -rf --one-file-system {} + 2>/dev/null || true

# ---------------------------------------------------------------- the package

work=$(mktemp -d "$cache/run.XXXXXX")
gateway=""
# Stops the gateway started below, then removes the run's overlay, never through a mount that is
# still there (the clean root's /dev is the real one).
clean_up() {
    if [ -n "$gateway" ]; then kill "$gateway" 2>/dev/null && wait "$gateway" 2>/dev/null; fi
    umount -R "$work/merged" 2>/dev/null || true
    mountpoint -q "$work/merged" || rm -rf --one-file-system "$work"
}
trap clean_up EXIT

(cd "$binary_dir" && cpack -G DEB >"$work/cpack.log" 2>&1) || fail "cpack failed:\n$(cat "$work/cpack.log")"
mapfile -t debs < <(find "$binary_dir/packages" -maxdepth 1 -name 'custos_*.deb' -newer "$work" 2>/dev/null)
[ ${#debs[@]} -eq 1 ] || fail "expected one new custos_*.deb in $binary_dir/packages, found ${#debs[@]}"
deb=$work/$(basename "${debs[0]}")
mv "${debs[0]}" "$deb"
figure "package $(basename "$deb"): $(du -k "$deb" | cut -f1) KiB, installed size $(dpkg-deb --field "$deb" Installed-Size) KiB"

# ---------------------------------------------------------------- the clean Debian 13 root

root_key=$(printf '%s\n' "$suite" "$mirror" "mmdebstrap --variant=apt v1" | sha256sum | cut -c1-16)
clean=$cache/clean-$root_key
if [ ! -d "$clean" ]; then
    created=$(date +%s)
    rm -rf "$cache"/clean-* # older recipes
    # Built aside and renamed, so an interrupted run leaves nothing a later one would trust. The
    # package lists stay, so each run's apt-get update fetches only what changed since.
    # Descriptors inherited from ctest and the lock are closed: mmdebstrap hands apt a pipe that
    # dash must reach with "cat >&N", and dash knows only descriptors 0 to 9.
    mmdebstrap --variant=apt --mode=root --skip=cleanup/apt/lists \
        --aptopt='Acquire::Languages "none"' "$suite" "$clean.partial" "$mirror" >"$work/mmdebstrap.log" 2>&1 \
        3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- \
        || { rm -rf --one-file-system "$clean.partial"
            fail "mmdebstrap could not build a clean $suite root from $mirror:\n$(cat "$work/mmdebstrap.log")"; }
    mv "$clean.partial" "$clean"
    figure "clean $suite root created in $(seconds_since "$created") s ($(du -sm "$clean" | cut -f1) MiB)"
fi

root=$work/merged
mkdir -p "$work/upper" "$work/overlay-work" "$root"
mount -t overlay overlay -o "lowerdir=$clean,upperdir=$work/upper,workdir=$work/overlay-work" "$root"
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount -t tmpfs tmpfs "$root/tmp"
# Downloaded packages survive the run, so a cached run fetches only what changed in the archive.
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"

# Runs a command in the clean root, as a fresh login there would: English, no display, root's home.
clean_login=(chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8
    DEBIAN_FRONTEND=noninteractive)
in_clean() { "${clean_login[@]}" "$@"; }

installing=$(date +%s)
in_clean apt-get update -qq >"$work/apt.log" 2>&1 || fail "apt-get update failed in the clean root:\n$(cat "$work/apt.log")"
# Without recommends: the Depends alone must make both programs run.
# The root is thrown away after the run, so dpkg need not sync each file it writes.
in_clean apt-get install -y -qq --no-install-recommends -o APT::Keep-Downloaded-Packages=true \
    -o Dpkg::Options::=--force-unsafe-io \
    "/tmp/$(basename "$deb")" >>"$work/apt.log" 2>&1 \
    || fail "apt-get install of the package failed in the clean root:\n$(cat "$work/apt.log")"
figure "apt-get install into the clean root: $(seconds_since "$installing") s"

# ---------------------------------------------------------------- the programs

help=$(in_clean custosctl --help) || fail "custosctl --help failed in the clean root:\n$help"
mapfile -t commands < <(sed -n '/^commands:/,/^$/s/^  \([a-z][a-z0-9-]*\)  .*/\1/p' <<<"$help")
[ ${#commands[@]} -gt 5 ] || fail "custosctl --help lists ${#commands[@]} commands:\n$help"
grep -q "quickstart" <<<"$help" || fail "custosctl --help does not list quickstart:\n$help"

window=$(in_clean env QT_QPA_PLATFORM=offscreen timeout 60 custos --smoke 2000 2>"$work/custos.err") \
    || fail "custos --smoke failed in the clean root (exit $?):\n$window\n$(cat "$work/custos.err")"
grep -qx "custos: window shown: Set up Custos" <<<"$window" \
    || fail "custos did not show its first-run window 'Set up Custos':\n$window\n$(cat "$work/custos.err")"

# ---------------------------------------------------------------- desktop file and AppStream data

desktop-file-validate "$root/usr/share/applications/org.custos.Custos.desktop" \
    || fail "the installed desktop file does not validate"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.custos.Custos.metainfo.xml" \
    || fail "the installed AppStream data does not validate"
[ -f "$root/usr/share/icons/hicolor/scalable/apps/org.custos.Custos.svg" ] || fail "the icon is not installed"

# ---------------------------------------------------------------- man pages and completion

for page in custos custosctl; do
    [ -s "$root/usr/share/man/man1/$page.1.gz" ] || fail "the man page $page(1) is not installed"
done
manual=$(gzip -dc "$root/usr/share/man/man1/custosctl.1.gz")
for command in "${commands[@]}"; do
    grep -qF ".SS \"${command//-/\\-}\"" <<<"$manual" || fail "custosctl(1) does not describe the command '$command'"
done
grep -q -- '--smoke' <(gzip -dc "$root/usr/share/man/man1/custos.1.gz" | sed 's/\\-/-/g') \
    || fail "custos(1) does not list the option --smoke"

# Prints what the completion offers for the words given (the last one being completed).
complete_words() {
    # shellcheck disable=SC2016
    in_clean bash -c 'source /usr/share/bash-completion/completions/custosctl
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _custosctl; printf "%s\n" "${COMPREPLY[@]}"' complete "$@"
}
offered=$(complete_words custosctl "")
for command in "${commands[@]}"; do
    grep -qx "$command" <<<"$offered" || fail "the bash completion does not offer '$command':\n$offered"
done
grep -qx verify <<<"$(complete_words custosctl evidence "")" || fail "the completion does not offer 'evidence verify'"
grep -qx -- --listen <<<"$(complete_words custosctl quickstart --li)" || fail "the completion does not offer 'quickstart --listen'"
grep -qx -- --store <<<"$(complete_words custosctl evidence verify --st)" \
    || fail "the completion does not offer 'evidence verify --store'"

# ---------------------------------------------------------------- the systemd user unit

unit=$root/usr/lib/systemd/user/custos-gateway.service
[ -f "$unit" ] || fail "the systemd user unit custos-gateway.service is not installed"
# A unit's "$$" is a literal "$"; the commands are checked as systemd would run them.
unit_command() { sed -n "s/^$1=//p" "$unit" | sed 's/\$\$/$/g'; }
condition=$(unit_command ExecCondition)
start=$(unit_command ExecStart)
[ -n "$condition" ] && [ -n "$start" ] || fail "the unit lacks ExecCondition= or ExecStart="
grep -qx 'WantedBy=default.target' "$unit" || fail "the unit is not wanted by default.target"

# Before any setup, the unit refuses to start, saying what to run, so no secret reaches the journal.
if refusal=$(in_clean sh -c "$condition" 2>&1); then
    fail "the unit's ExecCondition lets it start without a store"
fi
grep -q "custosctl quickstart --setup-only" <<<"$refusal" || fail "the unit's refusal does not say what to run:\n$refusal"
setup=$(in_clean env CUSTOS_ADMIN_PASSWORD=package-test-admin custosctl quickstart --setup-only --no-keychain 2>&1) \
    || fail "custosctl quickstart --setup-only failed in the clean root:\n$setup"
in_clean sh -c "$condition" || fail "the unit's ExecCondition refuses a store set up by quickstart"

port=$((20000 + RANDOM % 30000))
# exec: $! is then the gateway itself, which the SIGTERM below must reach. It must not hold the
# cache's lock (descriptor 8); clean_up stops it whatever way the script ends.
exec "${clean_login[@]}" CUSTOS_LISTEN="127.0.0.1:$port" $start >"$work/gateway.log" 2>&1 8>&- &
gateway=$!
health() {
    # shellcheck disable=SC2016
    in_clean bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" && printf "GET /custos/v1/health HTTP/1.0\r\n\r\n" >&3 && cat <&3' \
        health "$port" 2>/dev/null
}
for _ in $(seq 1 60); do
    health | grep -q '^HTTP/1.[01] 200' && break
    kill -0 "$gateway" 2>/dev/null || fail "the unit's ExecStart ($start) exited:\n$(cat "$work/gateway.log")"
    sleep 0.5
done
health | grep -q '^HTTP/1.[01] 200' || fail "the unit's gateway does not answer on 127.0.0.1:$port:\n$(cat "$work/gateway.log")"

# Bad input: a second gateway on the same port fails with the reason and what to do.
if clash=$(in_clean env CUSTOS_LISTEN="127.0.0.1:$port" $start 2>&1); then
    fail "a second gateway on port $port started"
fi
grep -q "free the port, or pick another with --listen" <<<"$clash" \
    || fail "a port in use does not get a clear message:\n$clash"
kill -TERM "$gateway"
wait "$gateway" || fail "the gateway did not stop cleanly on SIGTERM (exit $?):\n$(cat "$work/gateway.log")"
gateway=""

# ---------------------------------------------------------------- lintian

suppress=$(
    IFS=,
    echo "${lintian_suppressed[*]:-}"
)
lintian --fail-on none ${suppress:+--suppress-tags "$suppress"} "$deb" >"$work/lintian.log" 2>&1 \
    || fail "lintian could not check the package:\n$(cat "$work/lintian.log")"
if grep -E '^[EW]: ' "$work/lintian.log"; then
    fail "lintian reports the errors and warnings above"
fi
cat "$work/lintian.log"

figure "install test total: $(seconds_since "$started") s"
