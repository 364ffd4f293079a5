#pragma once

#include "core/policy/PolicyDocument.h"
#include "core/policy/YamlReader.h"

#include <QByteArray>

#include <expected>
#include <memory>

namespace custos {

// A validated policy version. The only way to get one is from YAML that parses and validates, so
// anything holding a Policy (the engine, the repository) holds a policy that can be enforced.
// Cheap to copy: the data is shared and immutable.
class Policy
{
public:
    static constexpr qint64 MaxPolicyBytes = 5 * 1024 * 1024;

    // Parses and validates; on failure returns every error found, each with file:line:column.
    static std::expected<Policy, PolicyErrors> fromYaml(const QByteArray &yaml, const QString &fileName = {});
    // Refuses files over MaxPolicyBytes before reading them.
    static std::expected<Policy, PolicyErrors> fromFile(const QString &path);
    // Reads a policy file's bytes, refusing unreadable and oversized files (no parsing).
    static Result<QByteArray> readSource(const QString &path);

    const PolicyDocument &document() const { return d->document; }
    // The version id: SHA-256 (lower-case hex) of the canonical form.
    const QString &hash() const { return d->hash; }
    const QByteArray &canonicalForm() const { return d->canonical; }
    const QByteArray &sourceYaml() const { return d->source; }

    const QString &id() const { return d->document.id; }
    const QString &title() const { return d->document.title; }
    const PolicyRule *rule(const QString &ruleId) const { return d->document.rule(ruleId); }
    const RetentionSettings &retention() const { return d->document.retention; }

    // Days to keep evidence for one interaction: the longest of the class-specific periods that
    // apply, else the service's, else the default.
    int retentionDays(const QString &service, const QStringList &dataClasses) const;

private:
    struct Data
    {
        PolicyDocument document;
        QString hash;
        QByteArray canonical;
        QByteArray source;
    };
    explicit Policy(std::shared_ptr<const Data> data)
        : d(std::move(data))
    {}
    std::shared_ptr<const Data> d;
};

} // namespace custos
