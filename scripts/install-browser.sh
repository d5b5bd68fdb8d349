#!/usr/bin/env bash
# Installs what the end-to-end tests need on Debian, if missing: Chromium, its translations (the German
# UI test), Firefox ESR (the Firefox suite, driven over WebDriver BiDi) and openssl (throwaway test
# certificates). Fails loudly, with what to do, if it cannot.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -f /usr/lib/chromium/locales/de.pak ] || missing+=(chromium-l10n)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
if [ ${#missing[@]} -eq 0 ]; then
  echo "browser setup: $(chromium --version 2>/dev/null | head -n 1), translations, $(firefox-esr --version 2>/dev/null | head -n 1) and openssl present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "browser setup: missing ${missing[*]}; run as root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
command -v apt-get >/dev/null 2>&1 || {
  echo "browser setup: missing ${missing[*]} and no apt-get here; install them and set CHROMIUM_PATH and FIREFOX_PATH" >&2
  exit 1
}
echo "browser setup: installing ${missing[*]} from apt"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
command -v chromium >/dev/null 2>&1 || { echo 'browser setup: chromium is still missing after apt-get install' >&2; exit 1; }
[ -f /usr/lib/chromium/locales/de.pak ] || { echo 'browser setup: chromium-l10n did not install its translations' >&2; exit 1; }
command -v firefox-esr >/dev/null 2>&1 || { echo 'browser setup: firefox-esr is still missing after apt-get install' >&2; exit 1; }
echo "browser setup: $(chromium --version | head -n 1), $(firefox-esr --version | head -n 1)"
