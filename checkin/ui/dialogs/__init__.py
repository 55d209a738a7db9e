"""Dialogs of the window: walk-in, edit attendee, settings, import wizard, undo reason."""
