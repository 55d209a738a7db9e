"""Subcommands of this feature area (filled in by its issue)."""


def add_commands(command, json_flag, station_flag) -> None:
    """Register this area's subcommands with the ``checkin`` parser."""
