#pragma once

#include "core/audit/AuditDataset.h"
#include "core/audit/PackFile.h"

#include <QJsonObject>
#include <QMap>

namespace custos::audit {

// manifest.json: what the pack covers and holds. Scope, counts, every file's SHA-256, size and row
// count, both keys' fingerprints, the payload mode and reason, the pack id and fingerprint, and the
// Custos version. SHA256SUMS (signed) covers it; the pack fingerprint does not, since it is written
// after the PDF.
class PackManifest
{
public:
    static constexpr QLatin1StringView kFormat{"custos-audit-pack-v1"};

    static QJsonObject build(const AuditDataset &dataset, const ReportScope &scope,
                             const QList<PackEntry> &files, const QMap<QString, qint64> &rowCounts);
    static QString utcText(const QDateTime &time); // 2026-11-01T00:00:00.000Z
};

} // namespace custos::audit
