"""`python -m caregiver_app`."""

from caregiver_app.cli import main

raise SystemExit(main())
