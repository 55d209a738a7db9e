"""checkin: a desktop check-in desk for conferences.

The package root holds the Qt-free core (event database, import, search,
codes, badges, exports) that both the command line and the window drive.
Only ``checkin.ui`` imports PySide6.
"""

__version__ = "0.1.0"
