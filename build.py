#!/usr/bin/env python3
"""Build the visit tracker: `python build.py --help` lists the commands."""

import gc
import sys

from tracker.cli import main

if __name__ == "__main__":
    code = main()
    # The process ends here: its objects go with it, and the collection Python makes at its
    # exit would walk every one still alive first (a third of a second after a full build).
    gc.freeze()
    sys.exit(code)
