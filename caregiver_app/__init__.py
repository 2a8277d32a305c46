"""Caregiver dashboard: a private diary of muscle twitching and spasms after a stroke or brain injury."""

__version__ = "0.1.0"
APP_NAME = "caregiver-app"
APP_DISPLAY_NAME = "Caregiver Dashboard"
