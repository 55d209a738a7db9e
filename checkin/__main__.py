"""``python -m checkin``: the same entry point as the ``checkin`` console script."""

import sys

from checkin.cli import main

sys.exit(main())
