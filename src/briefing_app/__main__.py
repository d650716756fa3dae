"""`python -m briefing_app` is the same as the `briefing-app` command."""

import sys

from briefing_app.cli import main

sys.exit(main())
