#pragma once

#include "core/common/Error.h"
#include "core/policy/detectors/DetectorSpec.h"

#include <QStringList>
#include <QStringView>

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace custos {

class DetectorSetPrivate;

// A compiled, immutable set of detectors. Compile once per policy version, then share the
// pointer: every const method may be called from many threads at once.
//
// Scanning runs one RE2::Set prefilter over the UTF-8 text; only the detectors whose pattern
// occurs are then run for spans, validated and checked for context words. Overlapping hits are
// resolved deterministically, best first: the higher score (confidence, plus 0.1 when a validator
// accepted the value), then the longer span, then the earlier start, then the smaller detector id.
//
// RE2 runs in linear time, and so does everything around it, so megabyte-long single lines are
// safe. Invalid UTF-16 (lone surrogates) is scanned as U+FFFD, one code point each.
class DetectorSet
{
public:
    // Fails when a spec is malformed: an empty or duplicate id, a pattern RE2 rejects (the message
    // names the detector and quotes RE2's error), an unknown validator, an empty keyword list.
    static Result<std::shared_ptr<const DetectorSet>> compile(std::vector<DetectorSpec> specs);

    ~DetectorSet();
    DetectorSet(const DetectorSet &) = delete;
    DetectorSet &operator=(const DetectorSet &) = delete;

    // All hits, sorted by start, non-overlapping, offsets in code points.
    std::vector<DetectorHit> scan(QStringView text) const;

    // True exactly when scan(text) would return at least one hit, but stops at the first one and
    // costs a single RE2::Set pass when nothing matches.
    bool containsAny(QStringView text) const;

    const DetectorSpec *spec(const QString &id) const; // nullptr when unknown
    QStringList ids() const;
    const std::vector<DetectorSpec> &specs() const;

    // The longest stretch (code points) a StreamScanner may have to hold back: the largest
    // maxMatchLength plus, for detectors with context words, their context window.
    int maxHoldBack() const;

    // Lower-level interface for StreamScanner, in UTF-8 bytes.
    struct ByteHit
    {
        std::size_t start = 0; // bytes into the scanned text
        std::size_t end = 0;
        int specIndex = 0;
        double confidence = 0.0;
        bool validated = false;
    };
    struct ByteScan
    {
        std::vector<ByteHit> hits; // resolved, sorted by start
        // Earliest start of a match that still waits for a context word that could arrive
        // after the end of the text; npos when none.
        std::size_t undecidedFrom = std::string_view::npos;
    };
    // Scans utf8 and reports resolved hits starting at or after reportFrom (text before it is
    // left context only). With moreToCome, context-required matches whose right context
    // window runs past the end are reported as undecided instead of being dropped.
    ByteScan scanUtf8(std::string_view utf8, std::size_t reportFrom, bool moreToCome) const;

    // The earliest byte offset p in utf8 such that utf8[p..] could still be the beginning of a
    // match of some detector (so text before p can be released), looking back at most
    // maxBytes. Returns utf8.size() when no match can be in progress.
    std::size_t openMatchStart(std::string_view utf8, std::size_t maxBytes) const;

    // Could any detector have a match inside utf8, ignoring context words (a superset of scan)?
    // One RE2::Set pass; StreamScanner uses it to release prose without a full scan.
    bool mayMatch(std::string_view utf8) const;

    // Converts hits to code-point DetectorHits; base is the code-point offset of utf8[0].
    std::vector<DetectorHit> toHits(std::string_view utf8, const std::vector<ByteHit> &hits,
                                    qsizetype base) const;

private:
    static void dropCutOutOfNumbers(std::string_view utf8, std::vector<ByteHit> &candidates);
    std::vector<ByteHit> resolveOverlaps(std::string_view utf8, std::vector<ByteHit> candidates) const;

    explicit DetectorSet(std::unique_ptr<DetectorSetPrivate> d);
    std::unique_ptr<DetectorSetPrivate> d;
};

} // namespace custos
