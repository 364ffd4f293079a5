#include "core/policy/PolicyParser.h"

#include "core/policy/WatchSectionParser.h"

#include <exception>

namespace custos {
namespace {

QString indexed(const QString &path, std::size_t index)
{
    return path + u'[' + QString::number(index) + u']';
}

// One parse: the schema of a policy, walked top-down with a YamlReader.
class SchemaWalker
{
public:
    SchemaWalker(PolicyDocument &document, YamlReader &reader)
        : m_doc(document)
        , m_reader(reader)
    {}

    void policy(const YAML::Node &root)
    {
        if (!m_reader.checkMap(root, QStringLiteral("policy"), QStringLiteral("the policy"),
                               {"id", "title", "owner", "description", "mode", "failure_mode", "detectors",
                                "data_classes", "rules", "routes", "retention", "watch"}))
            return;
        if (const auto id = root["id"]; id)
            assign(m_doc.id, m_reader.string(id, QStringLiteral("id"), QStringLiteral("id")));
        else
            m_reader.error(root, QStringLiteral("the policy needs an 'id'"));
        optionalString(root, "title", m_doc.title);
        optionalString(root, "owner", m_doc.owner);
        optionalString(root, "description", m_doc.description);
        if (const auto node = root["mode"]; node)
            assign(m_doc.mode, mode(node, QStringLiteral("mode")));
        if (const auto node = root["failure_mode"]; node)
            assign(m_doc.failureMode, failureMode(node, QStringLiteral("failure_mode")));
        if (const auto node = root["detectors"]; node && !node.IsNull())
            detectors(node);
        if (const auto node = root["data_classes"]; node && !node.IsNull())
            dataClasses(node);
        if (const auto node = root["routes"]; node && !node.IsNull())
            routes(node);
        if (const auto node = root["rules"]; node && !node.IsNull())
            rules(node);
        if (const auto node = root["retention"]; node && !node.IsNull())
            retention(node);
        if (const auto node = root["watch"]; node && !node.IsNull())
            WatchSectionParser(m_reader, m_doc.watch).parse(node);
    }

private:
    template <typename T> static void assign(T &target, const std::optional<T> &value)
    {
        if (value)
            target = *value;
    }

    void optionalString(const YAML::Node &map, const char *key, QString &target, const QString &prefix = {})
    {
        const YAML::Node node = map[key];
        if (!node || node.IsNull())
            return;
        const QString name = QString::fromLatin1(key);
        assign(target, m_reader.string(node, prefix + name, name));
    }

    std::optional<PolicyMode> mode(const YAML::Node &node, const QString &path)
    {
        return m_reader.choice<PolicyMode>(node, path, QStringLiteral("mode"),
                                           QStringLiteral("enforce, monitor"), policyModeFromName);
    }

    std::optional<FailureMode> failureMode(const YAML::Node &node, const QString &path)
    {
        return m_reader.choice<FailureMode>(node, path, QStringLiteral("failure_mode"),
                                            QStringLiteral("closed, open"), failureModeFromName);
    }

    void detectors(const YAML::Node &node)
    {
        const QString path = QStringLiteral("detectors");
        if (!m_reader.checkMap(node, path, QStringLiteral("detectors"),
                               {"disable", "override", "custom", "phone_regions"}))
            return;
        DetectorSettings &settings = m_doc.detectors;
        if (const auto disable = node["disable"])
            settings.disabled = m_reader.stringList(disable, QStringLiteral("detectors.disable"),
                                                    QStringLiteral("detectors.disable"));
        if (const auto regions = node["phone_regions"])
            settings.phoneRegions = m_reader.stringList(regions, QStringLiteral("detectors.phone_regions"),
                                                        QStringLiteral("detectors.phone_regions"));
        if (const auto overrides = node["override"];
            overrides && !overrides.IsNull() &&
            m_reader.isMap(overrides, QStringLiteral("detectors.override"),
                           QStringLiteral("detectors.override"))) {
            for (auto it = overrides.begin(); it != overrides.end(); ++it)
                detectorOverride(YamlReader::keyOf(it->first), it->first, it->second);
        }
        if (const auto custom = node["custom"];
            custom && !custom.IsNull() &&
            m_reader.isSequence(custom, QStringLiteral("detectors.custom"),
                                QStringLiteral("detectors.custom"))) {
            for (std::size_t i = 0; i < custom.size(); ++i)
                customDetector(custom[i], indexed(QStringLiteral("detectors.custom"), i));
        }
    }

