#include "core/policy/detectors/DetectorSet.h"

#include "core/policy/detectors/DetectorSetPrivate.h"
#include "core/policy/detectors/HitNormalizer.h"
#include "core/policy/detectors/Utf8Text.h"

#include <algorithm>
#include <cstring>
#include <set>

namespace custos {

namespace {

// A validator's acceptance outweighs a small difference in declared confidence, not a large one,
// so a specific provider token still beats a generic "secret = <high entropy>" match.
constexpr double kValidatedBonus = 0.1;

// Accepted hits as non-overlapping intervals, for the greedy overlap resolution.
struct Interval
{
    std::size_t start;
    std::size_t end;
    bool operator<(const Interval &other) const { return start < other.start; }
};

bool overlapsAccepted(const std::set<Interval> &accepted, const Interval &candidate)
{
    auto next = accepted.lower_bound(candidate);
    if (next != accepted.end() && next->start < candidate.end)
        return true;
    if (next != accepted.begin() && std::prev(next)->end > candidate.start)
        return true;
    return false;
}

} // namespace

DetectorSet::DetectorSet(std::unique_ptr<DetectorSetPrivate> impl)
    : d(std::move(impl))
{}

DetectorSet::~DetectorSet() = default;

Result<std::shared_ptr<const DetectorSet>> DetectorSet::compile(std::vector<DetectorSpec> specs)
{
    auto compiled = DetectorSetPrivate::compile(std::move(specs));
    if (!compiled)
        return std::unexpected(compiled.error());
    return std::shared_ptr<const DetectorSet>(new DetectorSet(std::move(*compiled)));
}

std::vector<DetectorHit> DetectorSet::scan(QStringView text) const
{
    const QByteArray utf8 = text.toUtf8();
    const std::string_view view(utf8.constData(), std::size_t(utf8.size()));
    return toHits(view, scanUtf8(view, 0, false).hits, 0);
}

bool DetectorSet::containsAny(QStringView text) const
{
    const QByteArray utf8 = text.toUtf8();
    const std::string_view view(utf8.constData(), std::size_t(utf8.size()));
    std::vector<int> matched;
    if (!d->prefilter(view, &matched))
        return false;
    // Any hit answers the question, so the cheap detectors go first and the ones that consult
    // libphonenumber per candidate last.
    std::ranges::stable_partition(matched,
                                  [this](int index) { return !d->compiled[std::size_t(index)].phone; });
    for (int index : matched) {
        bool found = false;
        d->forEachCandidate(view, index, 0, false, [&](const ByteHit &) {
            found = true;
            return false; // stop at the first accepted candidate
        });
        if (found)
            return true;
    }
    return false;
}

DetectorSet::ByteScan DetectorSet::scanUtf8(std::string_view utf8, std::size_t reportFrom,
                                            bool moreToCome) const
{
    ByteScan result;
    std::vector<int> matched;
    d->prefilter(utf8, &matched);
    if (moreToCome) {
        // A value at the end may still get its context word from the next delta.
        for (int index : d->openContextCandidates(utf8))
            if (std::ranges::find(matched, index) == matched.end())
                matched.push_back(index);
    }
    if (matched.empty())
        return result;
    std::vector<ByteHit> candidates;
    for (int index : matched) {
        const std::size_t undecided =
            d->forEachCandidate(utf8, index, reportFrom, moreToCome, [&](const ByteHit &hit) {
                candidates.push_back(hit);
                return true;
            });
        result.undecidedFrom = std::min(result.undecidedFrom, undecided);
    }
    result.hits = resolveOverlaps(utf8, std::move(candidates));
    return result;
}

// A candidate strictly inside another that only adds digits and the punctuation of numbers to it
// was cut out of a longer number: the SSN-shaped tail of "+359 (0)593 618585", the routing-number
// shape inside a phone number, the digits of an IBAN's tail. It loses to the number it is part
// of, whatever its own score. (A key inside "NAME=key" is not cut out of a number: there the
// scores decide, so a vendor's token keeps its name.)
void DetectorSet::dropCutOutOfNumbers(std::string_view utf8, std::vector<ByteHit> &candidates)
{
    const auto numberPunctuation = [&](std::size_t from, std::size_t to) {
        return std::all_of(
            utf8.begin() + std::ptrdiff_t(from), utf8.begin() + std::ptrdiff_t(to),
            [](char c) { return (c >= '0' && c <= '9') || std::strchr(" +-().", c) != nullptr; });
    };
    const auto cutOut = [&](const ByteHit &inner, const ByteHit &outer) {
        const bool strictlyInside = outer.start <= inner.start && inner.end <= outer.end &&
                                    (outer.start < inner.start || inner.end < outer.end);
        return strictlyInside && numberPunctuation(outer.start, inner.start) &&
               numberPunctuation(inner.end, outer.end);
    };
    // Sorted by start, longest first, the widest span seen so far is the container to test: one
    // pass, so a megabyte of digit groups stays linear after the sort.
    std::ranges::sort(candidates, [](const ByteHit &a, const ByteHit &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::vector<bool> drop(candidates.size(), false);
    std::size_t widest = 0;
    for (std::size_t i = 1; i < candidates.size(); ++i) {
        drop[i] = cutOut(candidates[i], candidates[widest]);
        if (candidates[i].end > candidates[widest].end)
            widest = i;
    }
    std::size_t index = 0;
    std::erase_if(candidates, [&](const ByteHit &) { return drop[index++]; });
}

std::vector<DetectorSet::ByteHit> DetectorSet::resolveOverlaps(std::string_view utf8,
                                                               std::vector<ByteHit> candidates) const
{
    dropCutOutOfNumbers(utf8, candidates);
    const auto rank = [this](const ByteHit &a, const ByteHit &b) {
        const double scoreA = a.confidence + (a.validated ? kValidatedBonus : 0.0);
        const double scoreB = b.confidence + (b.validated ? kValidatedBonus : 0.0);
        if (scoreA != scoreB)
            return scoreA > scoreB;
        if (a.end - a.start != b.end - b.start)
            return a.end - a.start > b.end - b.start;
        if (a.start != b.start)
            return a.start < b.start;
        return d->specs[std::size_t(a.specIndex)].id < d->specs[std::size_t(b.specIndex)].id;
    };
    std::ranges::sort(candidates, rank);
    std::set<Interval> accepted;
    std::vector<ByteHit> hits;
    for (const ByteHit &hit : candidates) {
        const Interval interval{hit.start, hit.end};
        if (overlapsAccepted(accepted, interval))
            continue;
        accepted.insert(interval);
        hits.push_back(hit);
    }
    std::ranges::sort(hits, [](const ByteHit &a, const ByteHit &b) { return a.start < b.start; });
    return hits;
}

std::vector<DetectorHit> DetectorSet::toHits(std::string_view utf8, const std::vector<ByteHit> &hits,
                                             qsizetype base) const
{
    std::vector<DetectorHit> out;
    out.reserve(hits.size());
    std::size_t walked = 0;
    qsizetype codePoint = base;
    const auto advanceTo = [&](std::size_t offset) {
        codePoint += Utf8Text::countCodePoints(utf8.substr(walked, offset - walked));
        walked = offset;
        return codePoint;
    };
    for (const ByteHit &hit : hits) {
        const DetectorSpec &spec = d->specs[std::size_t(hit.specIndex)];
        DetectorHit h;
        h.detectorId = spec.id;
        h.dataClass = spec.dataClass;
        h.start = advanceTo(hit.start);
        h.end = advanceTo(hit.end);
        h.text = QString::fromUtf8(utf8.data() + hit.start, qsizetype(hit.end - hit.start));
        h.confidence = hit.confidence;
        h.validated = hit.validated;
        h.normalized = HitNormalizer::normalize(spec, utf8.substr(hit.start, hit.end - hit.start),
                                                d->compiled[std::size_t(hit.specIndex)].phone.get());
        out.push_back(std::move(h));
    }
    return out;
}

bool DetectorSet::mayMatch(std::string_view utf8) const
{
    return d->mayMatch(utf8);
}

std::size_t DetectorSet::openMatchStart(std::string_view utf8, std::size_t maxBytes) const
{
    return d->openMatchStart(utf8, maxBytes);
}

const DetectorSpec *DetectorSet::spec(const QString &id) const
{
    const auto it = d->indexById.constFind(id);
    return it == d->indexById.cend() ? nullptr : &d->specs[std::size_t(*it)];
}

QStringList DetectorSet::ids() const
{
    QStringList list;
    list.reserve(qsizetype(d->specs.size()));
    for (const DetectorSpec &s : d->specs)
        list.append(s.id);
    return list;
}

const std::vector<DetectorSpec> &DetectorSet::specs() const
{
    return d->specs;
}

int DetectorSet::maxHoldBack() const
{
    return d->maxHoldBack;
}

} // namespace custos
