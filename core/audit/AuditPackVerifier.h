#pragma once

#include "core/audit/PackVerification.h"
#include "core/common/Error.h"

#include <QJsonObject>
#include <QSet>

namespace custos::audit {

// `custosctl audit verify DIR|ZIP`: the checks README.txt gives the auditor, run natively. Every
// file against SHA256SUMS (and nothing unlisted), the SHA256SUMS signature by keys/export.pem (and
// that key's fingerprint against a pinned one), every checkpoint signature by keys/checkpoint.pem,
// the chain recomputation, raw digests, and the manifest against the files and their row counts.
// A ZIP is unpacked into a temporary folder first.
class AuditPackVerifier
{
public:
    struct Options
    {
        QString exportKeyFingerprint; // hex; empty: not pinned (the result says so)
    };

    // An error only when there is no pack to check (no folder, unreadable ZIP); a tampered pack is
    // a PackVerification whose checks say what failed.
    static Result<PackVerification> verify(const QString &dirOrZip, const Options &options);
    static Result<PackVerification> verifyFolder(const QString &folder, const Options &options);

private:
    explicit AuditPackVerifier(QString root, Options options);
    PackCheck sums();
    PackCheck sumsSignature();
    PackCheck exportKey();
    PackCheck checkpointSignatures();
    PackCheck manifest();

    QString m_root;
    Options m_options;
    QByteArray m_sumsText;
    QSet<QString> m_listed; // the paths SHA256SUMS lists
    QJsonObject m_manifest;
    PackVerification m_result;
};

} // namespace custos::audit
