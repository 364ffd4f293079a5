#include "core/exceptions/ExceptionScope.h"

#include <QJsonArray>

#include <array>

namespace custos {

namespace {

bool allows(const QStringList &allowed, const QString &value)
{
    return allowed.isEmpty() || allowed.contains(value);
}

// Data classes and detectors: the exception must allow every class the interaction carries.
bool allowsAll(const QStringList &allowed, const QStringList &values)
{
    if (allowed.isEmpty())
        return true;
    for (const QString &value : values)
        if (!allowed.contains(value))
            return false;
    return true;
}

bool narrower(const QStringList &inner, const QStringList &outer)
{
    if (outer.isEmpty())
        return true;
    if (inner.isEmpty())
        return false;
    for (const QString &value : inner)
        if (!outer.contains(value))
            return false;
    return true;
}

using Field = QStringList ExceptionScope::*;
constexpr std::array<std::pair<const char *, Field>, 7> fields{{
    {"rules", &ExceptionScope::rules},
    {"users", &ExceptionScope::users},
    {"services", &ExceptionScope::services},
    {"models", &ExceptionScope::models},
    {"routes", &ExceptionScope::routes},
    {"data_classes", &ExceptionScope::dataClasses},
    {"detectors", &ExceptionScope::detectors},
}};

} // namespace

bool ExceptionScope::covers(const ExceptionSubject &subject) const
{
    return rules.contains(subject.ruleId) && allows(users, subject.user) &&
           allows(services, subject.service) && allows(models, subject.model) &&
           allows(routes, subject.route) && allowsAll(dataClasses, subject.dataClasses) &&
           allowsAll(detectors, subject.detectors);
}

bool ExceptionScope::isWithin(const ExceptionScope &outer) const
{
    return !rules.isEmpty() && narrower(rules, outer.rules) && narrower(users, outer.users) &&
           narrower(services, outer.services) && narrower(models, outer.models) &&
           narrower(routes, outer.routes) && narrower(dataClasses, outer.dataClasses) &&
           narrower(detectors, outer.detectors);
}

QString ExceptionScope::describe() const
{
    QStringList parts;
    for (const auto &[name, field] : fields) {
        const QStringList &values = this->*field;
        parts << QString::fromLatin1(name) + u'=' +
                     (values.isEmpty() ? QStringLiteral("*") : values.join(u','));
    }
    return parts.join(u' ');
}

QJsonObject ExceptionScope::toJson() const
{
    QJsonObject json;
    for (const auto &[name, field] : fields)
        json.insert(QLatin1StringView(name), QJsonArray::fromStringList(this->*field));
    return json;
}

Result<ExceptionScope> ExceptionScope::fromJson(const QJsonObject &json)
{
    ExceptionScope scope;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto field = std::find_if(fields.begin(), fields.end(), [&](const auto &entry) {
            return it.key() == QLatin1StringView(entry.first);
        });
        if (field == fields.end())
            return fail(QStringLiteral("unknown scope field '%1'").arg(it.key()));
        if (!it.value().isArray())
            return fail(QStringLiteral("scope field '%1' must be a list of strings").arg(it.key()));
        for (const auto &value : it.value().toArray()) {
            if (!value.isString() || value.toString().isEmpty())
                return fail(QStringLiteral("scope field '%1' must hold non-empty strings").arg(it.key()));
            (scope.*(field->second)) << value.toString();
        }
    }
    if (scope.rules.isEmpty())
        return fail(QStringLiteral("an exception scope must name at least one rule"));
    return scope;
}

} // namespace custos
