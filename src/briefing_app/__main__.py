"""`python -m briefing_app` is the same as the `briefing-app` command."""

import sys

from briefing_app.launcher import main

sys.exit(main())
