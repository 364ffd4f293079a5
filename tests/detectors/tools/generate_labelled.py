#!/usr/bin/env python3
"""Generates tests/detectors/data/generated.jsonl, the labelled development set.

Values are built from each format's own rules (ISO/IEC 7812 IIN ranges and Luhn, ISO 13616 IBAN
lengths and mod 97, ITU-T E.164 national numbering plans, SSA SSN ranges, RFC 5321 addresses, IPv4
and IPv6 text forms, vendor token documentation) with a seeded random source, written the ways
people type them, inside realistic sentences; near misses (a wrong check digit, a never-issued
range, a date, an amount, a version) are negatives. Secret tokens are written as {K:n} templates
(tests/detectors/DetectorTestData.h expands them) so the repository holds nothing that looks like
a live credential. Markers: «group:value».

    python3 tests/detectors/tools/generate_labelled.py > tests/detectors/data/generated.jsonl
"""
import json
import random
import string

rng = random.Random(20241201)
rows = []


def add(text):
    rows.append({"text": text})


def digits(n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


CARD_BRANDS = [  # (prefix choices, lengths, grouping for 16/15/14)
    (["4"], [16, 13, 19]), (["51", "52", "53", "54", "55"], [16]), (["2221", "2500", "2720"], [16]),
    (["34", "37"], [15]), (["6011", "644", "649", "65"], [16]), (["3528", "3530", "3589"], [16, 19]),
    (["2131", "1800"], [15]), (["300", "305", "36"], [14]), (["38", "39"], [16]), (["62"], [16, 19]),
    (["50", "56", "58", "6304", "6759"], [12, 16, 19]), (["2200", "2204"], [16]), (["60", "508", "81"], [16]),
    (["9792"], [16]),
]


def group(number, sep):
    n = len(number)
    if n == 15:
        parts = [number[:4], number[4:10], number[10:]]
    elif n == 14:
        parts = [number[:4], number[4:10], number[10:]]
    else:
        parts = [number[i:i + 4] for i in range(0, n, 4)]
    return sep.join(parts)


def card_texts():
    templates = [
        "Please charge card «credit_card:{v}» for the renewal.",
        "Customer paid with {v2}«credit_card:{v}», expiry 09/27.",
        "The number on file is «credit_card:{v}»; the CVV was not stored.",
        "«credit_card:{v}»",
        "refund to «credit_card:{v}» (order 44817)",
        "Kartennummer: «credit_card:{v}»",
    ]
    for prefixes, lengths in CARD_BRANDS:
        for _ in range(12):
            number = luhn_complete(rng.choice(prefixes), rng.choice(lengths))
            sep = rng.choice(["", " ", "-", " ", "  ", "."]) if len(number) in (14, 15, 16, 19) else ""
            value = group(number, sep) if sep else number
            add(rng.choice(templates).format(v=value, v2=""))
    for _ in range(40):  # a wrong check digit, or an issuer range nobody uses
        number = luhn_complete(rng.choice(["4", "51", "37", "6011"]), 16)
        bad = number[:-1] + str((int(number[-1]) + rng.randint(1, 9)) % 10)
        add(f"Ticket {bad[:8]}, reference {group(bad, ' ')} was rejected.")
        add(f"Tracking code {luhn_complete(rng.choice(['70', '75', '90', '99']), 16)} shipped.")


IBAN_LENGTHS = {"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20,
                "PL": 28, "SE": 24, "NO": 15, "DK": 18, "FI": 18, "IE": 22, "PT": 25, "LU": 20, "CZ": 24,
                "GR": 27, "HU": 28, "RO": 24, "SA": 24, "AE": 23, "TR": 26, "BR": 29, "MT": 31, "LC": 32}
LETTER_BANKS = {"GB": 4, "IE": 4, "NL": 4, "RO": 4, "MT": 4, "LC": 4}


def iban_for(country):
    length = IBAN_LENGTHS[country]
    letters = LETTER_BANKS.get(country, 0)
    bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(letters)) + digits(length - 4 - letters)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


def iban_texts():
    templates = [
        "Wire the deposit to «iban:{v}» by Friday.",
        "IBAN: «iban:{v}»",
        "Bitte überweisen Sie auf «iban:{v}».",
        "Our account «iban:{v}» (beneficiary ACME GmbH).",
        "«iban:{v}»",
    ]
    for country in IBAN_LENGTHS:
        for _ in range(7):
            iban = iban_for(country)
            style = rng.choice(["compact", "groups", "lower", "dashes", "lowergroups"])
            if style == "groups":
                value = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
            elif style == "lower":
                value = iban.lower()
            elif style == "dashes":
                value = "-".join(iban[i:i + 4] for i in range(0, len(iban), 4))
            elif style == "lowergroups":
                value = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)).lower()
            else:
                value = iban
            add(rng.choice(templates).format(v=value))
    for country in list(IBAN_LENGTHS)[:20]:  # a wrong check pair
        iban = iban_for(country)
        bad = iban[:2] + f"{(int(iban[2:4]) + 1) % 100:02d}" + iban[4:]
        add(f"The form showed {bad} which the bank refused.")


