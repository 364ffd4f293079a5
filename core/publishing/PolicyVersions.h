#pragma once

#include "core/common/Error.h"
#include "core/policy/Policy.h"
#include "core/publishing/PublishedVersion.h"

#include <QDateTime>

#include <memory>
#include <optional>
#include <vector>

namespace custos {

class EvidenceStore;
class UserDirectory;
struct Credentials;

// The policy hub's versions, kept in the ledger. Publishing appends a policy_publish event with
// the exact source, its hash, the author and a comment; the newest published version is the
// active one, which the gateway follows without a restart. A refused publish leaves one admin
// event saying who tried and why, and nothing else.
class PolicyVersions
{
public:
    PolicyVersions(EvidenceStore &store, std::shared_ptr<const UserDirectory> users);

    // The author signs in with a password and must hold PublishPolicy; the source must be a valid
    // policy and differ from the active version.
    Result<PublishedVersion> publish(const QByteArray &source, const QString &comment,
                                     const Credentials &author,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

    // A policy file handed to `custosctl serve` is recorded once (author "file:<path>"), so every
    // interaction's version hash still resolves to its text in the ledger. Whoever starts the
    // gateway controls its policy; the record shows that it came from a file.
    Result<PublishedVersion> recordLoadedFile(const Policy &policy, const QString &path,
                                              const QDateTime &now = QDateTime::currentDateTimeUtc());

    Result<std::optional<PublishedVersion>> active() const;
    Result<std::vector<PublishedVersion>> history() const; // oldest first
    Result<PublishedVersion> version(const QString &hashOrPrefix) const;
    Result<Policy> policy(const QString &hashOrPrefix) const; // parsed, with its hash checked

private:
    Result<PublishedVersion> append(PublishedVersion version, const QDateTime &now);
    Error refuse(const QString &actor, const QString &hash, const Error &why, const QDateTime &now);

    EvidenceStore &m_store;
    std::shared_ptr<const UserDirectory> m_users;
};

} // namespace custos
