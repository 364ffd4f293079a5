#include "core/policy/detectors/DetectorSet.h"

#include "core/policy/detectors/DetectorSetPrivate.h"
#include "core/policy/detectors/HitNormalizer.h"
#include "core/policy/detectors/Utf8Text.h"

#include <algorithm>
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
    result.hits = resolveOverlaps(std::move(candidates));
    return result;
}

std::vector<DetectorSet::ByteHit> DetectorSet::resolveOverlaps(std::vector<ByteHit> candidates) const
{
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
