#include "core/publishing/PublishedVersion.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace custos {
namespace {

bool isVersionHash(const QString &hash)
{
    static const QRegularExpression sha256(u"^[0-9a-f]{64}$"_s);
    return sha256.match(hash).hasMatch();
}

} // namespace

QJsonObject PublishedVersion::toPayload() const
{
    return QJsonObject{{u"event"_s, u"published"_s},  {u"hash"_s, hash},
                       {u"policy_id"_s, policyId},    {u"title"_s, title},
                       {u"comment"_s, comment},       {u"author"_s, author},
                       {u"previous"_s, previousHash}, {u"source"_s, QString::fromUtf8(source)}};
}

Result<PublishedVersion> PublishedVersion::fromPayload(const QJsonObject &payload)
{
    PublishedVersion version;
    version.hash = payload.value(u"hash").toString();
    version.policyId = payload.value(u"policy_id").toString();
    version.title = payload.value(u"title").toString();
    version.comment = payload.value(u"comment").toString();
    version.author = payload.value(u"author").toString();
    version.previousHash = payload.value(u"previous").toString();
    version.source = payload.value(u"source").toString().toUtf8();
    if (!isVersionHash(version.hash) || version.source.isEmpty())
        return fail(u"a policy_publish event without a version hash or source"_s);
    return version;
}

QJsonObject PublishedVersion::toJson(bool withSource) const
{
    QJsonObject json{{u"seq"_s, seq},
                     {u"hash"_s, hash},
                     {u"policy_id"_s, policyId},
                     {u"title"_s, title},
                     {u"comment"_s, comment},
                     {u"author"_s, author},
                     {u"published_at"_s, publishedAt.toUTC().toString(Qt::ISODateWithMs)},
                     {u"previous"_s, previousHash}};
    if (withSource)
        json.insert(u"source"_s, QString::fromUtf8(source));
    return json;
}

} // namespace custos
