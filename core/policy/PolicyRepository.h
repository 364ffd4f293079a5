#pragma once

#include "core/common/Error.h"
#include "core/policy/Policy.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace custos {

// What the ledger's policy_publish event records about a version.
struct PublishedVersion
{
    QString hash;
    QString policyId;
    QString title;
    QString comment;
    QString author;
    QDateTime publishedAt; // UTC

    QJsonObject toJson() const;
    static Result<PublishedVersion> fromJson(const QJsonObject &object);
};

// Published policy versions in one directory: "<hash>.yaml" (the source as published) and
// "<hash>.json" (who, when, why). Publishing writes each file once, refuses to replace an existing
// version and leaves the files read-only; loading checks the content still has its hash.
class PolicyRepository
{
public:
    explicit PolicyRepository(QString directory);

    Result<PublishedVersion> publish(const Policy &policy, const QString &comment, const QString &author,
                                     const QDateTime &at = QDateTime::currentDateTimeUtc());
    bool contains(const QString &hash) const;
    Result<Policy> load(const QString &hash) const;
    Result<PublishedVersion> version(const QString &hash) const;
    std::vector<PublishedVersion> versions() const; // oldest first
    const QString &directory() const { return m_directory; }

private:
    QString yamlPath(const QString &hash) const;
    QString metadataPath(const QString &hash) const;

    QString m_directory;
};

} // namespace custos
