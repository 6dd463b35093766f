#!/bin/sh
# Debian packages that OCR of scanned plans needs: Tesseract with English, and Ghostscript; and
# Chromium with its WebDriver, in which the tests open inspect's and report's pages.
# Installed when missing and apt-get can run (root, as in CI); otherwise a warning, and the OCR
# tests are skipped with that reason (CI sets ACTIONPLAN_REQUIRE_OCR=1 so they fail instead).
PACKAGES="tesseract-ocr tesseract-ocr-eng ghostscript chromium chromium-driver"
if dpkg -s $PACKAGES >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq $PACKAGES >/dev/null 2>&1 \
    || { apt-get update -qq && apt-get install -y -qq $PACKAGES >/dev/null; } \
    || echo "warning: could not install $PACKAGES; scanned plans cannot be OCRed, browser tests skip" >&2
else
  echo "warning: OCR of scanned plans needs: sudo apt-get install $PACKAGES" >&2
fi
exit 0