    void detectorOverride(const QString &id, const YAML::Node &key, const YAML::Node &node)
    {
        const QString path = QStringLiteral("detectors.override.") + id;
        m_reader.record(path + QStringLiteral(".id"), key);
        const QString what = QStringLiteral("override of detector '%1'").arg(id);
        if (!m_reader.checkMap(node, path, what, {"class", "context", "confidence"}))
            return;
        DetectorOverride change;
        optionalString(node, "class", change.dataClass, path + u'.');
        if (const auto context = node["context"])
            change.context =
                m_reader.stringList(context, path + QStringLiteral(".context"), QStringLiteral("context"));
        if (const auto confidence = node["confidence"])
            change.confidence = m_reader.number(confidence, path + QStringLiteral(".confidence"),
                                                QStringLiteral("confidence"));
        m_doc.detectors.overrides.insert(id, change);
    }

    void customDetector(const YAML::Node &node, const QString &path)
    {
        if (!m_reader.checkMap(node, path, QStringLiteral("a custom detector"),
                               {"id", "class", "description", "pattern", "validator", "context",
                                "context_required", "keywords", "confidence"}))
            return;
        CustomDetector detector;
        optionalString(node, "id", detector.id, path + u'.');
        optionalString(node, "class", detector.dataClass, path + u'.');
        optionalString(node, "description", detector.description, path + u'.');
        optionalString(node, "pattern", detector.pattern, path + u'.');
        optionalString(node, "validator", detector.validator, path + u'.');
        if (const auto context = node["context"])
            detector.context =
                m_reader.stringList(context, path + QStringLiteral(".context"), QStringLiteral("context"));
        if (const auto required = node["context_required"])
            assign(detector.contextRequired,
                   m_reader.boolean(required, path + QStringLiteral(".context_required"),
                                    QStringLiteral("context_required")));
        if (const auto keywords = node["keywords"])
            detector.keywords =
                m_reader.stringList(keywords, path + QStringLiteral(".keywords"), QStringLiteral("keywords"));
        if (const auto confidence = node["confidence"])
            assign(detector.confidence, m_reader.number(confidence, path + QStringLiteral(".confidence"),
                                                        QStringLiteral("confidence")));
        m_doc.detectors.custom.push_back(std::move(detector));
    }

    void dataClasses(const YAML::Node &node)
    {
        const QString path = QStringLiteral("data_classes");
        m_reader.record(path, node);
        if (node.IsSequence()) {
            for (const QString &name : m_reader.stringList(node, path, QStringLiteral("data_classes")))
                m_doc.dataClasses.insert(name, QString());
            for (std::size_t i = 0; i < node.size(); ++i)
                m_reader.record(path + u'.' + YamlReader::keyOf(node[i]), node[i]);
            return;
        }
        if (!m_reader.isMap(node, path, QStringLiteral("data_classes")))
            return;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString name = YamlReader::keyOf(it->first);
            m_reader.record(path + u'.' + name, it->first);
            QString description;
            if (!it->second.IsNull())
                assign(description,
                       m_reader.string(it->second, path + u'.' + name, QStringLiteral("a data class")));
            m_doc.dataClasses.insert(name, description);
        }
    }

    void routes(const YAML::Node &node)
    {
        if (!m_reader.isMap(node, QStringLiteral("routes"), QStringLiteral("routes")))
            return;
        for (auto it = node.begin(); it != node.end(); ++it) {
            RouteSpec route;
            route.name = YamlReader::keyOf(it->first);
            const QString path = QStringLiteral("routes.") + route.name;
            m_reader.record(path + QStringLiteral(".name"), it->first);
            const YAML::Node spec = it->second;
            if (!m_reader.checkMap(spec, path, QStringLiteral("route '%1'").arg(route.name),
                                   {"kind", "base_url", "models"}))
                continue;
            if (const auto kind = spec["kind"])
                assign(route.kind, m_reader.choice<RouteKind>(
                                       kind, path + QStringLiteral(".kind"), QStringLiteral("kind"),
                                       QStringLiteral("openai, anthropic"), routeKindFromName));
            else
                m_reader.error(spec, QStringLiteral("route '%1' needs a 'kind'").arg(route.name));
            if (const auto url = spec["base_url"])
                assign(route.baseUrl,
                       m_reader.string(url, path + QStringLiteral(".base_url"), QStringLiteral("base_url")));
            else
                m_reader.error(spec, QStringLiteral("route '%1' needs a 'base_url'").arg(route.name));
            if (const auto models = spec["models"])
                route.models =
                    m_reader.stringList(models, path + QStringLiteral(".models"), QStringLiteral("models"));
            m_doc.routes.push_back(std::move(route));
        }
    }

