#include "core/audit/PackSums.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace custos::audit::sums {

QByteArray line(const PackEntry &entry)
{
    return entry.sha256.toHex() + "  " + entry.path.toUtf8() + '\n';
}

QByteArray sumsText(QList<PackEntry> entries)
{
    std::ranges::sort(entries, {}, [](const PackEntry &entry) { return entry.path.toUtf8(); });
    QByteArray text;
    for (const PackEntry &entry : std::as_const(entries))
        text += line(entry);
    return text;
}

bool coveredByFingerprint(QStringView path)
{
    return path != kReportFile && path != kManifestFile && path != kSumsFile && path != kSignatureFile;
}

QString packFingerprint(const QList<PackEntry> &entries)
{
    QList<PackEntry> covered;
    for (const PackEntry &entry : entries)
        if (coveredByFingerprint(entry.path))
            covered.append(entry);
    return QString::fromLatin1(
        QCryptographicHash::hash(sumsText(std::move(covered)), QCryptographicHash::Sha256).toHex());
}

Result<QList<SumLine>> parse(QByteArrayView text)
{
    QList<SumLine> lines;
    int number = 0;
    for (const QByteArray &raw : text.toByteArray().split('\n')) {
        ++number;
        if (raw.isEmpty())
            continue;
        const qsizetype gap = raw.indexOf("  ");
        const QByteArray hex = raw.first(std::max<qsizetype>(gap, 0));
        const QByteArray sha = QByteArray::fromHex(hex);
        if (gap != 64 || sha.size() != 32 || raw.size() <= 66)
            return fail(u"line %1 is not '<sha256>  <path>'"_s.arg(number), QString(kSumsFile), number);
        lines.append(SumLine{sha, QString::fromUtf8(raw.sliced(66))});
    }
    return lines;
}

} // namespace custos::audit::sums
