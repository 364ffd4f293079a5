// The request and response body walkers (PayloadText, PayloadWalker) on hostile JSON, in the
// OpenAI and Anthropic shapes alike (the walk is the same for both; the seeds and the dictionary
// carry both). Properties: every location's path is well-formed; writing every text back unchanged
// leaves the body as it was; writing a marker into every plain text puts it exactly there, so a
// rescan finds the marker in as many places and nothing of the old texts.

#include "core/policy/PayloadText.h"
#include "tests/fuzz/FuzzInput.h"

#include <QJsonDocument>

using namespace custos;

namespace {

const QString marker = QStringLiteral("\u2063fuzz-marker\u2063");

std::vector<std::pair<const TextLocation *, QString>> plainTexts(const PayloadScan &scan, bool withMarker)
{
    std::vector<std::pair<const TextLocation *, QString>> texts;
    for (const TextLocation &location : scan.texts) {
        if (location.encoding == TextEncoding::Plain && !location.isKey)
            texts.emplace_back(&location, withMarker ? marker : location.text);
    }
    return texts;
}

qsizetype plainCount(const PayloadScan &scan)
{
    return std::ranges::count_if(scan.texts, [](const TextLocation &location) {
        return location.encoding == TextEncoding::Plain && !location.isKey;
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return 0;
    const QJsonObject body = document.object();
    const PayloadScan scan = PayloadText::scan(body);
    for (const TextLocation &location : scan.texts) {
        if (!location.path().startsWith(QStringLiteral("$")))
            fuzz::propertyFailed("a text location whose path does not start at $");
    }
    for (const UnreadablePart &part : scan.unreadable) {
        if (part.path.isEmpty() || part.why.isEmpty())
            fuzz::propertyFailed("an unreadable part without a path or a reason");
    }
    if (PayloadText::replace(body, plainTexts(scan, false)) != body)
        fuzz::propertyFailed("writing every text back unchanged changed the body");

    const QJsonObject marked = PayloadText::replace(body, plainTexts(scan, true));
    const PayloadScan rescan = PayloadText::scan(marked);
    const qsizetype before = plainCount(scan);
    qsizetype markers = 0;
    for (const TextLocation &location : rescan.texts)
        markers += location.encoding == TextEncoding::Plain && !location.isKey && location.text == marker;
    if (markers != before) {
        fprintf(stderr, "plain texts %lld, markers found after replace %lld\n", qlonglong(before),
                qlonglong(markers));
        fuzz::propertyFailed("a replacement did not land exactly where its text was");
    }
    return 0;
}
