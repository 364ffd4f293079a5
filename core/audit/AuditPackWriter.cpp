#include "core/audit/AuditPackWriter.h"

#include "core/audit/CsvEncoding.h"
#include "core/audit/Ed25519Key.h"
#include "core/audit/PackManifest.h"
#include "core/audit/PackReadme.h"
#include "core/audit/PackSums.h"
#include "core/common/Logging.h"
#include "core/evidence/LedgerHash.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>
#include <fcntl.h>

using namespace Qt::StringLiterals;

namespace custos::audit {
namespace {

constexpr QLatin1StringView kPayloadsFile{"payloads.jsonl"};
constexpr QLatin1StringView kPayloadIndexFile{"data/payloads.csv"};

bool isPlainCsvName(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z0-9_]+\\.csv$"_s);
    return pattern.match(name).hasMatch();
}

QString stagingSuffix(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return QString::fromLatin1(random.toHex());
}

QString checkpointBase(qint64 seq)
{
    return u"checkpoints/seq-%1"_s.arg(seq, 12, 10, QChar(u'0'));
}

QByteArray checkpointText(const Checkpoint &checkpoint)
{
    const QString base = QFileInfo(checkpointBase(checkpoint.seq)).fileName();
    return u"Custos signed checkpoint\n"
           "seq: %1\n"
           "hash: %2\n"
           "time_utc: %3\n"
           "time_ms: %4\n"
           "signed message: %5.msg (\"custos-checkpoint-v1\" || seq as 8-byte big-endian || hash || "
           "time_ms as 8-byte big-endian)\n"
           "signature: %5.sig (raw 64-byte Ed25519 by keys/checkpoint.pem)\n"_s.arg(checkpoint.seq)
               .arg(QString::fromLatin1(checkpoint.hash.toHex()),
                    checkpoint.time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s))
               .arg(checkpoint.time.toMSecsSinceEpoch())
               .arg(base)
               .toUtf8();
}

Result<QByteArray> builtInPackFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"a built-in pack file is missing (%1)"_s.arg(path));
    return file.readAll();
}

} // namespace

AuditPackWriter::AuditPackWriter(QString destination, QString staging, PayloadMode mode)
    : m_destination(std::move(destination))
    , m_staging(std::move(staging))
    , m_mode(mode)
{}

AuditPackWriter::~AuditPackWriter()
{
    if (!m_committed)
        removeStaging();
}

void AuditPackWriter::removeStaging()
{
    m_table.reset();
    m_payloads.reset();
    m_payloadIndex.reset();
    if (!m_staging.isEmpty() && !QDir(m_staging).removeRecursively())
        qCWarning(lcAudit) << "could not remove the unfinished pack" << m_staging;
}

Result<std::unique_ptr<AuditPackWriter>> AuditPackWriter::create(const QString &destination, PayloadMode mode)
{
    const QFileInfo target(destination);
    if (target.exists() || target.isSymLink())
        return fail(u"the destination already exists; choose a new folder"_s, destination);
    const QFileInfo parent(target.absolutePath());
    if (!parent.isDir())
        return fail(u"the destination's folder does not exist"_s, parent.absoluteFilePath());
    if (!parent.isWritable())
        return fail(u"the destination's folder is not writable"_s, parent.absoluteFilePath());
    // Beside the destination, so the final rename stays on one file system and is atomic.
    const QString staging =
        parent.absoluteFilePath() + u"/."_s + target.fileName() + u".partial-"_s + stagingSuffix(6);
    if (!QDir().mkdir(staging))
        return fail(u"cannot create a folder beside the destination"_s, staging);
    return std::unique_ptr<AuditPackWriter>(new AuditPackWriter(target.absoluteFilePath(), staging, mode));
}

Result<void> AuditPackWriter::add(Result<PackEntry> entry)
{
    if (!entry)
        return std::unexpected(entry.error());
    m_entries.append(std::move(*entry));
    return {};
}

Result<void> AuditPackWriter::beginTable(const CsvTable &table)
{
    if (m_table)
        return fail(u"table %1 begun while %2 is still open"_s.arg(table.fileName, m_tableName));
    if (!isPlainCsvName(table.fileName) || table.fileName == u"payloads.csv")
        return fail(
            u"'%1' is not a pack table name (lower-case letters, digits, _ and .csv)"_s.arg(table.fileName));
    if (table.columns.isEmpty())
        return fail(u"table %1 has no columns"_s.arg(table.fileName));
    auto file = PackFile::create(m_staging, u"data/"_s + table.fileName);
    if (!file)
        return std::unexpected(file.error());
    m_table = std::move(*file);
    m_tableName = table.fileName;
    m_numeric.clear();
    m_line.clear();
    m_line += csv::kBom;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        if (i > 0)
            m_line += ',';
        csv::appendCell(m_line, csv::neutralised(table.columns[i].name));
        m_numeric.append(table.columns[i].numeric);
    }
    m_line += csv::kLineEnd;
    return m_table->write(m_line);
}

