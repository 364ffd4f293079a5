#pragma once

#include "core/audit/AuditDataset.h"

#include <QByteArray>
#include <QMap>

namespace custos::audit {

// README.txt of a pack: what it covers, how to verify it with nothing but coreutils, OpenSSL 3 and
// python3, why the export key's fingerprint must come by another channel, and the column dictionary.
class PackReadme
{
public:
    static QByteArray text(const AuditDataset &dataset, const QMap<QString, qint64> &rows, PayloadMode mode);
    // The verification steps alone, as the project README and `audit verify --help` show them too.
    static QString verificationSteps();
};

} // namespace custos::audit
