#!/usr/bin/env bash
# Refresh the translation sources from the code (lupdate) and compile them (lrelease).
#   bash packaging/update_translations.sh        # after changing user-visible strings
# Translators edit resources/translations/caregiver_app_<lang>.ts (Qt Linguist or any editor).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PYSIDE_BIN:-.venv/bin}
mapfile -t sources < <(find caregiver_app -name '*.py' -not -path '*/__pycache__/*' | sort)
for ts in resources/translations/caregiver_app_*.ts; do
  "$bin/pyside6-lupdate" -no-obsolete -locations none "${sources[@]}" -ts "$ts"
  "$bin/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