Result<void> AuditPackWriter::row(const QStringList &cells)
{
    if (!m_table)
        return fail(u"a row arrived outside any table"_s);
    const qint64 rowNumber = m_table->rows() + 1;
    if (cells.size() != m_numeric.size())
        return fail(u"%1 row %2 has %3 cells for %4 columns"_s.arg(m_tableName)
                        .arg(rowNumber)
                        .arg(cells.size())
                        .arg(m_numeric.size()));
    m_line.clear();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line += ',';
        if (!m_numeric[i]) {
            csv::appendCell(m_line, csv::neutralised(cells[i]));
        } else if (csv::isPlainNumber(cells[i])) {
            m_line += cells[i].toLatin1();
        } else {
            return fail(u"%1 row %2, column %3: '%4' in a numeric column is not a number"_s.arg(m_tableName)
                            .arg(rowNumber)
                            .arg(i + 1)
                            .arg(cells[i].left(40)));
        }
    }
    m_line += csv::kLineEnd;
    m_table->countRow();
    return m_table->write(m_line);
}

Result<void> AuditPackWriter::endTable()
{
    if (!m_table)
        return fail(u"endTable without a table"_s);
    auto closed = add(m_table->close(true));
    m_table.reset();
    return closed;
}

Result<void> AuditPackWriter::openRawPayloads()
{
    auto lines = PackFile::create(m_staging, kPayloadsFile);
    if (!lines)
        return std::unexpected(lines.error());
    auto index = PackFile::create(m_staging, kPayloadIndexFile);
    if (!index)
        return std::unexpected(index.error());
    m_payloads = std::move(*lines);
    m_payloadIndex = std::move(*index);
    return m_payloadIndex->write(
        QByteArray(csv::kBom.toByteArray() + "seq,line,payload_digest" + csv::kLineEnd.toByteArray()));
}

Result<void> AuditPackWriter::rawPayload(const RawPayload &payload)
{
    // The privacy guarantee of the digests and redacted modes must not rest on the collector alone.
    if (m_mode != PayloadMode::Raw)
        return fail(
            u"a raw payload (seq %1) was offered to a %2 pack; refusing to write it"_s.arg(payload.seq)
                .arg(payloadModeName(m_mode)));
    if (payload.seq <= m_lastPayloadSeq)
        return fail(u"raw payload of seq %1 after seq %2: payloads must come in seq order"_s.arg(payload.seq)
                        .arg(m_lastPayloadSeq));
    // A payload that no longer matches its digest (a tampered store) is written as it is: the
    // auditor's verify_chain.py then names its seq, which is the point of exporting a broken chain.
    if (payload.canonicalJson.contains('\n'))
        return fail(u"the raw payload of seq %1 holds a line break, so it cannot be one JSONL line"_s.arg(
            payload.seq));
    if (!m_payloads)
        if (auto opened = openRawPayloads(); !opened)
            return opened;
    m_lastPayloadSeq = payload.seq;
    m_payloads->countRow();
    m_payloadIndex->countRow();
    if (auto written = m_payloads->write(QByteArray(payload.canonicalJson + '\n')); !written)
        return written;
    const QByteArray indexLine = QByteArray::number(payload.seq) + ',' +
                                 QByteArray::number(m_payloads->rows()) + ',' + payload.digest.toHex() +
                                 csv::kLineEnd.toByteArray();
    return m_payloadIndex->write(indexLine);
}

Result<void> AuditPackWriter::closeRawPayloads()
{
    if (m_mode != PayloadMode::Raw)
        return {};
    if (!m_payloads)
        if (auto opened = openRawPayloads(); !opened) // an empty period still gets its (empty) files
            return opened;
    if (auto closed = add(m_payloads->close(true)); !closed)
        return closed;
    auto closed = add(m_payloadIndex->close(true));
    m_payloads.reset();
    m_payloadIndex.reset();
    return closed;
}

Result<void> AuditPackWriter::writeCheckpoints(const AuditDataset &dataset)
{
    for (const Checkpoint &checkpoint : dataset.checkpoints) {
        const QString base = checkpointBase(checkpoint.seq);
        if (checkpoint.signature.size() != 64)
            return fail(u"checkpoint %1 has no 64-byte Ed25519 signature"_s.arg(checkpoint.seq));
        if (auto text = add(PackFile::writeWhole(m_staging, base + u".txt"_s, checkpointText(checkpoint)));
            !text)
            return text;
        if (auto message = add(PackFile::writeWhole(m_staging, base + u".msg"_s, checkpoint.signedMessage()));
            !message)
            return message;
        if (auto signature = add(PackFile::writeWhole(m_staging, base + u".sig"_s, checkpoint.signature));
            !signature)
            return signature;
    }
    return {};
}

