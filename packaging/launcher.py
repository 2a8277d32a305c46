"""Entry point of the PyInstaller bundle: the same as the installed `caregiver-app` command."""

import sys

from caregiver_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
