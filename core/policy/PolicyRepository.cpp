#include "core/policy/PolicyRepository.h"

#include "core/common/Logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

#include <unistd.h>

namespace custos {
namespace {

bool isVersionHash(const QString &hash)
{
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256.match(hash).hasMatch();
}

// Creates the file, failing if it exists, so two publishers can never replace each other's version.
Result<void> writeOnce(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(file.exists() ? QStringLiteral("already exists; a published version is immutable")
                                  : QStringLiteral("cannot create: %1").arg(file.errorString()),
                    path);
    if (file.write(bytes) != bytes.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        file.remove();
        return fail(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return {};
}

} // namespace

QJsonObject PublishedVersion::toJson() const
{
    return QJsonObject{{QStringLiteral("hash"), hash},
                       {QStringLiteral("policy_id"), policyId},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("comment"), comment},
                       {QStringLiteral("author"), author},
                       {QStringLiteral("published_at"), publishedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

Result<PublishedVersion> PublishedVersion::fromJson(const QJsonObject &object)
{
    PublishedVersion version{
        object.value(QStringLiteral("hash")).toString(),
        object.value(QStringLiteral("policy_id")).toString(),
        object.value(QStringLiteral("title")).toString(),
        object.value(QStringLiteral("comment")).toString(),
        object.value(QStringLiteral("author")).toString(),
        QDateTime::fromString(object.value(QStringLiteral("published_at")).toString(), Qt::ISODateWithMs)};
    if (!isVersionHash(version.hash) || !version.publishedAt.isValid())
        return fail(QStringLiteral("malformed version metadata"));
    return version;
}

PolicyRepository::PolicyRepository(QString directory)
    : m_directory(std::move(directory))
{}

QString PolicyRepository::yamlPath(const QString &hash) const
{
    return m_directory + u'/' + hash + u".yaml";
}
QString PolicyRepository::metadataPath(const QString &hash) const
{
    return m_directory + u'/' + hash + u".json";
}

Result<PublishedVersion> PolicyRepository::publish(const Policy &policy, const QString &comment,
                                                   const QString &author, const QDateTime &at)
{
    if (!QDir().mkpath(m_directory))
        return fail(QStringLiteral("cannot create the policy repository"), m_directory);
    if (contains(policy.hash()))
        return fail(QStringLiteral("version %1 is already published; a published version is immutable")
                        .arg(policy.hash()),
                    yamlPath(policy.hash()));
    const PublishedVersion version{policy.hash(), policy.id(), policy.title(), comment, author, at.toUTC()};
    // The metadata goes last: a version is only listed once both files are complete.
    if (auto written = writeOnce(yamlPath(version.hash), policy.sourceYaml()); !written)
        return std::unexpected(written.error());
    if (auto written = writeOnce(metadataPath(version.hash), QJsonDocument(version.toJson()).toJson());
        !written)
        return std::unexpected(written.error());
    qCInfo(lcPolicy) << "published policy version" << version.hash;
    return version;
}

bool PolicyRepository::contains(const QString &hash) const
{
    return isVersionHash(hash) && (QFile::exists(yamlPath(hash)) || QFile::exists(metadataPath(hash)));
}

Result<Policy> PolicyRepository::load(const QString &hash) const
{
    if (!isVersionHash(hash))
        return fail(QStringLiteral("'%1' is not a policy version hash").arg(hash));
    auto policy = Policy::fromFile(yamlPath(hash));
    if (!policy)
        return std::unexpected(policy.error().front());
    if (policy->hash() != hash)
        return fail(QStringLiteral("the stored policy no longer has hash %1 (it is %2): the file was altered")
                        .arg(hash, policy->hash()),
                    yamlPath(hash));
    return *policy;
}

Result<PublishedVersion> PolicyRepository::version(const QString &hash) const
{
    if (!isVersionHash(hash))
        return fail(QStringLiteral("'%1' is not a policy version hash").arg(hash));
    QFile file(metadataPath(hash));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("no such version"), file.fileName());
    const QJsonDocument json = QJsonDocument::fromJson(file.read(1024 * 1024));
    auto version = PublishedVersion::fromJson(json.object());
    if (!version)
        return fail(version.error().message, file.fileName());
    if (version->hash != hash)
        return fail(QStringLiteral("metadata names version %1").arg(version->hash), file.fileName());
    return version;
}

std::vector<PublishedVersion> PolicyRepository::versions() const
{
    std::vector<PublishedVersion> result;
    const QStringList names = QDir(m_directory).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : names) {
        if (auto found = version(name.chopped(5)))
            result.push_back(std::move(*found));
    }
    std::ranges::sort(result, [](const PublishedVersion &a, const PublishedVersion &b) {
        return std::tie(a.publishedAt, a.hash) < std::tie(b.publishedAt, b.hash);
    });
    return result;
}

} // namespace custos