Result<void> AuditPackWriter::writeKeys(const AuditDataset &dataset, QByteArrayView exportPublicKey)
{
    auto checkpointPem = ed25519::publicKeyPem(dataset.checkpointPublicKey);
    if (!checkpointPem)
        return fail(u"the ledger's checkpoint key: %1"_s.arg(checkpointPem.error().message));
    auto exportPem = ed25519::publicKeyPem(exportPublicKey);
    if (!exportPem)
        return fail(u"the export key: %1"_s.arg(exportPem.error().message));
    if (auto written = add(PackFile::writeWhole(m_staging, u"keys/checkpoint.pem"_s, *checkpointPem));
        !written)
        return written;
    return add(PackFile::writeWhole(m_staging, u"keys/export.pem"_s, *exportPem));
}

Result<QString> AuditPackWriter::writeEvidence(const AuditDataset &dataset, QByteArrayView exportPublicKey)
{
    if (m_table)
        return fail(u"table %1 was never ended"_s.arg(m_tableName));
    if (auto closed = closeRawPayloads(); !closed)
        return std::unexpected(closed.error());
    if (auto written = writeCheckpoints(dataset); !written)
        return std::unexpected(written.error());
    if (auto written = writeKeys(dataset, exportPublicKey); !written)
        return std::unexpected(written.error());
    auto script = builtInPackFile(u":/custos/audit/verify_chain.py"_s);
    if (!script)
        return std::unexpected(script.error());
    if (auto written = add(PackFile::writeWhole(m_staging, u"tools/verify_chain.py"_s, *script)); !written)
        return std::unexpected(written.error());
    const QByteArray readme = PackReadme::text(dataset, rowCounts(), m_mode);
    if (auto written = add(PackFile::writeWhole(m_staging, u"README.txt"_s, readme)); !written)
        return std::unexpected(written.error());
    m_fingerprint = sums::packFingerprint(m_entries);
    return m_fingerprint;
}

QMap<QString, qint64> AuditPackWriter::rowCounts() const
{
    QMap<QString, qint64> counts;
    for (const PackEntry &entry : m_entries)
        if (entry.rows >= 0 && entry.path.startsWith(u"data/"))
            counts.insert(entry.path.mid(5), entry.rows);
    return counts;
}

QString AuditPackWriter::reportPath() const
{
    return m_staging + u'/' + sums::kReportFile;
}

Result<void> AuditPackWriter::addReport()
{
    QFile report(reportPath());
    if (!report.exists())
        return {}; // a pack written without a renderer (the exporter always has one)
    if (!report.open(QIODevice::ReadOnly))
        return fail(u"cannot read the drawn report: %1"_s.arg(report.errorString()), reportPath());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&report))
        return fail(u"cannot read the drawn report"_s, reportPath());
    m_entries.append(PackEntry{QString(sums::kReportFile), hash.result(), report.size(), -1});
    return {};
}

Result<QByteArray> AuditPackWriter::seal(const AuditDataset &dataset, const ReportScope &scope,
                                         const Signer &sign)
{
    if (m_fingerprint.isEmpty())
        return fail(u"seal() before writeEvidence()"_s);
    if (auto added = addReport(); !added)
        return std::unexpected(added.error());
    const QByteArray manifest = QJsonDocument(PackManifest::build(dataset, scope, m_entries, rowCounts()))
                                    .toJson(QJsonDocument::Indented);
    if (auto written = add(PackFile::writeWhole(m_staging, sums::kManifestFile, manifest)); !written)
        return std::unexpected(written.error());
    const QByteArray sumsText = sums::sumsText(m_entries);
    auto signature = sign(sumsText);
    if (!signature)
        return std::unexpected(signature.error());
    if (auto written = PackFile::writeWhole(m_staging, sums::kSumsFile, sumsText); !written)
        return std::unexpected(written.error());
    if (auto written = PackFile::writeWhole(m_staging, sums::kSignatureFile, *signature); !written)
        return std::unexpected(written.error());
    return sumsText;
}

Result<void> AuditPackWriter::commit()
{
    // renameat2(RENAME_NOREPLACE): a folder that appeared at the destination meanwhile is never replaced.
    if (::renameat2(AT_FDCWD, QFile::encodeName(m_staging).constData(), AT_FDCWD,
                    QFile::encodeName(m_destination).constData(), RENAME_NOREPLACE) != 0)
        return fail(
            u"cannot move the finished pack into place: %1"_s.arg(QString::fromLocal8Bit(strerror(errno))),
            m_destination);
    m_committed = true;
    m_staging.clear();
    return {};
}

} // namespace custos::audit
