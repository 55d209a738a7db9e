"""Start checkin from a source checkout: ``python main.py`` does what ``checkin`` does."""

import sys

from checkin.cli import main

if __name__ == "__main__":
    sys.exit(main())
