#pragma once

#include <QList>
#include <QString>

namespace custos::audit {

// One check of `custosctl audit verify`, printed as one line.
struct PackCheck
{
    QString name; // "SHA256SUMS", "hash chain", ...
    bool ok = false;
    QString detail;
};

struct PackVerification
{
    QList<PackCheck> checks;
    QString packFingerprint;      // as recomputed from the files
    QString exportKeyFingerprint; // of keys/export.pem
    bool chainIntact = true;      // what the exporter's manifest says (a broken chain still exports)

    bool ok() const
    {
        for (const PackCheck &check : checks)
            if (!check.ok)
                return false;
        return !checks.isEmpty();
    }
};

} // namespace custos::audit
