"""Who is logging on this computer: chosen in Settings, remembered in the settings file.

Until someone chooses, it is the name of the computer account (read once), shown in Settings so
it can be changed.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from caregiver_app.services.caregivers import MAX_NAME, account_name, clean_name

KEY = "caregiver/name"


def caregiver_name(settings: QSettings) -> str:
    """The caregiver chosen on this computer, else the account's name."""
    chosen = clean_name(str(settings.value(KEY, "") or ""))[:MAX_NAME]  # even if hand-edited
    return chosen or account_name()


def set_caregiver_name(settings: QSettings, name: str) -> None:
    settings.setValue(KEY, clean_name(name))
    settings.sync()