    void rules(const YAML::Node &node)
    {
        if (!m_reader.isSequence(node, QStringLiteral("rules"), QStringLiteral("rules")))
            return;
        for (std::size_t i = 0; i < node.size(); ++i)
            rule(node[i], indexed(QStringLiteral("rules"), i));
    }

    void rule(const YAML::Node &node, const QString &path)
    {
        if (!m_reader.checkMap(node, path, QStringLiteral("a rule"),
                               {"id", "description", "direction", "scope", "conditions", "action", "mode",
                                "message", "redaction", "route", "approvers", "exception", "failure_mode"}))
            return;
        PolicyRule rule;
        const QString prefix = path + u'.';
        optionalString(node, "id", rule.id, prefix);
        if (!node["id"])
            m_reader.error(node, QStringLiteral("a rule needs an 'id'"));
        optionalString(node, "description", rule.description, prefix);
        optionalString(node, "message", rule.message, prefix);
        optionalString(node, "route", rule.route, prefix);
        if (const auto direction = node["direction"])
            assign(rule.direction,
                   m_reader.choice<Direction>(direction, prefix + QStringLiteral("direction"),
                                              QStringLiteral("direction"),
                                              QStringLiteral("request, response"), directionFromName));
        if (const auto action = node["action"])
            assign(rule.action,
                   m_reader.choice<Action>(
                       action, prefix + QStringLiteral("action"), QStringLiteral("action"),
                       QStringLiteral("allow, monitor, redact, block, reroute, require_exception"),
                       actionFromName));
        else
            m_reader.error(node, QStringLiteral("rule '%1' needs an 'action'").arg(rule.id));
        if (const auto modeNode = node["mode"])
            rule.mode = mode(modeNode, prefix + QStringLiteral("mode"));
        if (const auto failure = node["failure_mode"])
            rule.failureMode = failureMode(failure, prefix + QStringLiteral("failure_mode"));
        if (const auto approvers = node["approvers"])
            rule.approvers = m_reader.stringList(approvers, prefix + QStringLiteral("approvers"),
                                                 QStringLiteral("approvers"));
        if (const auto scopeNode = node["scope"]; scopeNode && !scopeNode.IsNull())
            scope(scopeNode, prefix + QStringLiteral("scope"), rule.scope);
        if (const auto conditionsNode = node["conditions"]; conditionsNode && !conditionsNode.IsNull())
            conditions(conditionsNode, prefix + QStringLiteral("conditions"), rule.conditions);
        if (const auto redaction = node["redaction"]; redaction && !redaction.IsNull())
            redactionStyle(redaction, prefix + QStringLiteral("redaction"), rule.redaction);
        if (const auto exception = node["exception"]; exception && !exception.IsNull())
            exceptionLimits(exception, prefix + QStringLiteral("exception"), rule.exception);
        m_doc.rules.push_back(std::move(rule));
    }

    void scope(const YAML::Node &node, const QString &path, RuleScope &scope)
    {
        if (!m_reader.checkMap(node, path, QStringLiteral("scope"),
                               {"services", "users", "groups", "models", "routes"}))
            return;
        const auto list = [&](const char *key, QStringList &target) {
            if (const auto value = node[key])
                target =
                    m_reader.stringList(value, path + u'.' + QLatin1StringView(key), QLatin1StringView(key));
        };
        list("services", scope.services);
        list("users", scope.users);
        list("groups", scope.groups);
        list("models", scope.models);
        list("routes", scope.routes);
    }

