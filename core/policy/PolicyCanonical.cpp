#include "core/policy/PolicyCanonical.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/evp.h>

namespace custos {
namespace {

QJsonArray sortedSet(QStringList values)
{
    values.sort();
    values.removeDuplicates();
    return QJsonArray::fromStringList(values);
}

QJsonObject intMap(const QMap<QString, int> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject scopeToJson(const RuleScope &scope)
{
    return QJsonObject{{QStringLiteral("services"), sortedSet(scope.services)},
                       {QStringLiteral("users"), sortedSet(scope.users)},
                       {QStringLiteral("groups"), sortedSet(scope.groups)},
                       {QStringLiteral("models"), sortedSet(scope.models)},
                       {QStringLiteral("routes"), sortedSet(scope.routes)}};
}

QJsonObject conditionsToJson(const RuleConditions &conditions)
{
    QJsonObject object{{QStringLiteral("classes"), sortedSet(conditions.classes)},
                       {QStringLiteral("detectors"), sortedSet(conditions.detectors)},
                       {QStringLiteral("min_count"), conditions.minCount},
                       {QStringLiteral("min_size"), conditions.minSize}};
    object.insert(QStringLiteral("max_size"),
                  conditions.maxSize ? QJsonValue(*conditions.maxSize) : QJsonValue(QJsonValue::Null));
    return object;
}

QJsonObject detectorsToJson(const DetectorSettings &settings)
{
    QJsonObject overrides;
    for (auto it = settings.overrides.cbegin(); it != settings.overrides.cend(); ++it) {
        const DetectorOverride &change = it.value();
        QJsonObject object{{QStringLiteral("class"), change.dataClass},
                           {QStringLiteral("context"), sortedSet(change.context)}};
        object.insert(QStringLiteral("confidence"),
                      change.confidence ? QJsonValue(*change.confidence) : QJsonValue(QJsonValue::Null));
        overrides.insert(it.key(), object);
    }
    QJsonArray custom;
    for (const CustomDetector &detector : settings.custom)
        custom.append(PolicyCanonical::customDetectorToJson(detector));
    QJsonObject object{{QStringLiteral("disable"), sortedSet(settings.disabled)},
                       {QStringLiteral("override"), overrides},
                       {QStringLiteral("custom"), custom}};
    // Written only when set, so a policy that does not name regions keeps the version id it had
    // before the setting existed. Order matters (it decides a number's country), so no sorting.
    if (!settings.phoneRegions.isEmpty())
        object.insert(QStringLiteral("phone_regions"), QJsonArray::fromStringList(settings.phoneRegions));
    return object;
}

} // namespace

QJsonObject PolicyCanonical::customDetectorToJson(const CustomDetector &detector)
{
    return QJsonObject{{QStringLiteral("id"), detector.id},
                       {QStringLiteral("class"), detector.dataClass},
                       {QStringLiteral("description"), detector.description},
                       {QStringLiteral("pattern"), detector.pattern},
                       {QStringLiteral("validator"), detector.validator},
                       {QStringLiteral("context"), sortedSet(detector.context)},
                       {QStringLiteral("context_required"), detector.contextRequired},
                       {QStringLiteral("keywords"), sortedSet(detector.keywords)},
                       {QStringLiteral("confidence"), detector.confidence}};
}

QJsonObject PolicyCanonical::ruleToJson(const PolicyRule &rule)
{
    QJsonObject object{{QStringLiteral("id"), rule.id},
                       {QStringLiteral("description"), rule.description},
                       {QStringLiteral("direction"), directionName(rule.direction)},
                       {QStringLiteral("scope"), scopeToJson(rule.scope)},
                       {QStringLiteral("conditions"), conditionsToJson(rule.conditions)},
                       {QStringLiteral("action"), actionName(rule.action)},
                       {QStringLiteral("message"), rule.message},
                       {QStringLiteral("redaction"),
                        QJsonObject{{QStringLiteral("style"), redactionStyleName(rule.redaction)}}},
                       {QStringLiteral("route"), rule.route},
                       {QStringLiteral("approvers"), sortedSet(rule.approvers)},
                       {QStringLiteral("exception"),
                        QJsonObject{{QStringLiteral("default_hours"), rule.exception.defaultHours},
                                    {QStringLiteral("max_hours"), rule.exception.maxHours}}}};
    // An unset override is written as null, not as the policy's value, so the form stays what was
    // written: changing the policy mode is one change, not one per rule.
    object.insert(QStringLiteral("mode"), rule.mode ? QJsonValue(policyModeName(*rule.mode)) : QJsonValue());
    object.insert(QStringLiteral("failure_mode"),
                  rule.failureMode ? QJsonValue(failureModeName(*rule.failureMode)) : QJsonValue());
    return object;
}

QJsonObject PolicyCanonical::routeToJson(const RouteSpec &route)
{
    return QJsonObject{{QStringLiteral("kind"), routeKindName(route.kind)},
                       {QStringLiteral("base_url"), route.baseUrl},
                       {QStringLiteral("models"), sortedSet(route.models)}};
}

QJsonObject PolicyCanonical::toJson(const PolicyDocument &document)
{
    QJsonArray rules;
    for (const PolicyRule &rule : document.rules)
        rules.append(ruleToJson(rule));
    QJsonObject routes;
    for (const RouteSpec &route : document.routes)
        routes.insert(route.name, routeToJson(route));
    QJsonObject classes;
    for (auto it = document.dataClasses.cbegin(); it != document.dataClasses.cend(); ++it)
        classes.insert(it.key(), it.value());
    const QJsonObject retention{{QStringLiteral("default_days"), document.retention.defaultDays},
                                {QStringLiteral("services"), intMap(document.retention.services)},
                                {QStringLiteral("classes"), intMap(document.retention.classes)}};
    QJsonObject canonical{{QStringLiteral("format"), 1},
                          {QStringLiteral("id"), document.id},
                          {QStringLiteral("title"), document.title},
                          {QStringLiteral("owner"), document.owner},
                          {QStringLiteral("description"), document.description},
                          {QStringLiteral("mode"), policyModeName(document.mode)},
                          {QStringLiteral("failure_mode"), failureModeName(document.failureMode)},
                          {QStringLiteral("detectors"), detectorsToJson(document.detectors)},
                          {QStringLiteral("data_classes"), classes},
                          {QStringLiteral("rules"), rules},
                          {QStringLiteral("routes"), routes},
                          {QStringLiteral("retention"), retention}};
    // Only when it differs from the defaults, so policies written before the watchers keep their hash.
    if (!document.watch.isDefault())
        canonical.insert(QStringLiteral("watch"), document.watch.toJson());
    return canonical;
}

QByteArray PolicyCanonical::bytes(const PolicyDocument &document)
{
    return QJsonDocument(toJson(document)).toJson(QJsonDocument::Compact);
}

QString PolicyCanonical::sha256Hex(const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), digest, &length, EVP_sha256(),
                   nullptr) != 1)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex());
}

} // namespace custos
