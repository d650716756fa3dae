"""The crash log: where a failure that is our bug leaves its traceback, in the data folder so a user
can find and send it. Shared by the GUI's crash reports (ui/failures.py), the command line's
"internal error" and an exception that escapes the window (cli.main), frozen or not. No Qt here:
the CLI uses it headless."""

from __future__ import annotations

import datetime as dt
import faulthandler
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from briefing_app import __version__, paths

LOG_FILE = "crash.log"
LOG_LIMIT = 1_000_000  # bytes; the previous log is kept as crash.log.1


def crash_log() -> Path:
    return paths.data_dir() / "logs" / LOG_FILE


def write_crash_log(title: str, error: BaseException, trace: str = "") -> Path:
    """Append the traceback to the crash log (rotated at LOG_LIMIT); returns the log's path."""
    path = crash_log()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.exists() and path.stat().st_size > LOG_LIMIT:
        path.replace(path.with_name(LOG_FILE + ".1"))
    text = trace or "".join(traceback.format_exception(error))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    build = "frozen" if paths.is_frozen() else "source"
    with path.open("a", encoding="utf-8") as log:
        log.write(f"--- {stamp} Briefing Desk {__version__} ({build}, Python {sys.version.split()[0]}, "
                  f"{sys.platform}): {title}\n{text.rstrip()}\n")
    return path


def where_logged(title: str, error: BaseException, trace: str = "") -> str:
    """'The details were written to PATH.', or why no log could be written."""
    try:
        return f"The details were written to {write_crash_log(title, error, trace)}."
    except OSError as log_error:
        return f"The details could not be written to a log file ({log_error})."


FATAL_FILE = "fatal.log"


@dataclass(slots=True)
class FatalLog:
    """faulthandler's file for this process (kept open), and the crash log if the previous session's
    fatal error was moved into it at start."""

    file: TextIO | None
    recovered: Path | None


def enable_fatal_log() -> FatalLog:
    """A crash Python cannot catch (a segmentation fault in Qt or a C library) still leaves the Python
    stacks behind: faulthandler writes them to logs/fatal.log, and the next start moves them into the
    crash log (and the window says where)."""
    fatal = crash_log().with_name(FATAL_FILE)
    recovered = None
    try:
        fatal.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if fatal.is_file() and fatal.stat().st_size:
            trace = fatal.read_text(encoding="utf-8", errors="replace")
            recovered = write_crash_log("Fatal error in the previous session", RuntimeError("fatal error"), trace)
        log = fatal.open("w", encoding="utf-8")
    except OSError:
        return FatalLog(None, recovered)
    faulthandler.enable(log)
    return FatalLog(log, recovered)