def email_texts():
    names = ["jane.doe", "j.smith", "ops-team", "max_mustermann", "li.wei", "o'brien", "ana+billing", "K.Nakamura",
             "support", "first.last.2024"]
    domains = ["example.com", "acme-corp.co.uk", "mail.uni-heidelberg.de", "corp.example.org", "xn--bcher-kva.de",
               "startup.io", "EXAMPLE.NET", "subsidiary.acme.travel"]
    templates = ["Contact «email:{v}» for access.", "From: «email:{v}»", "cc «email:{v}», please.",
                 "Mail <«email:{v}»> bounced.", "«email:{v}»"]
    for _ in range(120):
        value = rng.choice(names).replace("'", "") + str(rng.choice(["", rng.randint(1, 99)])) + "@" + rng.choice(domains)
        add(rng.choice(templates).format(v=value))
    for text in ["Ping me on @handle or at name(at)example.com.", "the user@localhost account", "version 1.2@beta",
                 "email me at jane dot doe at example dot com"]:
        add(text)


def nanp():
    area = rng.choice(["212", "415", "646", "312", "206", "617", "303", "512", "702", "213", "305", "404"])
    return area, rng.choice("23456789") + digits(2), digits(4)


def phone_values():
    a, b, c = nanp()
    yield f"({a}) {b}-{c}"
    a, b, c = nanp()
    yield f"{a}-{b}-{c}"
    a, b, c = nanp()
    yield f"+1 {a} {b} {c}"
    a, b, c = nanp()
    yield f"{a}.{b}.{c}"
    yield f"020 7{digits(3)} {digits(4)}"
    yield f"+44 20 7{digits(3)} {digits(4)}"
    yield f"+44 (0)20 7{digits(3)} {digits(4)}"
    yield f"07{rng.choice('45789')}{digits(2)} {digits(6)}"
    yield f"030 {digits(8)}"
    yield f"+49 30 {digits(8)}"
    yield f"0151 {digits(8)}"
    yield f"+49 (0)89 {digits(7)}"
    yield f"0{rng.choice('12345')} {digits(2)} {digits(2)} {digits(2)} {digits(2)}"
    yield f"06 {digits(2)} {digits(2)} {digits(2)} {digits(2)}"
    yield f"+33 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}"
    yield f"6{digits(2)} {digits(3)} {digits(3)}"
    yield f"+34 91{digits(1)} {digits(3)} {digits(3)}"
    yield f"3{rng.choice('2345')}{digits(1)} {digits(3)} {digits(4)}"
    yield f"+39 06 {digits(4)} {digits(4)}"
    yield f"06-{rng.choice('12345678')}{digits(7)}"
    yield f"+31 20 {digits(3)} {digits(4)}"
    yield f"08-{digits(3)} {digits(3)} {digits(2)}"
    yield f"+46 (0)8 {digits(3)} {digits(3)} {digits(2)}"
    yield f"+46 70 {digits(3)} {digits(2)} {digits(2)}"
    yield f"00 44 20 7{digits(3)} {digits(4)}"
    yield f"+61 2 {digits(4)} {digits(4)}"
    yield f"+91 98{digits(3)} {digits(5)}"
    yield f"+65 9{digits(3)} {digits(4)}"
    yield f"+81 3-{digits(4)}-{digits(4)}"


def phone_texts():
    templates = ["Call me on «phone:{v}» after five.", "Tel. «phone:{v}»", "Mobile: «phone:{v}»",
                 "You can reach the front desk at «phone:{v}».", "«phone:{v}»", "Fax «phone:{v}» (office hours)",
                 "ring «phone:{v}» or email us", "Rufen Sie «phone:{v}» an."]
    for _ in range(9):
        for value in phone_values():
            add(rng.choice(templates).format(v=value))
    negatives = ["Invoice 2024-11-03 was paid on 03.11.2024.", "The release 10.4.2 ships on 2025-01-15.",
                 "Revenue grew to 1.234.567 EUR in 2019-2023.", "Meeting moved from 14:30 to 15:45 on 12/05/2024.",
                 "Order #48213977 is in batch 7 of 12.", "Version 3.14.159 fixed issue 4412.",
                 "The population was 8 336 817 in the 2020 census.", "Use port 8080 and timeout 30000 ms.",
                 "Between 1999 and 2004 sales were 12,500,000 units.", "Room 4.12, building 7, floor 3."]
    for text in negatives:
        add(text)


