#include "core/audit/PackManifest.h"

#include "core/evidence/LedgerHash.h"

#include "core/audit/Ed25519Key.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace custos::audit {
namespace {

QJsonObject scopeJson(const AuditDataset &dataset)
{
    return {{u"from"_s, PackManifest::utcText(dataset.scope.from)},
            {u"to"_s, PackManifest::utcText(dataset.scope.to)},
            {u"services"_s, QJsonArray::fromStringList(dataset.scope.services)},
            {u"payload_mode"_s, payloadModeName(dataset.scope.payloads)},
            {u"reason"_s, dataset.scope.reason}};
}

QJsonObject keysJson(const AuditDataset &dataset, const ReportScope &scope)
{
    return {
        {u"checkpoint"_s, QJsonObject{{u"file"_s, u"keys/checkpoint.pem"_s},
                                      {u"fingerprint"_s, ed25519::fingerprint(dataset.checkpointPublicKey)}}},
        {u"export"_s,
         QJsonObject{{u"file"_s, u"keys/export.pem"_s}, {u"fingerprint"_s, scope.exportKeyFingerprint}}}};
}

QJsonObject chainJson(const AuditDataset &dataset)
{
    const qint64 closing = dataset.checkpoints.isEmpty() ? 0 : dataset.checkpoints.constLast().seq;
    return {{u"chain_formula"_s, ledger::kChainFormula},
            {u"anchor_seq"_s, dataset.anchorSeq},
            {u"anchor_hash"_s, QString::fromLatin1(dataset.anchorHash.toHex())},
            {u"closing_checkpoint_seq"_s, closing},
            {u"checkpoints"_s, dataset.checkpoints.size()},
            {u"intact"_s, dataset.chainIntact}};
}

QJsonArray filesJson(QList<PackEntry> files)
{
    std::ranges::sort(files, {}, [](const PackEntry &entry) { return entry.path.toUtf8(); });
    QJsonArray list;
    for (const PackEntry &file : std::as_const(files)) {
        QJsonObject entry{{u"path"_s, file.path},
                          {u"sha256"_s, QString::fromLatin1(file.sha256.toHex())},
                          {u"size"_s, file.size}};
        if (file.rows >= 0)
            entry.insert(u"rows"_s, file.rows);
        list.append(entry);
    }
    return list;
}

} // namespace

QString PackManifest::utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s) : QString();
}

QJsonObject PackManifest::build(const AuditDataset &dataset, const ReportScope &scope,
                                const QList<PackEntry> &files, const QMap<QString, qint64> &rowCounts)
{
    QJsonObject counts;
    for (auto it = rowCounts.begin(); it != rowCounts.end(); ++it)
        counts.insert(it.key(), it.value());
    return {{u"format"_s, QString(kFormat)},
            {u"pack_id"_s, scope.packId},
            {u"pack_fingerprint"_s, scope.packFingerprint},
            {u"custos_version"_s, scope.custosVersion},
            {u"store"_s, QJsonObject{{u"id"_s, dataset.storeId}, {u"name"_s, dataset.storeName}}},
            {u"scope"_s, scopeJson(dataset)},
            {u"exported"_s, QJsonObject{{u"by"_s, scope.exportedBy},
                                        {u"role"_s, scope.exporterRole},
                                        {u"at"_s, utcText(scope.exportedAt)}}},
            {u"keys"_s, keysJson(dataset, scope)},
            {u"chain"_s, chainJson(dataset)},
            {u"counts"_s, counts},
            {u"files"_s, filesJson(files)}};
}

} // namespace custos::audit
