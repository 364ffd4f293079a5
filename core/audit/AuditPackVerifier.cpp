#include "core/audit/AuditPackVerifier.h"

#include "core/audit/CsvReader.h"
#include "core/audit/Ed25519Key.h"
#include "core/audit/PackChainCheck.h"
#include "core/audit/PackSums.h"
#include "core/audit/ZipReader.h"
#include "core/evidence/CheckpointSigner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace custos::audit {
namespace {

Result<QByteArray> readPackFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read: %1"_s.arg(file.errorString()), path);
    return file.readAll();
}

Result<QByteArray> packFileSha256(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return fail(u"cannot read: %1"_s.arg(file.errorString()), path);
    return hash.result();
}

Result<QByteArray> packPublicKey(const QString &path)
{
    auto pem = readPackFile(path);
    if (!pem)
        return std::unexpected(pem.error());
    auto key = ed25519::publicKeyFromPem(*pem);
    if (!key)
        return fail(key.error().message, path);
    return key;
}

QSet<QString> packFilesUnder(const QString &root)
{
    QSet<QString> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.insert(QDir(root).relativeFilePath(it.next()));
    return files;
}

// Data rows of a CSV, counted as a reader would (quoted line breaks do not start a row).
Result<qint64> packCsvRows(const QString &path)
{
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::unexpected(reader.error());
    qint64 rows = 0;
    while (true) {
        auto record = reader->next();
        if (!record)
            return std::unexpected(record.error());
        if (!*record)
            return rows;
        ++rows;
    }
}

Result<qint64> packLineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read: %1"_s.arg(file.errorString()), path);
    qint64 lines = 0;
    while (!file.readLine().isEmpty())
        ++lines;
    return lines;
}

} // namespace

AuditPackVerifier::AuditPackVerifier(QString root, Options options)
    : m_root(std::move(root))
    , m_options(std::move(options))
{}

Result<PackVerification> AuditPackVerifier::verify(const QString &dirOrZip, const Options &options)
{
    const QFileInfo info(dirOrZip);
    if (info.isDir())
        return verifyFolder(info.absoluteFilePath(), options);
    if (!info.isFile())
        return fail(u"no audit pack here (neither a folder nor a ZIP file)"_s, dirOrZip);
    QTemporaryDir unpacked;
    if (!unpacked.isValid())
        return fail(u"cannot make a temporary folder to unpack the ZIP into"_s, dirOrZip);
    auto top = ZipReader::extract(dirOrZip, unpacked.path());
    if (!top)
        return std::unexpected(top.error());
    return verifyFolder(unpacked.path() + u'/' + *top, options);
}

Result<PackVerification> AuditPackVerifier::verifyFolder(const QString &folder, const Options &options)
{
    if (!QFileInfo::exists(folder + u'/' + sums::kSumsFile))
        return fail(u"no SHA256SUMS here: not an audit pack folder"_s, folder);
    AuditPackVerifier verifier(folder, options);
    QList<PackCheck> &checks = verifier.m_result.checks;
    checks.append(verifier.sums());
    checks.append(verifier.sumsSignature());
    checks.append(verifier.exportKey());
    checks.append(verifier.checkpointSignatures());
    const QJsonObject chain = verifier.m_manifest.value(u"chain").toObject();
    // Packs written before chain formula 2 do not name their formula.
    PackChainCheck chainCheck(folder, chain.value(u"anchor_seq").toInteger(),
                              QByteArray::fromHex(chain.value(u"anchor_hash").toString().toLatin1()),
                              int(chain.value(u"chain_formula").toInteger(1)));
    checks.append(chainCheck.chain());
    checks.append(chainCheck.checkpoints());
    checks.append(chainCheck.rawPayloads());
    checks.append(verifier.manifest());
    verifier.m_result.chainIntact = chain.value(u"intact").toBool(true);
    return verifier.m_result;
}

PackCheck AuditPackVerifier::sums()
{
    const QString name = u"files against SHA256SUMS"_s;
    auto text = readPackFile(m_root + u'/' + sums::kSumsFile);
    if (!text)
        return PackCheck{name, false, text.error().toString()};
    m_sumsText = *text;
    auto lines = sums::parse(m_sumsText);
    if (!lines)
        return PackCheck{name, false, lines.error().toString()};
    QSet<QString> unlisted = packFilesUnder(m_root);
    unlisted.remove(sums::kSumsFile);
    unlisted.remove(sums::kSignatureFile);
    QStringList problems;
    QList<PackEntry> entries;
    for (const sums::SumLine &line : std::as_const(*lines)) {
        unlisted.remove(line.path);
        m_listed.insert(line.path);
        auto actual = packFileSha256(m_root + u'/' + line.path);
        if (!actual)
            problems.append(u"%1 is missing"_s.arg(line.path));
        else if (*actual != line.sha256)
            problems.append(u"%1 differs from its SHA-256"_s.arg(line.path));
        entries.append(PackEntry{line.path, line.sha256, 0, -1});
    }
    for (const QString &extra : std::as_const(unlisted))
        problems.append(u"%1 is not listed"_s.arg(extra));
    m_result.packFingerprint = sums::packFingerprint(entries);
    if (auto manifest = readPackFile(m_root + u'/' + sums::kManifestFile); manifest)
        m_manifest = QJsonDocument::fromJson(*manifest).object();
    if (!problems.isEmpty())
        return PackCheck{name, false, problems.join(u"; "_s)};
    return PackCheck{name, true, u"%1 files match"_s.arg(lines->size())};
}