def ssn_texts():
    templates = ["SSN «us_ssn:{v}» on the W-4.", "Social Security number: «us_ssn:{v}»",
                 "Applicant «us_ssn:{v}» was verified.", "ssn=«us_ssn:{v}»"]
    for _ in range(60):
        area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
        value = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        sep = rng.choice(["-", "-", " ", ""])
        text = value if not sep else f"{value[:3]}{sep}{value[3:5]}{sep}{value[5:]}"
        add(rng.choice(templates).format(v=text))
    for bad in ["000-12-3456", "666-12-3456", "123-00-4567", "321-45-0000"]:
        add(f"Test value {bad} is never issued.")


def ip_texts():
    templates = ["Server «ip:{v}» stopped responding.", "ssh admin@«ip:{v}»", "allow from «ip:{v}»;",
                 "The client IP was «ip:{v}».", "«ip:{v}»"]
    for _ in range(60):
        v4 = ".".join(str(rng.randint(1, 254)) for _ in range(4))
        add(rng.choice(templates).format(v=v4))
        groups = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
        v6 = ":".join(groups) if rng.random() < 0.5 else ":".join(groups[:3]) + "::" + groups[7]
        add(rng.choice(templates).format(v=v6))
    for text in ["Version 1.2.3 replaced 256.300.1.1 in the docs.", "Call at 10:30:45 please."]:
        add(text)


SECRET_TEMPLATES = [
    ("github_any", "ghp_{A:36}"), ("github_any", "gho_{A:36}"), ("github_any", "github_pat_{A:22}_{A:59}"),
    ("gitlab_any", "glpat-{A:20}"), ("aws_access_key_id", "AKIA{U2:16}"), ("slack_token", "xoxb-{d:12}-{d:12}-{A:24}"),
    ("stripe_any", "sk_live_{A:24}"), ("openai_api_key", "sk-proj-{A:48}"), ("npm_token", "npm_{A:36}"),
    ("sendgrid_api_key", "SG.{A:22}.{A:43}"), ("databricks_token", "dapi{h:32}"), ("linear_api_key", "lin_api_{A:40}"),
    ("postman_api_key", "PMAK-{h:24}-{h:34}"), ("pulumi_token", "pul-{h:40}"), ("doppler_token", "dp.pt.{A:43}"),
    ("new_relic_key", "NRAK-{U:27}"), ("groq_api_key", "gsk_{A:52}"), ("rubygems_api_key", "rubygems_{h:48}"),
    ("shopify_token", "shpat_{h:32}"), ("sonar_token", "squ_{h:40}"), ("vault_token", "hvs.{A:95}"),
    ("tailscale_key", "tskey-auth-{A:12}-{A:24}"), ("docker_hub_pat", "dckr_pat_{A:27}"),
    ("mailgun_key", "key-{h:32}"), ("alibaba_access_key_id", "LTAI{A:20}"), ("age_secret_key", "AGE-SECRET-KEY-1{C:58}"),
]
SECRET_SENTENCES = ["token: «{g}:{v}»", "Here is my key «{g}:{v}», can you debug the call?",
                    "\"apiKey\": \"«{g}:{v}»\"", "config.set('auth', '«{g}:{v}»')"]


def secret_texts():
    for group_name, template in SECRET_TEMPLATES:
        for sentence in SECRET_SENTENCES:
            add(sentence.format(g=group_name, v=template))
    for vendor in ["heroku", "datadog", "algolia", "cloudflare", "hubspot", "twilio", "okta", "zendesk"]:
        add(f"{vendor}_api_key = \"«vendor_keyword_secret:{{h:32}}»\"")
        add(f"{vendor.upper()}_TOKEN=«vendor_keyword_secret:{{A:40}}»")
    for text in ["password = \"«generic_secret:{A:20}»\"", "DB_PASSWORD=«generic_secret:{A:16}»",
                 "Authorization: Bearer «authorization_header:{A:40}»",
                 "«database_url:postgres://admin:{A:14}@db.internal:5432/app»"]:
        add(text)
    prose = ["The token ring network was replaced in 1998.", "Remember to rotate your password every quarter.",
             "The secret to good bread is patience and a hot oven.", "Our API key management guide is on the wiki.",
             "Set the key to the value shown on the settings page.", "password: changeme",
             "api_key = YOUR_API_KEY_HERE", "token = ${GITHUB_TOKEN}", "secret: <redacted>",
             "The stripe on the flag is red, the heroku dashboard is blue.",
             "GitHub released version 3.12 of the runner last week.", "Use the sk- prefix only for test keys.",
             "Commit 3f786850e387550fdab836ed7e6dc881de23001b on github fixed it."]
    for text in prose:
        add(text)


card_texts()
iban_texts()
email_texts()
phone_texts()
ssn_texts()
ip_texts()
secret_texts()
for row in rows:
    print(json.dumps(row, ensure_ascii=False))
