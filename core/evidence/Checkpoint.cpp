#include "Checkpoint.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

QByteArray bigEndian(qint64 value)
{
    QByteArray bytes(8, Qt::Uninitialized);
    qToBigEndian<qint64>(value, bytes.data());
    return bytes;
}

QByteArray hexField(const QJsonObject &json, const QString &key)
{
    return QByteArray::fromHex(json.value(key).toString().toLatin1());
}

} // namespace

QByteArray Checkpoint::signedMessage() const
{
    return QByteArrayLiteral("custos-checkpoint-v1") + bigEndian(seq) + hash +
           bigEndian(time.toMSecsSinceEpoch());
}

QJsonObject Checkpoint::toJson() const
{
    return {{u"seq"_s, seq},
            {u"hash"_s, QString::fromLatin1(hash.toHex())},
            {u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)},
            {u"signature"_s, QString::fromLatin1(signature.toHex())}};
}

Result<Checkpoint> Checkpoint::fromJson(const QJsonObject &json)
{
    Checkpoint checkpoint;
    checkpoint.seq = json.value(u"seq").toInteger(-1);
    checkpoint.hash = hexField(json, u"hash"_s);
    checkpoint.time = QDateTime::fromString(json.value(u"time").toString(), Qt::ISODateWithMs);
    checkpoint.signature = hexField(json, u"signature"_s);
    if (checkpoint.seq < 0 || checkpoint.hash.size() != 32 || !checkpoint.time.isValid() ||
        checkpoint.signature.isEmpty())
        return fail(u"malformed checkpoint (needs seq, hash, time and signature)"_s);
    return checkpoint;
}

QJsonObject CheckpointExport::toJson() const
{
    QJsonArray list;
    for (const Checkpoint &checkpoint : checkpoints)
        list.append(checkpoint.toJson());
    return {{u"format"_s, u"custos-checkpoints-v1"_s},
            {u"publicKey"_s, QString::fromLatin1(publicKey.toHex())},
            {u"checkpoints"_s, list}};
}

Result<CheckpointExport> CheckpointExport::fromJson(const QJsonObject &json)
{
    if (json.value(u"format").toString() != u"custos-checkpoints-v1")
        return fail(u"not a Custos checkpoint export (format is not custos-checkpoints-v1)"_s);
    CheckpointExport result;
    result.publicKey = hexField(json, u"publicKey"_s);
    const QJsonArray list = json.value(u"checkpoints").toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto checkpoint = Checkpoint::fromJson(list.at(i).toObject());
        if (!checkpoint)
            return fail(u"checkpoint %1: %2"_s.arg(i).arg(checkpoint.error().message));
        result.checkpoints.append(*checkpoint);
    }
    return result;
}

Result<CheckpointExport> CheckpointExport::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read checkpoint file: %1"_s.arg(file.errorString()), path);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return fail(u"invalid JSON: %1"_s.arg(parseError.errorString()), path);
    auto parsed = fromJson(document.object());
    if (!parsed)
        return fail(parsed.error().message, path);
    return parsed;
}

} // namespace custos
