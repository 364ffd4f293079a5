#!/usr/bin/env bash
# Custos: one entry point for building, testing and running on any Linux host.
#
#   ./custos.sh run                 start the console (with a display), else custosctl quickstart
#   ./custos.sh test                build everything and run the whole ctest suite (fuzz smoke too)
#   ./custos.sh exec PROGRAM [ARGS] run a built program (custos, custosctl, a test, a benchmark)
#   ./custos.sh exec fuzz_X [SECS]  fuzz one target for SECS seconds (60) in the fuzz build
#   ./custos.sh fuzz [smoke]        build the fuzz targets (build/fuzz); smoke: 10 s of each
#   ./custos.sh build               configure and build only
#   ./custos.sh shell               an interactive shell in the build environment
#
# Hosts with Qt >= 6.8, KF6SyntaxHighlighting, SQLCipher >= 4.5, RE2 and yaml-cpp build natively.
# Debian 13 and Ubuntu 25.04+ get those from apt. Any other host builds and runs inside a cached
# Debian 13 root made by mmdebstrap (packaging/buildroot/packages.txt lists its packages).
set -euo pipefail

SRC_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PACKAGE_LIST="$SRC_DIR/packaging/buildroot/packages.txt"
CACHE_DIR="${CUSTOS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/custos}"
SUITE=trixie
MIN_FREE_MB="${CUSTOS_MIN_FREE_MB:-4096}"
MIRROR="${CUSTOS_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
DEFAULT_LISTEN="${CUSTOS_LISTEN:-127.0.0.1:8787}"

die() {
    printf 'custos.sh: %s\n' "$1" >&2
    [ $# -gt 1 ] && printf '  what to do: %s\n' "$2" >&2
    exit 1
}
note() { printf 'custos.sh: %s\n' "$*" >&2; }

packages() { grep -v -e '^#' -e '^[[:space:]]*$' "$PACKAGE_LIST"; }

# ---------------------------------------------------------------- host detection

os_field() { (. /etc/os-release 2>/dev/null && eval "printf '%s' \"\${$1:-}\""); }

host_has_stack() {
    command -v pkg-config >/dev/null || return 1
    command -v cmake >/dev/null || return 1
    pkg-config --atleast-version=6.8 Qt6Core 2>/dev/null || return 1
    # sqlcipher.pc carries the SQLite version it is based on: 3.36 is SQLCipher 4.5.0.
    pkg-config --atleast-version=3.36 sqlcipher 2>/dev/null || return 1
    pkg-config --exists re2 yaml-cpp 2>/dev/null || return 1
    ls /usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake >/dev/null 2>&1 \
        || ls /usr/lib/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake >/dev/null 2>&1
}

host_can_apt_install_stack() {
    local id version
    id=$(os_field ID)
    version=$(os_field VERSION_ID)
    case "$id" in
    debian) [ "${version%%.*}" -ge 13 ] 2>/dev/null ;;
    ubuntu) [ "$(printf '%s\n25.04\n' "$version" | sort -V | head -n1)" = "25.04" ] ;;
    *) return 1 ;;
    esac
}

install_native_stack() {
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    note "installing the build stack with apt (Debian 13 / Ubuntu 25.04+ host)"
    $sudo apt-get update -qq || die "apt-get update failed" "check that the distribution archive is reachable"
    # shellcheck disable=SC2046
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(packages) \
        || die "apt-get install of the build stack failed" "see apt's message above"
}

# ---------------------------------------------------------------- the Debian 13 root

root_key() { { printf '%s\n' "$SUITE"; packages; } | sha256sum | cut -c1-16; }
root_dir() { printf '%s/root-%s' "$CACHE_DIR" "$(root_key)"; }

