"""The column-at-once folding an import uses gives exactly what folding value by value gives.

The reference functions below are the plain, one-value-at-a-time definitions
(the first version of checkin/search.py); the fast paths must agree with them
on awkward input: umlauts both ways, decomposed marks, special letters,
Greek final sigma, Cyrillic, punctuation runs, particles, line breaks.
"""

import random
import re
import unicodedata

import pytest

from checkin import codes, search

_SPECIAL = search._SPECIAL
_UMLAUT_SPELLED = search._UMLAUT_SPELLED


def reference_strip_marks(text):
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def reference_fold(text):
    text = re.sub(r"([aou])e", r"\1", reference_strip_marks(text))
    return re.sub(r"(?:\W|_)+", " ", text).strip()  # letters and digits of every script stay


def reference_din(text):
    return reference_strip_marks(unicodedata.normalize("NFC", text).translate(_UMLAUT_SPELLED)).strip()


def reference_sort_key(last, first):
    parts = last.split()
    i = 0
    while i < len(parts) - 1 and parts[i].lower() in search.PARTICLES:
        i += 1
    plain = " ".join(parts[i:])
    return f"{reference_din(plain)}\x01{reference_din(first)}\x01{reference_din(last)}"


PIECES = ["a", "e", "o", "u", "ae", "oe", "ue", "Ä", "ö", "Ü", "ß", "ẞ", "u\u0308", "ı", "Ł", "ø", "æ",
          "Œ", "þ", "ð", "Σ", "σ", "ΟΔΟΣ", "Олена", "ş", "ễ", "ﬁ", "①", "x", "M", "von ", "der ", "van ",
          " ", "  ", "-", ".", "@", "'", "&", "3", "\u00a0", "\t", "é", "ç", "\u0301"]


def random_values(rng, count, line_breaks=False):
    pieces = PIECES + (["\n"] if line_breaks else [])
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 7))) for _ in range(count)]


@pytest.mark.parametrize("seed", range(4))
def test_fold_and_sort_keys_agree_with_the_reference(seed):
    rng = random.Random(seed)
    values = random_values(rng, 3000)
    firsts = random_values(rng, 3000)
    assert [search.fold(v) for v in values] == [reference_fold(v) for v in values]
    assert search.fold_column(values) == [reference_fold(v) for v in values]
    assert [search.din5007_2(v) for v in values] == [reference_din(v) for v in values]
    expected_keys = [reference_sort_key(last, first) for last, first in zip(values, firsts)]
    assert search.sort_keys(values, firsts) == expected_keys
    assert [search.sort_key(last, first) for last, first in zip(values, firsts)] == expected_keys


def test_a_value_with_a_line_break_folds_alone():
    rng = random.Random(9)
    values = random_values(rng, 500, line_breaks=True) + ["Müller\nSchmidt"]
    assert search.fold_column(values) == [search.fold(v) for v in values]
    assert search.sort_keys(values, values) == [search.sort_key(v, v) for v in values]
    assert search.fold("Müller\nSchmidt") == "muller schmidt"


def test_repeated_values_fold_once_and_keep_their_places():
    values = ["Stadt Dortmund", "Müller", "Stadt Dortmund", "", "Müller"]
    assert search.fold_column(values) == ["stadt dortmund", "muller", "stadt dortmund", "", "muller"]


def test_order_numbers_follow_the_sort_keys():
    rng = random.Random(3)
    names = ["".join(rng.choice("ab -\x01") for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    keys = sorted(names + search.sort_keys(random_values(rng, 2000), random_values(rng, 2000))
                  + ["", "a", "a\x01", "ab", "a b", "a-a", "a-b", "z" * 20])
    exact = [k for k in keys if set(k) <= set("\x01 -abcdefghijklmnopqrstuvwxyz")]
    numbers = [search.order_number(k) for k in exact]
    assert search.order_numbers(keys) == [search.order_number(k) for k in keys]
    assert search.order_numbers(["a\nb", "b"]) == [search.order_number("a\nb"), search.order_number("b")]
    assert numbers == sorted(numbers)   # letters, spaces, hyphens: never out of order
    assert len(exact) > 4000
    assert max(search.order_number(k) for k in keys) < 2 ** 63 - search.ORDER_SLOTS
    assert search.order_number("a\x01b") < search.order_number("a b") < search.order_number("a-a")
    assert search.order_number("a-a") < search.order_number("aa") < search.order_number("a\u0436")


def test_search_rows_leave_out_email_words_that_are_names():
    rows = search.search_rows(["Müller", "Nguyễn"], ["Anna", "Thi Lan"], ["Stadt Dortmund", ""],
                              ["anna.mueller@stadt-do.de", "tl.nguyen@web.de"])
    assert rows == [("muller", "anna", "stadt dortmund", "stadt do de"),
                    ("nguyen", "thi lan", "", "tl web de")]
    rows = search.search_rows(["Müller-Lüdenscheidt", "Ohm"], ["Karl-Heinz", "Jo"], ["", "Ruhr-Uni"],
                              ["k.mueller@x.de", ""], ["Prof. Dr.", ""])
    assert rows == [("muller ludenscheidt mullerludenscheidt", "karl heinz karlheinz prof dr", "", "k x de"),
                    ("ohm", "jo", "ruhr uni", "")]


def test_bulk_codes_are_valid_distinct_and_use_the_whole_alphabet():
    made = codes.new_codes(20_000)
    assert len(set(made)) == len(made) == 20_000
    assert all(codes.is_valid(c) for c in made)
    assert set("".join(made)) == set(codes.ALPHABET)
    # the check symbol is the one the single-code rule computes
    assert all(codes._check_symbol(c[:-1]) == c[-1] for c in made[:2000])


def test_typed_code_prefix():
    assert codes.typed_prefix(" k7m3q ") == "K7M3Q"
    assert codes.typed_prefix("k7m") is None            # too short to mean a code
    assert codes.typed_prefix("meyer") is None          # Y is not in the alphabet
    assert codes.typed_prefix("anna schmidt") is None