    void conditions(const YAML::Node &node, const QString &path, RuleConditions &conditions)
    {
        if (!m_reader.checkMap(node, path, QStringLiteral("conditions"),
                               {"classes", "detectors", "min_count", "min_size", "max_size"}))
            return;
        if (const auto classes = node["classes"])
            conditions.classes =
                m_reader.stringList(classes, path + QStringLiteral(".classes"), QStringLiteral("classes"));
        if (const auto detectorIds = node["detectors"])
            conditions.detectors = m_reader.stringList(detectorIds, path + QStringLiteral(".detectors"),
                                                       QStringLiteral("detectors"));
        if (const auto count = node["min_count"])
            assign(conditions.minCount, toInt(m_reader.integer(count, path + QStringLiteral(".min_count"),
                                                               QStringLiteral("min_count"), 1)));
        if (const auto minSize = node["min_size"])
            assign(conditions.minSize,
                   m_reader.integer(minSize, path + QStringLiteral(".min_size"), QStringLiteral("min_size")));
        if (const auto maxSize = node["max_size"])
            conditions.maxSize =
                m_reader.integer(maxSize, path + QStringLiteral(".max_size"), QStringLiteral("max_size"));
    }

    void redactionStyle(const YAML::Node &node, const QString &path, RedactionStyle &style)
    {
        if (!m_reader.checkMap(node, path, QStringLiteral("redaction"), {"style"}))
            return;
        if (const auto value = node["style"])
            assign(style, m_reader.choice<RedactionStyle>(
                              value, path + QStringLiteral(".style"), QStringLiteral("style"),
                              QStringLiteral("placeholder, mask"), redactionStyleFromName));
    }

    void exceptionLimits(const YAML::Node &node, const QString &path, ExceptionLimits &limits)
    {
        if (!m_reader.checkMap(node, path, QStringLiteral("exception"), {"default_hours", "max_hours"}))
            return;
        if (const auto value = node["default_hours"])
            assign(limits.defaultHours, toInt(m_reader.integer(value, path + QStringLiteral(".default_hours"),
                                                               QStringLiteral("default_hours"), 1)));
        if (const auto value = node["max_hours"])
            assign(limits.maxHours, toInt(m_reader.integer(value, path + QStringLiteral(".max_hours"),
                                                           QStringLiteral("max_hours"), 1)));
    }

    void retention(const YAML::Node &node)
    {
        const QString path = QStringLiteral("retention");
        if (!m_reader.checkMap(node, path, QStringLiteral("retention"),
                               {"default_days", "services", "classes"}))
            return;
        if (const auto value = node["default_days"])
            assign(m_doc.retention.defaultDays,
                   toInt(m_reader.integer(value, path + QStringLiteral(".default_days"),
                                          QStringLiteral("default_days"), 1)));
        retentionMap(node["services"], path + QStringLiteral(".services"), m_doc.retention.services);
        retentionMap(node["classes"], path + QStringLiteral(".classes"), m_doc.retention.classes);
    }

    void retentionMap(const YAML::Node &node, const QString &path, QMap<QString, int> &target)
    {
        if (!node || node.IsNull() || !m_reader.isMap(node, path, path))
            return;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = YamlReader::keyOf(it->first);
            if (const auto days =
                    toInt(m_reader.integer(it->second, path + u'.' + key, QStringLiteral("days"), 1)))
                target.insert(key, *days);
        }
    }

    static std::optional<int> toInt(std::optional<qint64> value)
    {
        if (!value)
            return std::nullopt;
        return static_cast<int>(std::min<qint64>(*value, std::numeric_limits<int>::max()));
    }

    PolicyDocument &m_doc;
    YamlReader &m_reader;
};

} // namespace

PolicyParser::Outcome PolicyParser::parse(const QByteArray &yaml, const QString &fileName)
{
    Outcome outcome;
    outcome.document.sourceFile = fileName;
    if (yaml.size() > MaxPolicyBytes) {
        outcome.errors.push_back(
            Error{QStringLiteral("the policy is %1 bytes; policies are limited to %2 bytes")
                      .arg(yaml.size())
                      .arg(MaxPolicyBytes),
                  fileName});
        return outcome;
    }
    YamlReader reader(fileName, outcome.errors, outcome.document.positions);
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root || root.IsNull()) {
            outcome.errors.push_back(Error{QStringLiteral("the policy is empty"), fileName, 1, 1});
            return outcome;
        }
        outcome.loaded = root.IsMap();
        SchemaWalker(outcome.document, reader).policy(root);
    } catch (const YAML::Exception &exception) {
        reader.error(exception.mark,
                     QStringLiteral("malformed YAML: %1").arg(QString::fromStdString(exception.msg)));
    } catch (const std::exception &exception) {
        outcome.errors.push_back(Error{
            QStringLiteral("cannot read the policy: %1").arg(QString::fromUtf8(exception.what())), fileName});
    }
    return outcome;
}

} // namespace custos
