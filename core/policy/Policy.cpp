#include "core/policy/Policy.h"

#include "core/policy/PolicyCanonical.h"
#include "core/policy/PolicyParser.h"
#include "core/policy/PolicyValidator.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <tuple>

namespace custos {

std::expected<Policy, PolicyErrors> Policy::fromYaml(const QByteArray &yaml, const QString &fileName)
{
    PolicyParser::Outcome parsed = PolicyParser::parse(yaml, fileName);
    // Meaning is only checked on a tree that parsed, but then every meaning error is reported
    // alongside the type errors.
    if (!parsed.loaded)
        return std::unexpected(std::move(parsed.errors));
    PolicyErrors semantic = PolicyValidator::validate(parsed.document);
    parsed.errors.insert(parsed.errors.end(), semantic.begin(), semantic.end());
    if (!parsed.errors.empty()) {
        std::ranges::stable_sort(parsed.errors, [](const Error &a, const Error &b) {
            return std::tie(a.line, a.column) < std::tie(b.line, b.column);
        });
        return std::unexpected(std::move(parsed.errors));
    }
    auto data = std::make_shared<Data>();
    data->canonical = PolicyCanonical::bytes(parsed.document);
    data->hash = PolicyCanonical::sha256Hex(data->canonical);
    data->document = std::move(parsed.document);
    data->source = yaml;
    return Policy(std::move(data));
}

Result<QByteArray> Policy::readSource(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QStringLiteral("no such file"), path);
    if (info.size() > MaxPolicyBytes)
        return fail(QStringLiteral("the file is %1 bytes; policies are limited to %2 bytes")
                        .arg(info.size())
                        .arg(MaxPolicyBytes),
                    path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read: %1").arg(file.errorString()), path);
    // Read one byte past the limit, so a file that grew since the check is still refused.
    QByteArray bytes = file.read(MaxPolicyBytes + 1);
    if (bytes.size() > MaxPolicyBytes)
        return fail(QStringLiteral("policies are limited to %1 bytes").arg(MaxPolicyBytes), path);
    return bytes;
}

std::expected<Policy, PolicyErrors> Policy::fromFile(const QString &path)
{
    const Result<QByteArray> source = readSource(path);
    if (!source)
        return std::unexpected(PolicyErrors{source.error()});
    return fromYaml(*source, path);
}

int Policy::retentionDays(const QString &service, const QStringList &dataClasses) const
{
    const RetentionSettings &retention = d->document.retention;
    int days = 0;
    for (const QString &dataClass : dataClasses)
        days = std::max(days, retention.classes.value(dataClass, 0));
    if (days > 0)
        return days;
    return retention.services.value(service, retention.defaultDays);
}

} // namespace custos
