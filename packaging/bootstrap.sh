# Shared set-up for ./run and ./test: system libraries Qt needs, then the project's venv.
# Sourced, not executed: `source packaging/bootstrap.sh; bootstrap runtime|test`.

# Libraries the Qt wheels load at run time (xcb for a desktop session, EGL/GL, fonts).
RUNTIME_PACKAGES="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
 libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
 fonts-dejavu-core"
# For the tests: LibreOffice opens the exported reports (Liberation fonts stand in for
# Times New Roman), PostgreSQL serves the shared-archive variants of the tests, PyInstaller
# reads the bundle's libraries with objdump (binutils).
TEST_PACKAGES="libreoffice-writer-nogui fonts-liberation poppler-utils postgresql binutils"

_missing_packages() {
    local pkg missing=""
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing="$missing $pkg"
    done
    echo "$missing"
}

_install_system_packages() {
    command -v dpkg-query >/dev/null || { echo "Not a Debian/Ubuntu system: install Qt's libraries yourself." >&2; return 0; }
    local missing
    missing=$(_missing_packages "$@")
    [ -z "$missing" ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then sudo="sudo"; else
            echo "Missing system packages:$missing (install them as root with apt-get)" >&2
            return 1
        fi
    fi
    echo "Installing system packages:$missing"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086 # the list is meant to split into words
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}

_python() {
    local candidate
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "Python 3.11 or newer is needed" >&2
    return 1
}

_install_venv() {
    # $1: the optional-dependency groups to add ("test,package"), or nothing for the app alone.
    local extras="${1:-}" python stamp target="."
    python=$(_python) || return 1
    if [ ! -x .venv/bin/python ]; then
        "$python" -m venv .venv || { echo "Could not create .venv (apt-get install python3-venv)" >&2; return 1; }
    fi
    # Reinstall only when the declared dependencies change.
    if [ -n "$extras" ]; then target=".[$extras]"; fi
    stamp=".venv/.tulieu-${extras:-app}-$(sha256sum pyproject.toml | cut -c1-16)"
    if [ ! -f "$stamp" ]; then
        .venv/bin/python -m pip install -q --upgrade pip
        .venv/bin/python -m pip install -q -e "$target" || return 1
        rm -f .venv/.tulieu-"${extras:-app}"-*
        touch "$stamp"
    fi
    # Bytecode, as an installed app has it (an editable install writes none, and where
    # PYTHONDONTWRITEBYTECODE is set Python never would): every import worker process would
    # otherwise compile the package again as it starts. Up-to-date files are skipped.
    .venv/bin/python -m compileall -q desktop >/dev/null || return 1
    # The .qm catalogues are build outputs; compiling them takes a fraction of a second.
    .venv/bin/python packaging/build_translations.py >/dev/null || return 1
}

bootstrap() {
    local mode="$1"
    if [ "$mode" = test ]; then
        # shellcheck disable=SC2086
        _install_system_packages $RUNTIME_PACKAGES $TEST_PACKAGES || return 1
        # `package` (PyInstaller): tests/packaging builds the bundle and runs it.
        _install_venv test,package
    else
        # shellcheck disable=SC2086
        _install_system_packages $RUNTIME_PACKAGES || return 1
        _install_venv
    fi
}
