"""The frozen app's entry point (packaging/briefing-desk.spec): the `briefing-app` command, with
multiprocessing's child processes (packs/batch.py's pool) recognised before anything else runs."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a pool worker started by the frozen exe runs its task and exits here
    from briefing_app.launcher import main

    sys.exit(main())
