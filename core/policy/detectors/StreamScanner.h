#pragma once

#include "core/policy/detectors/DetectorSet.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <string>
#include <vector>

namespace custos {

// Scans a stream of text deltas (a streamed model response) and releases text only once no
// detector can still match across the release boundary. One scanner per stream; not
// thread-safe (the DetectorSet it shares is).
//
// How the hold-back window is chosen: after each delta the scanner asks the DetectorSet for the
// earliest position from which the unreleased tail could still grow into a match (a reverse
// RE2 scan of the "prefix closure" of every pattern, so in prose it is usually just the last
// word). Text before that point is scanned and released; text after it is held. Two more rules
// hold text back: a hit is never split by a release (it is released whole, with its hit), and a
// match waiting for a context word that may still arrive is held until its context window is
// complete. The window is capped at DetectorSet::maxHoldBack() code points, so a match longer
// than its detector's maxMatchLength may be split: each part is reported as a hit of its own.
// finish() releases everything that is left.
//
// Invariants (tested): the concatenation of all released texts equals the input; hit offsets are
// code points from the start of the whole stream; a hit's text is released in the same Release
// that reports it.
class StreamScanner
{
public:
    struct Release
    {
        QString text;
        std::vector<DetectorHit> hits; // offsets relative to the start of the whole stream
    };

    explicit StreamScanner(std::shared_ptr<const DetectorSet> detectors);

    Release feed(QStringView delta);
    Release finish();

    qsizetype releasedCodePoints() const { return m_releasedCodePoints; }
    qsizetype heldBytes() const;

private:
    Release release(std::size_t cut, const std::vector<DetectorSet::ByteHit> &hits);
    Release scanAndRelease(bool finishing);

    std::shared_ptr<const DetectorSet> m_detectors;
    std::string m_buffer;               // UTF-8: left context, then unreleased text
    std::size_t m_releasedEnd = 0;      // bytes of m_buffer already released (left context)
    qsizetype m_releasedCodePoints = 0; // code points released since the stream started
    std::size_t m_maxHoldBytes = 0;
    std::size_t m_leftContextBytes = 0;
    QString m_pendingHighSurrogate; // a delta may end in the middle of a surrogate pair
};

} // namespace custos
