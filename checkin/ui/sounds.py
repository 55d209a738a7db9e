"""The desk's sounds: one short, distinct sound per banner state, played with QSoundEffect.

QtMultimedia is loaded on the first sound, not at start (it costs start-up time),
and a machine without audio simply stays silent.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl

from checkin.assets import resource

log = logging.getLogger(__name__)

NAMES = ("checked_in", "already", "unknown", "attention")


class Sounds(QObject):
    """``Sounds(parent).play("checked_in")``; ``enabled`` follows the settings."""

    def __init__(self, parent: QObject | None = None, enabled: bool = True):
        super().__init__(parent)
        self.enabled = enabled
        self._effects: dict = {}
        self.last_played: str | None = None  # what the desk asked for last (played if enabled)

    def _effect(self, name: str):
        if name not in self._effects:
            try:
                from PySide6.QtMultimedia import QSoundEffect

                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(resource("sounds", f"{name}.wav"))))
                effect.setVolume(0.8)
            except Exception as exc:  # no audio stack: stay silent
                log.warning("sound %s unavailable: %s", name, exc)
                effect = None
            self._effects[name] = effect
        return self._effects[name]

    def play(self, name: str) -> None:
        if name not in NAMES:
            raise ValueError(f"unknown sound {name!r}")
        self.last_played = name
        if not self.enabled:
            return
        effect = self._effect(name)
        if effect is not None:
            effect.play()