PackCheck AuditPackVerifier::sumsSignature()
{
    const QString name = u"SHA256SUMS signature (keys/export.pem)"_s;
    auto key = packPublicKey(m_root + u"/keys/export.pem"_s);
    if (!key)
        return PackCheck{name, false, key.error().toString()};
    m_result.exportKeyFingerprint = ed25519::fingerprint(*key);
    auto signature = readPackFile(m_root + u'/' + sums::kSignatureFile);
    if (!signature)
        return PackCheck{name, false, signature.error().toString()};
    if (!CheckpointSigner::verify(*key, m_sumsText, *signature))
        return PackCheck{name, false, u"the signature does not match SHA256SUMS"_s};
    return PackCheck{name, true, u"valid"_s};
}

PackCheck AuditPackVerifier::exportKey()
{
    const QString name = u"export key fingerprint"_s;
    if (m_result.exportKeyFingerprint.isEmpty())
        return PackCheck{name, false, u"keys/export.pem is unreadable"_s};
    if (m_options.exportKeyFingerprint.isEmpty())
        return PackCheck{name, true,
                         u"%1 (not pinned: compare it with the fingerprint you received by another channel, "
                         "or pass --export-key-fingerprint)"_s.arg(m_result.exportKeyFingerprint)};
    if (m_options.exportKeyFingerprint.trimmed().toLower() != m_result.exportKeyFingerprint)
        return PackCheck{name, false,
                         u"keys/export.pem has fingerprint %1, not the pinned %2"_s.arg(
                             m_result.exportKeyFingerprint, m_options.exportKeyFingerprint)};
    return PackCheck{name, true, u"%1 (pinned)"_s.arg(m_result.exportKeyFingerprint)};
}

PackCheck AuditPackVerifier::checkpointSignatures()
{
    const QString name = u"checkpoint signatures (keys/checkpoint.pem)"_s;
    auto key = packPublicKey(m_root + u"/keys/checkpoint.pem"_s);
    if (!key)
        return PackCheck{name, false, key.error().toString()};
    QDir folder(m_root + u"/checkpoints"_s);
    const QStringList messages = folder.entryList({u"*.msg"_s}, QDir::Files, QDir::Name);
    QStringList bad;
    for (const QString &file : messages) {
        auto message = readPackFile(folder.filePath(file));
        auto signature = readPackFile(folder.filePath(file.chopped(4) + u".sig"_s));
        if (!message || !signature || !CheckpointSigner::verify(*key, *message, *signature))
            bad.append(u"checkpoints/"_s + file);
    }
    if (messages.isEmpty())
        return PackCheck{name, false, u"the pack holds no checkpoint"_s};
    if (!bad.isEmpty())
        return PackCheck{name, false,
                         u"%1/%2 invalid: %3"_s.arg(bad.size()).arg(messages.size()).arg(bad.join(u", "_s))};
    return PackCheck{name, true, u"%1/%1 valid"_s.arg(messages.size())};
}

PackCheck AuditPackVerifier::manifest()
{
    const QString name = u"manifest against the files"_s;
    if (m_manifest.isEmpty())
        return PackCheck{name, false, u"manifest.json is missing or not JSON"_s};
    QStringList problems;
    const QJsonArray files = m_manifest.value(u"files").toArray();
    QSet<QString> described;
    for (const QJsonValue &value : files)
        described.insert(value.toObject().value(u"path").toString());
    described.insert(sums::kManifestFile);
    if (described != m_listed)
        problems.append(u"the manifest and SHA256SUMS list different files"_s);
    const QJsonObject counts = m_manifest.value(u"counts").toObject();
    for (const QJsonValue &value : files) {
        const QJsonObject file = value.toObject();
        const QString path = file.value(u"path").toString();
        const QString absolute = m_root + u'/' + path;
        auto sha = packFileSha256(absolute);
        if (!sha || QString::fromLatin1(sha->toHex()) != file.value(u"sha256").toString() ||
            QFileInfo(absolute).size() != file.value(u"size").toInteger(-1)) {
            problems.append(u"%1 does not match its manifest entry"_s.arg(path));
            continue;
        }
        if (!file.contains(u"rows"))
            continue;
        auto rows = path.endsWith(u".csv") ? packCsvRows(absolute) : packLineCount(absolute);
        const qint64 listed = file.value(u"rows").toInteger(-1);
        if (!rows || *rows != listed)
            problems.append(
                u"%1 has %2 rows, the manifest says %3"_s.arg(path).arg(rows ? *rows : -1).arg(listed));
        const QString table = path.startsWith(u"data/") ? path.mid(5) : QString();
        if (counts.contains(table) && counts.value(table).toInteger(-1) != listed)
            problems.append(u"%1: the manifest's count and file entry disagree"_s.arg(table));
    }
    if (m_manifest.value(u"pack_fingerprint").toString() != m_result.packFingerprint)
        problems.append(u"pack_fingerprint %1 is not the recomputed %2"_s.arg(
            m_manifest.value(u"pack_fingerprint").toString(), m_result.packFingerprint));
    const QString exportFingerprint =
        m_manifest.value(u"keys").toObject().value(u"export").toObject().value(u"fingerprint").toString();
    if (exportFingerprint != m_result.exportKeyFingerprint)
        problems.append(u"the export key fingerprint differs from keys/export.pem's"_s);
    if (!problems.isEmpty())
        return PackCheck{name, false, problems.join(u"; "_s)};
    return PackCheck{name, true,
                     u"%1 files, row counts and the pack fingerprint %2 agree"_s.arg(files.size())
                         .arg(m_result.packFingerprint)};
}

} // namespace custos::audit
