// The built-in detector set on hostile text, read as UTF-8 (invalid sequences included) and, from
// the same bytes, as raw UTF-16 (lone surrogates included). Properties: hits are sorted, do not
// overlap and lie inside the text, their text is the text at their span, and containsAny() agrees
// with scan().

#include "core/policy/detectors/BuiltinDetectors.h"
#include "core/policy/detectors/DetectorSet.h"
#include "tests/fuzz/FuzzInput.h"

#include <cstring>

using namespace custos;

namespace {

const DetectorSet &builtinSet()
{
    static const std::shared_ptr<const DetectorSet> set = [] {
        auto compiled = DetectorSet::compile(BuiltinDetectors::all());
        if (!compiled) {
            fprintf(stderr, "the built-in detectors do not compile: %s\n",
                    qPrintable(compiled.error().toString()));
            abort();
        }
        return *compiled;
    }();
    return *set;
}

// Hit offsets count code points; a surrogate pair is one, anything else one per UTF-16 unit.
QList<qsizetype> codePointStarts(const QString &text)
{
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < text.size(); ++i) {
        starts.append(i);
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
    }
    starts.append(text.size());
    return starts;
}

bool hasLoneSurrogate(const QString &text)
{
    const QList<qsizetype> starts = codePointStarts(text);
    for (qsizetype i = 0; i + 1 < starts.size(); ++i) {
        if (text[starts[i]].isSurrogate() && starts[i + 1] - starts[i] == 1)
            return true;
    }
    return false;
}

void checkScan(const QString &text)
{
    const DetectorSet &set = builtinSet();
    const std::vector<DetectorHit> hits = set.scan(text);
    const QList<qsizetype> starts = codePointStarts(text);
    const qsizetype codePoints = starts.size() - 1;
    qsizetype previousEnd = 0;
    for (const DetectorHit &hit : hits) {
        if (hit.start < previousEnd || hit.end <= hit.start || hit.end > codePoints)
            fuzz::propertyFailed("hits overlap, are empty, are out of order or lie outside the text");
        if (!set.spec(hit.detectorId))
            fuzz::propertyFailed("a hit names a detector the set does not have");
        const qsizetype from = starts[hit.start];
        const QString spanText = text.mid(from, starts[hit.end] - from);
        // Lone surrogates are scanned as U+FFFD, so a span over one reads differently.
        if (hit.text != spanText && !hasLoneSurrogate(spanText))
            fuzz::propertyFailed("a hit's text is not the text at its span");
        previousEnd = hit.end;
    }
    if (set.containsAny(text) != !hits.empty())
        fuzz::propertyFailed("containsAny() disagrees with scan()");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    checkScan(QString::fromUtf8(bytes));
    QString units(qsizetype(size / 2), Qt::Uninitialized);
    memcpy(units.data(), data, size / 2 * sizeof(QChar));
    checkScan(units);
    return 0;
}
