"""The window: the only package of checkin that imports PySide6."""
