#pragma once

#include "core/audit/PackFile.h"

#include <QList>

// SHA256SUMS and the pack fingerprint.
//
// SHA256SUMS is exactly what `sha256sum` prints ("<hex>  <path>\n"), one line per file, sorted by
// path (bytewise), over every file of the pack but itself and its signature. The pack fingerprint is
// the hex SHA-256 of those same lines without the ones for report.pdf and manifest.json: it covers
// the evidence, exists before the PDF is drawn (whose footers show it), and an auditor recomputes it
// with `grep -v -e '  report.pdf$' -e '  manifest.json$' SHA256SUMS | sha256sum`.
namespace custos::audit::sums {

inline constexpr QLatin1StringView kSumsFile{"SHA256SUMS"};
inline constexpr QLatin1StringView kSignatureFile{"SHA256SUMS.sig"};
inline constexpr QLatin1StringView kManifestFile{"manifest.json"};
inline constexpr QLatin1StringView kReportFile{"report.pdf"};

QByteArray line(const PackEntry &entry);
QByteArray sumsText(QList<PackEntry> entries);
bool coveredByFingerprint(QStringView path);
QString packFingerprint(const QList<PackEntry> &entries);

// One parsed line of a SHA256SUMS file.
struct SumLine
{
    QByteArray sha256; // raw
    QString path;
};
// Parses a SHA256SUMS file; a malformed line is an error naming its number.
Result<QList<SumLine>> parse(QByteArrayView text);

} // namespace custos::audit::sums
