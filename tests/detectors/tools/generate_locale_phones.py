#!/usr/bin/env python3
"""Phone numbers as each country writes them, in sentences, with near misses.

locale_phones.jsonl holds the numbers next to a word such as "phone" and the near misses (the
development set gates on it); locale_phones_bare.jsonl the same kind of numbers with no such
word, which is reported only: a bare 049141777 is an SSN, an account or a phone number alike.

The formats come from Faker's per-locale phone providers (MIT; Debian 13 package
python3-fake-factory), which encode how numbers are written in about 70 countries: trunk
prefixes, area codes in parentheses, (+CC) and 00CC prefixes, grouping and separators. The digits
are random, so most numbers are *not* assigned ranges: the set measures whether the detector
recognises a phone number by its written form, with and without a word such as "phone" nearby.
Negatives are the same locales' addresses, dates, postcodes, prices, ISBNs and EANs.

Regenerate (the output is committed; the build never runs this):
    apt-get install python3-fake-factory   # or PYTHONPATH=<unpacked .deb>/usr/lib/python3/dist-packages
    python3 tests/detectors/tools/generate_locale_phones.py tests/detectors/data
"""
import json
import random
import re
import sys
import warnings

warnings.filterwarnings("ignore")
from faker import Faker  # noqa: E402
import faker.config  # noqa: E402

SEED = 20261201
rng = random.Random(SEED)
WITH_WORD = ["Call me at «phone:{p}».", "Phone: «phone:{p}»", "You can reach {n} on «phone:{p}» during office hours.",
             "Tel «phone:{p}»", "My number is «phone:{p}», text me.", "{n}'s mobile is «phone:{p}»."]
WITHOUT_WORD = ["«phone:{p}»", "{n}, «phone:{p}», {c}", "{n} «phone:{p}»", "{n} - «phone:{p}» - {c}",
                "Details for {n}: «phone:{p}»; {c}."]
NEAR_MISSES = ["{n} moved to {a} on {d}.", "The invoice of {d} totals {pr}.", "Ship to {a}.",
               "Meeting at {t} on {d} in room {bn}.", "ISBN {isbn}, EAN {ean}, {y} edition.",
               "{n} was born on {d} in {c}.", "Postcode {pc}, building {bn}, {c}.",
               "Balance {pr} as of {d}, {pct}% up since {y}."]


def phone(fake):
    value = fake.phone_number()
    value = re.split(r"\s*(?:x|ext\.?)\s*\d+$", value)[0]  # extensions are not part of the number
    digits = sum(ch.isdigit() for ch in value)
    if digits < 7 or not value.isascii():
        return None  # short codes (112, 1411) and non-ASCII digits are not in scope
    return value


def optional(fake, name, default):
    return getattr(fake, name)() if hasattr(fake, name) else default


rows = []
bare = []
for locale in faker.config.AVAILABLE_LOCALES:
    fake = Faker(locale)
    fake.seed_instance(rng.randrange(1 << 30))
    if not hasattr(fake, "phone_number"):
        continue
    for i in range(16):
        value = phone(fake)
        if value is None:
            continue
        into, templates = (rows, WITH_WORD) if i % 2 == 0 else (bare, WITHOUT_WORD)
        into.append(rng.choice(templates).format(p=value, n=fake.name(), c=fake.city()))
    for _ in range(4):
        values = dict(n=fake.name(), a=optional(fake, "address", "1 Main St").replace("\n", ", "), d=fake.date(),
                      pr=f"{rng.randrange(10, 99999)}.{rng.randrange(100):02d}", t=fake.time()[:5],
                      bn=optional(fake, "building_number", "12"), isbn=optional(fake, "isbn13", "978-3-16-148410-0"),
                      ean=fake.ean13(), y=fake.year(), c=fake.city(), pc=optional(fake, "postcode", "12345"),
                      pct=rng.randrange(1, 99))
        rows.append(rng.choice(NEAR_MISSES).format(**values))
for name, texts in (("locale_phones.jsonl", rows), ("locale_phones_bare.jsonl", bare)):
    with open(f"{sys.argv[1]}/{name}", "w", encoding="utf-8") as out:
        for text in texts:
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
