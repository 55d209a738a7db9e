"""Write the desk's four short, distinct sounds to resources/sounds/ (run once; the WAVs are committed).

    python tools/make_sounds.py

checked_in: a bright rising two-note chime; already: two equal mid beeps;
unknown: a low buzz; attention: three quick high beeps. 22.05 kHz, 16-bit mono.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def tone(freq: float, seconds: float, volume: float = 0.5, square: bool = False) -> list[float]:
    count = int(RATE * seconds)
    samples = []
    for i in range(count):
        value = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            value = 0.6 if value >= 0 else -0.6
        fade = min(1.0, i / (RATE * 0.005), (count - i) / (RATE * 0.02))  # no clicks
        samples.append(volume * value * fade)
    return samples


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


SOUNDS = {
    "checked_in": tone(880, 0.09) + tone(1318.5, 0.16),
    "already": tone(660, 0.12) + silence(0.06) + tone(660, 0.12),
    "unknown": tone(196, 0.35, 0.45, square=True),
    "attention": (tone(1568, 0.07) + silence(0.05)) * 3,
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, samples in SOUNDS.items():
        with wave.open(str(OUT / f"{name}.wav"), "wb") as f:
            f.setnchannels(1)
            f.setsampwidth(2)
            f.setframerate(RATE)
            f.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))
        print(OUT / f"{name}.wav")


if __name__ == "__main__":
    main()