check_free_space() {
    local dir=$1 free_mb
    mkdir -p "$dir"
    free_mb=$(df -Pm "$dir" | awk 'NR==2 {print $4}')
    [ "${free_mb:-0}" -ge "$MIN_FREE_MB" ] \
        || die "only ${free_mb} MiB free under $dir; the Debian 13 root needs ${MIN_FREE_MB} MiB" \
            "free some space, or set CUSTOS_CACHE_DIR to a larger disk"
}

check_isolation_available() {
    [ "$(id -u)" -eq 0 ] && return 0
    unshare --user --map-root-user --mount true 2>/dev/null \
        || die "this host allows neither root nor unprivileged user namespaces, so the Debian 13 root cannot be entered" \
            "run as root, enable user namespaces (sysctl kernel.unprivileged_userns_clone=1), or use a Debian 13 host"
}

ensure_mmdebstrap() {
    command -v mmdebstrap >/dev/null && return 0
    [ "$(id -u)" -eq 0 ] || die "mmdebstrap is not installed" "install it: sudo apt-get install mmdebstrap uidmap"
    command -v apt-get >/dev/null || die "mmdebstrap is missing and this host has no apt-get" \
        "install mmdebstrap with your package manager, or use a Debian 13 host"
    note "installing mmdebstrap on the host"
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap uidmap >/dev/null \
        || die "could not install mmdebstrap" "check that Debian's archive is reachable"
}

check_archive_reachable() {
    local url="$MIRROR/dists/$SUITE/Release"
    if command -v curl >/dev/null; then
        curl -fsS -o /dev/null --max-time 20 "$url" 2>/dev/null
    elif command -v wget >/dev/null; then
        wget -q -O /dev/null --timeout=20 "$url" 2>/dev/null
    else
        true # mmdebstrap itself reports an unreachable archive
    fi || die "Debian's archive ($MIRROR) is unreachable, so the Debian 13 root cannot be built" \
        "connect to the network, or point CUSTOS_DEBIAN_MIRROR at a reachable Debian mirror, and run again"
}

create_root() {
    local root=$1 tmp="$1.partial.$$"
    check_free_space "$CACHE_DIR"
    check_isolation_available
    check_archive_reachable
    ensure_mmdebstrap
    note "creating the Debian 13 build root in $root (a few minutes, once)"
    # Build into a scratch folder and rename at the end, so an interrupted run never leaves a
    # half-built root behind that a later run would trust.
    trap 'rm -rf "$tmp"' EXIT
    # The root is a disposable cache (rebuilt if interrupted), so dpkg may skip its fsyncs, and
    # manuals, documentation and message catalogues nobody reads in it are not unpacked.
    mmdebstrap --quiet --variant=apt --include="$(packages | paste -sd,)" \
        --dpkgopt=force-unsafe-io --dpkgopt='path-exclude=/usr/share/man/*' \
        --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
        --dpkgopt='path-exclude=/usr/share/info/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
        --aptopt='Acquire::Languages "none"' \
        "$SUITE" "$tmp" "$MIRROR" \
        || die "mmdebstrap failed to build the Debian 13 root" "read its message above; nothing was kept"
    mv "$tmp" "$root"
    trap - EXIT
    find "$CACHE_DIR" -maxdepth 1 -name 'root-*' ! -name "$(basename "$root")" ! -name '*.partial.*' \
        -exec rm -rf {} + 2>/dev/null || true
}

ensure_root() {
    local root
    root=$(root_dir)
    mkdir -p "$CACHE_DIR"
    exec 9>"$CACHE_DIR/root.lock"
    flock 9
    [ -d "$root" ] || create_root "$root"
    flock -u 9
}

# Runs "$@" inside the root with the source tree, ccache and a display bound at the same paths.
in_root() {
    local root
    root=$(root_dir)
    local -a unshare_args=(--mount --propagation private)
    [ "$(id -u)" -eq 0 ] || unshare_args=(--user --map-root-user --mount --propagation private)
    mkdir -p "$CACHE_DIR/ccache" "$CACHE_DIR/package-test"
    unshare "${unshare_args[@]}" env ROOT="$root" SRC="$SRC_DIR" CCACHE="$CACHE_DIR/ccache" \
        PACKAGE_TEST_CACHE="$CACHE_DIR/package-test" \
        bash -c "$ENTER_ROOT_SCRIPT" enter-root "$@"
}

