#include "WitnessLog.h"

#include "LedgerHash.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace custos {

WitnessLog::WitnessLog(QString path, QString storeId, QByteArray publicKey)
    : m_path(std::move(path))
    , m_storeId(std::move(storeId))
    , m_publicKey(std::move(publicKey))
{}

QString WitnessLog::defaultPathFor(const QString &storeId)
{
    // The config folder custosctl and the console share (QuickstartSetup's), not one per program.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/custos/witness/"_s +
           storeId + u".jsonl"_s;
}

QString WitnessLog::resolvePath(const QString &configured, const QString &storeId)
{
    if (!configured.isEmpty())
        return configured;
    const QString fromEnvironment = qEnvironmentVariable("CUSTOS_WITNESS");
    return fromEnvironment.isEmpty() ? defaultPathFor(storeId) : fromEnvironment;
}

Result<void> WitnessLog::append(const Checkpoint &checkpoint, int chainFormula) const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(u"cannot create the witness folder"_s, m_path);
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(u"cannot write the witness: %1"_s.arg(file.errorString()), m_path);
    QJsonObject line = checkpoint.toJson();
    line.insert(u"store_id"_s, m_storeId);
    line.insert(u"public_key"_s, QString::fromLatin1(m_publicKey.toHex()));
    line.insert(u"chain_formula"_s, chainFormula);
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(bytes) != bytes.size() || !file.flush() || ::fsync(file.handle()) != 0)
        return fail(u"cannot write the witness: %1"_s.arg(file.errorString()), m_path);
    return {};
}

Result<std::optional<CheckpointExport>> WitnessLog::read(const QString &path, const QString &storeId)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<CheckpointExport>{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read the witness: %1"_s.arg(file.errorString()), path);
    const QList<QByteArray> lines = file.readAll().split('\n');
    CheckpointExport entries;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject line = QJsonDocument::fromJson(lines[i], &parseError).object();
        const bool torn = i == lines.size() - 1; // no newline after it: the append was cut short
        if (parseError.error != QJsonParseError::NoError) {
            if (torn)
                break;
            return fail(u"line %1 of the witness is not JSON: %2"_s.arg(i + 1).arg(parseError.errorString()),
                        path);
        }
        // Lines of other stores, and of a chain formula the store has since migrated from (their
        // hashes were re-signed under the new formula), are not compared.
        if (line.value(u"store_id").toString() != storeId ||
            line.value(u"chain_formula").toInt(ledger::kChainFormula) < ledger::kChainFormula)
            continue;
        auto checkpoint = Checkpoint::fromJson(line);
        if (!checkpoint)
            return fail(u"line %1 of the witness: %2"_s.arg(i + 1).arg(checkpoint.error().message), path);
        const QByteArray key = QByteArray::fromHex(line.value(u"public_key").toString().toLatin1());
        if (!entries.publicKey.isEmpty() && key != entries.publicKey)
            return fail(
                u"line %1 of the witness names another checkpoint key than the lines before it"_s.arg(i + 1),
                path);
        entries.publicKey = key;
        entries.checkpoints.append(*checkpoint);
    }
    if (entries.checkpoints.isEmpty())
        return std::optional<CheckpointExport>{};
    return std::optional<CheckpointExport>{std::move(entries)};
}

} // namespace custos
