#!/bin/sh
# The Debian packages `make run`, `make test` and `make screenshots` need, installed with apt-get when
# they are missing (with sudo when not root). When they cannot be installed, this says what is missing
# and what will not work without it, and goes on: nothing here stops the make target.
#
# usage: scripts/system-packages.sh run|test|screenshots
# TIETOVIRTA_NO_APT=1 only reports, never installs.
set -u
purpose=${1:-run}

# package|check|what does not work without it. A check is a command, an absolute path, lib:<soname>
# (a shared library), postgres (the server binaries, which Debian keeps outside PATH), venv (Python's
# venv with pip, a package of its own on Debian) or tessdata:<language> (Tesseract's language data).
RUN_PACKAGES='python3-venv|venv|the virtual environment (.venv) cannot be created
graphviz|dot|data-flow diagrams are not drawn (the pages show a note)
fonts-dejavu-core|/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf|PDFs and diagrams may lack Finnish and Swedish letters
libpango-1.0-0|lib:libpango-1.0.so.0|PDF documents cannot be written (WeasyPrint needs Pango)
libpangoft2-1.0-0|lib:libpangoft2-1.0.so.0|PDF documents cannot be written (WeasyPrint needs Pango)
libharfbuzz-subset0|lib:libharfbuzz-subset.so.0|PDF documents cannot be written (WeasyPrint needs HarfBuzz)
tesseract-ocr|tesseract|scanned PDFs cannot be read (no text recognition, OCR)
tesseract-ocr-fin|tessdata:fin|scanned PDFs cannot be read (no Finnish for OCR)
tesseract-ocr-swe|tessdata:swe|scanned PDFs cannot be read (no Swedish for OCR)
tesseract-ocr-eng|tessdata:eng|scanned PDFs cannot be read (no English for OCR)'
TEST_PACKAGES="$RUN_PACKAGES
postgresql|postgres|the PostgreSQL run of the tests is skipped
chromium|chromium|the browser tests are skipped"
SCREENSHOT_PACKAGES="$TEST_PACKAGES
poppler-utils|pdftoppm|the picture of a PDF page in the README is not refreshed"

case "$purpose" in
  run) wanted=$RUN_PACKAGES ;;
  test) wanted=$TEST_PACKAGES ;;
  screenshots) wanted=$SCREENSHOT_PACKAGES ;;
  *) echo "usage: $0 run|test|screenshots" >&2; exit 2 ;;
esac

present() {
  case "$1" in
    /*) [ -e "$1" ] ;;
    lib:*) ldconfig -p 2>/dev/null | grep -q "${1#lib:}" ;;
    postgres) ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 ;;
    venv) "${PYTHON:-python3}" -c 'import ensurepip, venv' >/dev/null 2>&1 ;;
    tessdata:*) ls /usr/share/tesseract-ocr/*/tessdata/"${1#tessdata:}".traineddata >/dev/null 2>&1 ;;
    *) command -v "$1" >/dev/null 2>&1 ;;
  esac
}

missing() {
  echo "$wanted" | while IFS='|' read -r package check effect; do
    present "$check" || echo "$package|$effect"
  done
}

absent=$(missing)
[ -z "$absent" ] && exit 0

packages=$(echo "$absent" | cut -d'|' -f1 | sort -u | tr '\n' ' ')
echo "Tietovirta needs these Debian packages: $packages"
if [ "${TIETOVIRTA_NO_APT:-}" = 1 ]; then
  echo "  (TIETOVIRTA_NO_APT=1: not installing them)"
elif ! command -v apt-get >/dev/null 2>&1; then
  echo "  apt-get is not available here: install them with your system's package manager."
else
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
      echo "  installing them with sudo apt-get (you may be asked for your password)"
    else
      echo "  not root and no sudo: ask an administrator to run: apt-get install $packages"
      sudo="unavailable"
    fi
  fi
  if [ "$sudo" != unavailable ]; then
    export DEBIAN_FRONTEND=noninteractive
    # shellcheck disable=SC2086  # the package list is meant to split into words
    if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends $packages; } >/dev/null; then
      echo "  apt-get could not install them."
    fi
  fi
fi

still=$(missing)
if [ -n "$still" ]; then
  echo "Continuing without:"
  echo "$still" | while IFS='|' read -r package effect; do
    echo "  - $package: $effect"
  done
else
  echo "Installed."
fi
exit 0
