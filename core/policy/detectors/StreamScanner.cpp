#include "core/policy/detectors/StreamScanner.h"

#include "core/policy/detectors/Utf8Text.h"

#include <algorithm>

namespace custos {

namespace {

// Released text is dropped from the buffer in large steps, so compaction stays amortised O(1).
constexpr std::size_t kCompactAbove = 64 * 1024;
// Bytes per code point at most, to turn code-point windows into byte budgets.
constexpr std::size_t kMaxUtf8Bytes = 4;
// Left context beyond the longest context window, for word boundaries before a match.
constexpr int kExtraLeftContext = 8;
// Bytes before the unreleased text that a match starting in it may need to see (a guard
// character or a word boundary).
constexpr std::size_t kBoundaryBytes = 16;

int longestContextWindow(const DetectorSet &detectors)
{
    int longest = 0;
    for (const DetectorSpec &spec : detectors.specs())
        if (!spec.contextWords.isEmpty())
            longest = std::max(longest, spec.contextWindow);
    return longest;
}

} // namespace

StreamScanner::StreamScanner(std::shared_ptr<const DetectorSet> detectors)
    : m_detectors(std::move(detectors))
    , m_maxHoldBytes(std::size_t(m_detectors->maxHoldBack()) * kMaxUtf8Bytes)
    , m_leftContextBytes(std::size_t(longestContextWindow(*m_detectors) + kExtraLeftContext) * kMaxUtf8Bytes)
{}

qsizetype StreamScanner::heldBytes() const
{
    return qsizetype(m_buffer.size() - m_releasedEnd);
}

StreamScanner::Release StreamScanner::feed(QStringView delta)
{
    if (delta.isEmpty())
        return {};
    // A surrogate pair split across deltas is joined before it is converted.
    QString joined;
    QStringView text = delta;
    if (!m_pendingHighSurrogate.isEmpty()) {
        joined = m_pendingHighSurrogate + delta;
        m_pendingHighSurrogate.clear();
        text = joined;
    }
    if (text.back().isHighSurrogate()) {
        m_pendingHighSurrogate = text.right(1).toString();
        text.chop(1);
    }
    const QByteArray utf8 = text.toUtf8();
    m_buffer.append(utf8.constData(), std::size_t(utf8.size()));
    return scanAndRelease(false);
}

StreamScanner::Release StreamScanner::finish()
{
    if (!m_pendingHighSurrogate.isEmpty()) {
        const QByteArray utf8 = m_pendingHighSurrogate.toUtf8(); // a lone surrogate becomes U+FFFD
        m_buffer.append(utf8.constData(), std::size_t(utf8.size()));
        m_pendingHighSurrogate.clear();
    }
    return scanAndRelease(true);
}

StreamScanner::Release StreamScanner::scanAndRelease(bool finishing)
{
    const std::string_view buffer(m_buffer);
    std::size_t cut = buffer.size();
    if (!finishing)
        cut = m_releasedEnd + m_detectors->openMatchStart(buffer.substr(m_releasedEnd), m_maxHoldBytes);
    if (cut <= m_releasedEnd)
        return {};

    // Fast path: if no pattern occurs in the new text (plus a few bytes before it for guards and
    // word boundaries), nothing can start in it, and it is released without a full scan.
    const std::size_t nearStart =
        Utf8Text::alignForward(buffer, m_releasedEnd > kBoundaryBytes ? m_releasedEnd - kBoundaryBytes : 0);
    if (!m_detectors->mayMatch(buffer.substr(nearStart)))
        return release(cut, {});

    const std::size_t windowStart = Utf8Text::alignForward(
        buffer, m_releasedEnd > m_leftContextBytes ? m_releasedEnd - m_leftContextBytes : 0);
    DetectorSet::ByteScan scan =
        m_detectors->scanUtf8(buffer.substr(windowStart), m_releasedEnd - windowStart, !finishing);
    if (scan.undecidedFrom != std::string_view::npos)
        cut = std::min(cut, windowStart + scan.undecidedFrom);
    std::vector<DetectorSet::ByteHit> hits;
    for (DetectorSet::ByteHit hit : scan.hits) {
        hit.start += windowStart;
        hit.end += windowStart;
        if (hit.start >= cut)
            break;
        if (hit.end > cut) {
            // Never split a hit: hold it back whole, unless it alone is longer than the window
            // (an unbounded token still streaming); then release its first part as a hit of its
            // own, so memory and rescanning stay bounded.
            const bool overlong =
                hit.start <= m_releasedEnd && buffer.size() - m_releasedEnd > m_maxHoldBytes;
            if (!overlong) {
                cut = hit.start;
                break;
            }
            hit.end = cut;
            hits.push_back(hit);
            break;
        }
        hits.push_back(hit);
    }
    if (cut <= m_releasedEnd)
        return {};
    return release(cut, hits);
}

StreamScanner::Release StreamScanner::release(std::size_t cut, const std::vector<DetectorSet::ByteHit> &hits)
{
    const std::string_view released = std::string_view(m_buffer).substr(m_releasedEnd, cut - m_releasedEnd);
    Release out;
    out.text = QString::fromUtf8(released.data(), qsizetype(released.size()));
    std::vector<DetectorSet::ByteHit> relative = hits;
    for (DetectorSet::ByteHit &hit : relative) {
        hit.start -= m_releasedEnd;
        hit.end -= m_releasedEnd;
    }
    out.hits = m_detectors->toHits(released, relative, m_releasedCodePoints);
    m_releasedCodePoints += Utf8Text::countCodePoints(released);
    m_releasedEnd = cut;
    if (m_releasedEnd > kCompactAbove + m_leftContextBytes) {
        const std::size_t drop = Utf8Text::alignForward(m_buffer, m_releasedEnd - m_leftContextBytes);
        m_buffer.erase(0, drop);
        m_releasedEnd -= drop;
    }
    return out;
}

} // namespace custos
