"""Attendee codes: randomness, the scanner-safe alphabet, lenient parsing."""

import math

import pytest

from checkin import codes


def test_codes_are_long_random_and_scanner_safe():
    made = {codes.new_code() for _ in range(5000)}
    assert len(made) == 5000
    assert math.log2(len(codes.ALPHABET)) * codes.RANDOM_LENGTH >= 60
    for forbidden in "YZO0I1L":
        assert forbidden not in codes.ALPHABET
    assert all(codes.is_valid(c) and len(c) == codes.LENGTH for c in made)


@pytest.mark.parametrize("decorate", [
    lambda c: c,
    lambda c: c.lower(),                          # Caps Lock / lower-case scanner
    lambda c: f"  {c}\r\n",                       # whitespace and line ends
    lambda c: f"]Q1{c}",                          # AIM symbology prefix some scanners add
    lambda c: f"{c}\t",                           # tab suffix
    lambda c: f"https://checkin.example/a/{c}?ref=badge",
    lambda c: f"CHK:{c}",
])
def test_parse_scan_finds_the_code(decorate):
    code = codes.new_code()
    assert codes.parse_scan(decorate(code)) == code


def test_parse_scan_rejects_typos_and_noise():
    code = codes.new_code()
    wrong = code[:-1] + next(c for c in codes.ALPHABET if c != code[-1])
    assert codes.parse_scan(wrong) is None
    swapped = code[1] + code[0] + code[2:]
    if swapped != code:
        assert codes.parse_scan(swapped) is None
    assert codes.parse_scan("Müller") is None
    assert codes.parse_scan("") is None


def test_codes_made_in_bulk_are_valid_unique_and_even():
    made = codes.new_codes(20_000)
    assert len(made) == 20_000 and len(set(made)) == 20_000
    assert all(codes.is_valid(c) for c in made)
    counts = {s: 0 for s in codes.ALPHABET}
    for c in made:
        for s in c[:-1]:
            counts[s] += 1
    expected = 20_000 * codes.RANDOM_LENGTH / len(codes.ALPHABET)
    assert all(abs(n - expected) < expected * 0.05 for n in counts.values()), counts
    assert codes.new_codes(0) == []