# Kept in a variable rather than fed on stdin, so programs in the root keep the caller's stdin.
read -r -d '' ENTER_ROOT_SCRIPT <<'INROOT' || true
set -e
bind() { mkdir -p "$ROOT$2"; mount --rbind "$1" "$ROOT$2"; }
mount -t proc proc "$ROOT/proc"
bind /dev /dev
bind /sys /sys
mount -t tmpfs tmpfs "$ROOT/tmp"
bind "$SRC" "$SRC"
bind "$CCACHE" /var/cache/ccache
# The package install test's clean Debian 13 root and downloaded packages (tests/packaging).
bind "$PACKAGE_TEST_CACHE" /var/cache/custos-package-test
export CUSTOS_PACKAGE_TEST_CACHE=/var/cache/custos-package-test
[ -d /tmp/.X11-unix ] && bind /tmp/.X11-unix /tmp/.X11-unix
[ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ] && { touch "$ROOT/tmp/.Xauthority"; mount --bind "$XAUTHORITY" "$ROOT/tmp/.Xauthority"; export XAUTHORITY=/tmp/.Xauthority; }
[ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ] && bind "$XDG_RUNTIME_DIR" "$XDG_RUNTIME_DIR"
# The labelled corpora beside the clone (../shared) feed the detector quality test.
[ -d "$SRC/../shared" ] && bind "$(cd "$SRC/../shared" && pwd)" "$(cd "$SRC/../shared" && pwd)"
[ -n "${CUSTOS_EXTRA_BIND:-}" ] && bind "$CUSTOS_EXTRA_BIND" "$CUSTOS_EXTRA_BIND"
# The headless run's store and key folders (see cmd_run), colon-separated.
IFS=: read -ra state_dirs <<<"${CUSTOS_STATE_BINDS:-}"
for dir in "${state_dirs[@]}"; do bind "$dir" "$dir"; done
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
# Behind a TLS-inspecting proxy the host trusts an extra CA; npm in the root must trust it too.
host_ca=${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}
if [ -f "$host_ca" ]; then
    touch "$ROOT/etc/ssl/host-ca-certificates.crt"
    mount --bind "$host_ca" "$ROOT/etc/ssl/host-ca-certificates.crt"
    export NODE_EXTRA_CA_CERTS=/etc/ssl/host-ca-certificates.crt
fi
cd "$SRC"
exec chroot "$ROOT" /usr/bin/env -C "$SRC" HOME=/root CCACHE_DIR=/var/cache/ccache CCACHE_BASEDIR="$SRC" CCACHE_NOHASHDIR=1 CCACHE_COMPILERCHECK=content \
    PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin "$@"
INROOT

# ---------------------------------------------------------------- environment choice

ENVIRONMENT=""
choose_environment() {
    [ -n "$ENVIRONMENT" ] && return 0
    if [ "${CUSTOS_FORCE_ROOT:-0}" != 1 ] && host_has_stack; then
        ENVIRONMENT=native
    elif [ "${CUSTOS_FORCE_ROOT:-0}" != 1 ] && host_can_apt_install_stack; then
        install_native_stack
        ENVIRONMENT=native
    else
        case "$(uname -s)" in Linux) ;; *) die "unsupported system $(uname -s)" "Custos builds on Linux only" ;; esac
        command -v unshare >/dev/null || die "unshare (util-linux) is missing" "install util-linux"
        ensure_root
        ENVIRONMENT=root
    fi
}

in_env() {
    choose_environment
    if [ "$ENVIRONMENT" = native ]; then (cd "$SRC_DIR" && "$@"); else in_root "$@"; fi
}

