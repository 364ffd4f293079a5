#pragma once

#include <QString>
#include <QStringList>

namespace custos {

// One detector: an RE2 pattern or a keyword list, with an optional validator and context words.
//
// Matching rules (DetectorSet applies them in this order):
// - Pattern: RE2 syntax, matched on UTF-8 with leftmost-first semantics. If the pattern has a
//   named group `value` (`(?P<value>...)`), the hit span is that group, so a pattern may match
//   `password = X` and report only X. Otherwise the span is the whole match.
// - Keywords: each keyword matches literally at word boundaries, case-insensitively unless
//   `caseSensitive` is set.
// - validator: the id of a named validator (see Validators.h, BuiltinDetectors::validatorIds());
//   a match the validator rejects is dropped. A validator may also shorten the span (IBAN trims
//   trailing text after the country's length).
// - contextWords: looked for, case-insensitively and starting at a word boundary, within
//   `contextWindow` code points before the span start and after the span end. With
//   `contextRequired` a match without a context word is dropped; otherwise a context word raises
//   the confidence by 0.15 (capped at 1.0).
// - maxMatchLength: the longest span (code points) this detector is expected to produce. It bounds
//   the streaming hold-back window (StreamScanner); longer matches are still reported by
//   DetectorSet::scan but may be split in a stream.
struct DetectorSpec
{
    enum Kind { Pattern, Keywords };

    QString id;          // unique, [a-z0-9_.-]
    QString dataClass;   // PII, PCI, PHI, SECRET, CONFIDENTIAL or a policy-defined class
    QString description; // one line for people
    Kind kind = Pattern;
    QString pattern;            // RE2 syntax, for Kind::Pattern
    QStringList keywords;       // for Kind::Keywords
    bool caseSensitive = false; // for Kind::Keywords
    QString validator;          // named validator id, or empty
    QStringList contextWords;
    int contextWindow = 40; // code points on each side of the span
    bool contextRequired = false;
    double confidence = 0.8; // 0..1, the confidence of a hit without context words
    // When >= 0: the confidence instead, for a value written as bare digits (no separators).
    // "078051121" is an SSN as often as it is an account or phone number; "078-05-1121" is not.
    double bareDigitsConfidence = -1.0;
    int maxMatchLength = 256; // code points
    // For the phone_number validator: the regions (ISO 3166-1 alpha-2) whose national formats a
    // number written without +CC is tried against, in order; empty = the built-in default list.
    QStringList regions;
};

// One finding. Offsets are Unicode code points (not UTF-16 units, not bytes), end exclusive.
struct DetectorHit
{
    QString detectorId;
    QString dataClass;
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    double confidence = 0.0;
    bool validated = false; // a validator accepted the value
    // The value in one canonical spelling, so the same value written differently fingerprints
    // the same: E.164 for phones, digits only for cards and SSNs, IBAN upper-case without
    // separators, e-mail lower-case; for every other detector the text as found.
    QString normalized;

    qsizetype length() const { return end - start; }
    friend bool operator==(const DetectorHit &, const DetectorHit &) = default;
};

} // namespace custos
