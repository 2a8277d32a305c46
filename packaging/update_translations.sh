#!/usr/bin/env bash
# Refresh the translation sources from the code (lupdate) and compile them (lrelease).
#   bash packaging/update_translations.sh        # after changing user-visible strings
# Translators edit resources/translations/caregiver_app_<lang>.ts (Qt Linguist or any editor).
# caregiver_app_en.ts holds only the English plural forms of the texts written with %n
# ("%n episode(s)" -> "1 episode", "2 episodes"); every other English text is its source.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PYSIDE_BIN:-.venv/bin}
mapfile -t sources < <(find caregiver_app -name '*.py' -not -path '*/__pycache__/*' | sort)
for ts in resources/translations/caregiver_app_*.ts; do
  only=()
  [[ $ts == *_en.ts ]] && only=(-pluralonly)
  "$bin/pyside6-lupdate" "${only[@]}" -no-obsolete -locations none "${sources[@]}" -ts "$ts"
  "$bin/pyside6-lrelease" "$ts" -qm "${ts%.ts}.qm"
done