build_dir() { printf '%s/build/%s' "$SRC_DIR" "$ENVIRONMENT"; }

build() {
    choose_environment
    local dir
    dir=$(build_dir)
    # An optimised build without debug info, compiled in unity batches: on two cores this halves
    # the first build. Developers who want a debugger configure their own build folder.
    local -a options=(-G Ninja -S "$SRC_DIR" -B "$dir" -DCMAKE_BUILD_TYPE=Release
        "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG" -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=16)
    if [ "$ENVIRONMENT" = root ] || command -v ccache >/dev/null; then
        options+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    [ "${CI:-}" = true ] && options+=(-DCUSTOS_WERROR=ON)
    # Reconfigure when the options differ from the ones this folder was configured with.
    local stamp="$dir/.custos-configure-options"
    if [ ! -f "$dir/build.ninja" ] || [ "$(cat "$stamp" 2>/dev/null)" != "${options[*]}" ]; then
        in_env cmake "${options[@]}" >/dev/null
        printf '%s' "${options[*]}" >"$stamp"
    fi
    in_env cmake --build "$dir" --parallel "$(nproc)" --target all "$@"
}

find_program() {
    local dir name=$1
    dir=$(build_dir)
    for candidate in "$dir/bin/$name" "$dir/$name"; do
        [ -x "$candidate" ] && { printf '%s' "$candidate"; return 0; }
    done
    die "no built program named '$name' in $dir/bin" "run ./custos.sh build, then list $dir/bin"
}

# ---------------------------------------------------------------- the fuzz build

FUZZ_TARGETS="fuzz_http fuzz_sse fuzz_payload fuzz_policy fuzz_detectors fuzz_stream_scanner"
fuzz_dir() { printf '%s/build/fuzz' "$SRC_DIR"; }

# A tree of its own: clang, libFuzzer, ASan and UBSan on the core libraries and the fuzz targets,
# nothing else. A Debug configuration keeps Qt's and the code's assertions; -O1 keeps it fast.
fuzz_build() {
    choose_environment
    local dir
    dir=$(fuzz_dir)
    local -a options=(-G Ninja -S "$SRC_DIR" -B "$dir" -DCUSTOS_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug
        "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_UNITY_BUILD=ON
        -DCMAKE_UNITY_BUILD_BATCH_SIZE=16)
    if [ "$ENVIRONMENT" = root ] || command -v ccache >/dev/null; then
        options+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    in_env sh -c 'command -v clang++ >/dev/null' \
        || die "the fuzz build needs clang++ and libFuzzer" "install clang and libclang-rt-19-dev (the Debian 13 root has them)"
    local stamp="$dir/.custos-configure-options"
    if [ ! -f "$dir/build.ninja" ] || [ "$(cat "$stamp" 2>/dev/null)" != "${options[*]}" ]; then
        in_env cmake "${options[@]}" >/dev/null
        printf '%s' "${options[*]}" >"$stamp"
    fi
    in_env cmake --build "$dir" --parallel "$(nproc)" --target fuzzers
}

# Fuzzes one target for SECONDS: what it finds joins build/fuzz/corpus/TARGET (the committed seeds
# and crashers are only read), a crash is written to build/fuzz/artifacts/TARGET/.
fuzz_run() {
    local target=$1 seconds=${2:-60}
    shift $(($# < 2 ? $# : 2))
    case " $FUZZ_TARGETS " in *" $target "*) ;; *) die "no fuzz target named '$target'" "use one of: $FUZZ_TARGETS" ;; esac
    case "$seconds" in '' | *[!0-9]*) die "'$seconds' is not a number of seconds" "e.g. ./custos.sh exec $target 60" ;; esac
    fuzz_build >/dev/null
    local dir fuzz_src="$SRC_DIR/tests/fuzz"
    dir=$(fuzz_dir)
    mkdir -p "$dir/corpus/$target" "$dir/artifacts/$target"
    local -a args=("-max_total_time=$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        "-artifact_prefix=$dir/artifacts/$target/" "$dir/corpus/$target" "$fuzz_src/corpus/$target")
    [ -f "$fuzz_src/dictionaries/$target.dict" ] && args=("-dict=$fuzz_src/dictionaries/$target.dict" "${args[@]}")
    [ -d "$fuzz_src/regressions/$target" ] && args+=("$fuzz_src/regressions/$target")
    in_env env LC_ALL=C.UTF-8 ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 "$dir/bin/$target" "${args[@]}" "$@"
}

cmd_fuzz() {
    case "${1:-}" in
    "") fuzz_build ;;
    smoke) shift; fuzz_build && in_env ctest --test-dir "$(fuzz_dir)" -L fuzz --output-on-failure "$@" ;;
    *) fuzz_run "$@" ;;
    esac
}

# ---------------------------------------------------------------- verbs

# The whole suite (no ctest arguments) also builds the fuzz tree and runs each target's 10-second
# smoke run: on a warm ccache that adds about a minute and a half. CUSTOS_SKIP_FUZZ=1, or a host
# without clang, leaves it out (the default tree still replays every seed and crasher).
cmd_test() {
    build
    in_env ctest --test-dir "$(build_dir)" --output-on-failure --timeout 600 --parallel "$(nproc)" "$@"
    [ $# -eq 0 ] && [ "${CUSTOS_SKIP_FUZZ:-0}" != 1 ] || return 0
    if ! in_env sh -c 'command -v clang++ >/dev/null'; then
        note "no clang++ here: the fuzz smoke runs are skipped (./custos.sh fuzz smoke runs them)"
        return 0
    fi
    fuzz_build
    in_env ctest --test-dir "$(fuzz_dir)" -L fuzz --output-on-failure --parallel "$(nproc)"
}

cmd_exec() {
    [ $# -ge 1 ] || die "exec needs a program name" "e.g. ./custos.sh exec custosctl --help"
    case "$1" in fuzz_*) fuzz_run "$@"; return ;; esac
    build benchmarks >/dev/null
    local program
    program=$(find_program "$1")
    shift
    in_env "$program" "$@"
}

cmd_run() {
    build
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        in_env "$(find_program custos)" "$@"
    else
        # custosctl quickstart keeps its store and key in the XDG folders; inside the Debian 13 root
        # they are the host's, bound at the same paths, so a later run (and the host) finds them.
        local data="${XDG_DATA_HOME:-$HOME/.local/share}" config="${XDG_CONFIG_HOME:-$HOME/.config}"
        mkdir -p "$data/custos" "$config/custos" 2>/dev/null \
            || die "cannot create $data/custos or $config/custos for the store and its key" \
                "set XDG_DATA_HOME and XDG_CONFIG_HOME to writable folders"
        note "no display: setting up (first run) or reusing the default store, then serving headless"
        CUSTOS_STATE_BINDS="$data/custos:$config/custos" in_env env XDG_DATA_HOME="$data" \
            XDG_CONFIG_HOME="$config" "$(find_program custosctl)" quickstart --listen "$DEFAULT_LISTEN" "$@"
    fi
}

usage() {
    sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

main() {
    local verb=${1:-}
    [ $# -gt 0 ] && shift
    case "$verb" in
    run) cmd_run "$@" ;;
    test) cmd_test "$@" ;;
    exec) cmd_exec "$@" ;;
    build) build ;;
    fuzz) cmd_fuzz "$@" ;;
    shell) in_env bash -i ;;
    env) choose_environment && printf '%s\n' "$ENVIRONMENT" ;;
    -h | --help | help | "") usage ;;
    *) usage >&2; die "unknown verb '$verb'" "use run, test, exec, build, fuzz or shell" ;;
    esac
}

main "$@"
