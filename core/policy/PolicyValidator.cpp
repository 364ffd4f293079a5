#include "core/policy/PolicyValidator.h"

#include "core/policy/PolicyDetectors.h"
#include "core/policy/detectors/DetectorSet.h"
#include "core/policy/detectors/PhoneNumberCheck.h"

#include <QRegularExpression>
#include <QSet>

#include <re2/re2.h>

namespace custos {
namespace {

QString indexed(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

class Checker
{
public:
    Checker(const PolicyDocument &document, PolicyErrors &errors)
        : m_doc(document)
        , m_errors(errors)
        , m_builtin(PolicyDetectors::builtinClasses())
    {}

    void run()
    {
        checkIdentifier(m_doc.id, QStringLiteral("id"), QStringLiteral("policy id"));
        checkDisabledAndOverrides();
        checkPhoneRegions();
        checkCustomDetectors();
        // The built-in pack alone is tested with the detectors; only policy changes need compiling.
        if (m_errors.empty() && (!m_doc.detectors.custom.empty() || !m_doc.detectors.overrides.isEmpty()))
            checkDetectorsCompile();
        collectProducedClasses();
        checkRoutes();
        checkRules();
        checkRetention();
        checkWatchBudgets();
    }

private:
    void report(const QString &path, const QString &message)
    {
        const SourcePosition at = m_doc.positionOf(path);
        m_errors.push_back(Error{message, m_doc.sourceFile, at.line, at.column});
    }

    void checkIdentifier(const QString &value, const QString &path, const QString &what)
    {
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.:-]+$"));
        if (value.isEmpty())
            return; // missing ids are reported by the parser
        if (!valid.match(value).hasMatch())
            report(path, QStringLiteral("%1 '%2' may only use letters, digits, '_', '.', ':' and '-'")
                             .arg(what, value));
    }

    void checkPhoneRegions()
    {
        const QStringList &regions = m_doc.detectors.phoneRegions;
        for (qsizetype i = 0; i < regions.size(); ++i) {
            const QString &region = regions.at(i);
            if (PhoneNumberCheck::isSupportedRegion(region))
                continue;
            const QString hint =
                region.compare(u"UK", Qt::CaseInsensitive) == 0
                    ? QStringLiteral(" (the United Kingdom is GB)")
                : region != region.toUpper() && PhoneNumberCheck::isSupportedRegion(region.toUpper())
                    ? QStringLiteral(" (write it in capitals: %1)").arg(region.toUpper())
                    : QString();
            report(indexed(QStringLiteral("detectors.phone_regions"), i),
                   QStringLiteral("unknown phone region '%1': use an ISO 3166-1 alpha-2 code the phone "
                                  "numbering data knows, such as US, GB, DE or FR%2")
                       .arg(region, hint));
        }
    }

    void checkDisabledAndOverrides()
    {
        const DetectorSettings &settings = m_doc.detectors;
        for (qsizetype i = 0; i < settings.disabled.size(); ++i) {
            if (!m_builtin.contains(settings.disabled.at(i)))
                report(indexed(QStringLiteral("detectors.disable"), i),
                       QStringLiteral("unknown detector '%1': only built-in detectors can be disabled")
                           .arg(settings.disabled.at(i)));
        }
        for (auto it = settings.overrides.cbegin(); it != settings.overrides.cend(); ++it) {
            const QString path = QStringLiteral("detectors.override.") + it.key();
            if (!m_builtin.contains(it.key()))
                report(path + QStringLiteral(".id"),
                       QStringLiteral("unknown detector '%1': only built-in detectors can be overridden")
                           .arg(it.key()));
            else if (settings.disabled.contains(it.key()))
                report(path + QStringLiteral(".id"),
                       QStringLiteral("detector '%1' is both disabled and overridden").arg(it.key()));
            checkConfidence(it.value().confidence, path + QStringLiteral(".confidence"));
            if (!it.value().dataClass.isEmpty())
                checkDeclaredClass(it.value().dataClass, path + QStringLiteral(".class"));
        }
    }

    void checkConfidence(std::optional<double> confidence, const QString &path)
    {
        if (confidence && (*confidence < 0.0 || *confidence > 1.0))
            report(path, QStringLiteral("confidence must be between 0 and 1, not %1").arg(*confidence));
    }

    // Classes are open-ended, but a class nobody declared is usually a typo; built-in ones count as declared.
    void checkDeclaredClass(const QString &dataClass, const QString &path)
    {
        if (m_doc.dataClasses.contains(dataClass))
            return;
        for (const QString &builtinClass : m_builtin) {
            if (builtinClass == dataClass)
                return;
        }
        report(path, QStringLiteral("unknown data class '%1': declare it under data_classes").arg(dataClass));
    }

    void checkCustomDetectors()
    {
        QSet<QString> seen;
        const QStringList validators = PolicyDetectors::validatorNames();
        for (std::size_t i = 0; i < m_doc.detectors.custom.size(); ++i) {
            const CustomDetector &detector = m_doc.detectors.custom[i];
            const QString path = indexed(QStringLiteral("detectors.custom"), static_cast<qsizetype>(i));
            if (detector.id.isEmpty())
                report(path, QStringLiteral("a custom detector needs an 'id'"));
            checkIdentifier(detector.id, path + QStringLiteral(".id"), QStringLiteral("detector id"));
            if (m_builtin.contains(detector.id))
                report(path + QStringLiteral(".id"),
                       QStringLiteral("duplicate detector id '%1': a built-in detector has it")
                           .arg(detector.id));
            else if (!detector.id.isEmpty() && seen.contains(detector.id))
                report(path + QStringLiteral(".id"),
                       QStringLiteral("duplicate detector id '%1'").arg(detector.id));
            seen.insert(detector.id);
            if (detector.dataClass.isEmpty())
                report(path, QStringLiteral("custom detector '%1' needs a 'class'").arg(detector.id));
            else
                checkDeclaredClass(detector.dataClass, path + QStringLiteral(".class"));
            checkConfidence(detector.confidence, path + QStringLiteral(".confidence"));
            checkMatcher(detector, path, validators);
        }
    }

    void checkMatcher(const CustomDetector &detector, const QString &path, const QStringList &validators)
    {
        const bool hasPattern = !detector.pattern.isEmpty();
        const bool hasKeywords = !detector.keywords.isEmpty();
        if (hasPattern == hasKeywords) {
            report(path,
                   QStringLiteral("custom detector '%1' needs either a 'pattern' or 'keywords', not %2")
                       .arg(detector.id, hasPattern ? QStringLiteral("both") : QStringLiteral("neither")));
            return;
        }
        if (hasPattern) {
            const std::string pattern = detector.pattern.toStdString();
            RE2::Options options;
            options.set_log_errors(false);
            const RE2 compiled(pattern, options);
            if (!compiled.ok())
                report(path + QStringLiteral(".pattern"),
                       QStringLiteral("invalid RE2 pattern for detector '%1': %2")
                           .arg(detector.id, QString::fromStdString(compiled.error())));
            else if (compiled.Match("", 0, 0, RE2::UNANCHORED, nullptr, 0))
                report(path + QStringLiteral(".pattern"),
                       QStringLiteral("pattern of detector '%1' matches empty text").arg(detector.id));
        }
        if (!detector.validator.isEmpty() && !validators.contains(detector.validator))
            report(path + QStringLiteral(".validator"), QStringLiteral("unknown validator '%1' (known: %2)")
                                                            .arg(detector.validator, validators.join(u", ")));
        if (hasKeywords && !detector.validator.isEmpty())
            report(path + QStringLiteral(".validator"),
                   QStringLiteral("a validator needs a pattern; keyword detector '%1' cannot use one")
                       .arg(detector.id));
    }

    // The engine compiles exactly this set; compiling it here means a valid policy always yields
    // an engine, whatever the detector layer checks beyond RE2 syntax.
    void checkDetectorsCompile()
    {
        const auto compiled = DetectorSet::compile(PolicyDetectors::effectiveSpecs(m_doc));
        if (!compiled)
            report(QStringLiteral("detectors"),
                   QStringLiteral("the detectors do not compile: %1").arg(compiled.error().message));
    }

    void collectProducedClasses()
    {
        for (auto it = m_builtin.cbegin(); it != m_builtin.cend(); ++it) {
            if (m_doc.detectors.disabled.contains(it.key()))
                continue;
            const auto change = m_doc.detectors.overrides.constFind(it.key());
            const bool reclassified =
                change != m_doc.detectors.overrides.cend() && !change->dataClass.isEmpty();
            m_enabled.insert(it.key(), reclassified ? change->dataClass : it.value());
        }
        for (const CustomDetector &detector : m_doc.detectors.custom)
            m_enabled.insert(detector.id, detector.dataClass);
        for (const QString &dataClass : m_enabled)
            m_producedClasses.insert(dataClass);
    }

    void checkRoutes()
    {
        for (const RouteSpec &route : m_doc.routes) {
            const QString path = QStringLiteral("routes.") + route.name;
            checkIdentifier(route.name, path + QStringLiteral(".name"), QStringLiteral("route name"));
            if (!route.baseUrl.isEmpty() && !route.baseUrl.startsWith(u"https://") &&
                !route.baseUrl.startsWith(u"http://"))
                report(path + QStringLiteral(".base_url"),
                       QStringLiteral("base_url of route '%1' must be an http:// or https:// URL")
                           .arg(route.name));
        }
    }

    void checkRules()
    {
        QSet<QString> seen;
        for (std::size_t i = 0; i < m_doc.rules.size(); ++i) {
            const PolicyRule &rule = m_doc.rules[i];
            const QString path = indexed(QStringLiteral("rules"), static_cast<qsizetype>(i));
            checkIdentifier(rule.id, path + QStringLiteral(".id"), QStringLiteral("rule id"));
            if (!rule.id.isEmpty() && seen.contains(rule.id))
                report(path + QStringLiteral(".id"), QStringLiteral("duplicate rule id '%1'").arg(rule.id));
            if (rule.id == WatchSettings::kRiskLevelRule)
                report(
                    path + QStringLiteral(".id"),
                    QStringLiteral("rule id '%1' is reserved for risk levels (watch: section)").arg(rule.id));
            seen.insert(rule.id);
            checkAction(rule, path);
            checkConditions(rule, path + QStringLiteral(".conditions"));
            checkScope(rule, path + QStringLiteral(".scope"));
            if (rule.exception.defaultHours > rule.exception.maxHours)
                report(path + QStringLiteral(".exception.default_hours"),
                       QStringLiteral("rule '%1': exception default_hours (%2) exceeds max_hours (%3)")
                           .arg(rule.id)
                           .arg(rule.exception.defaultHours)
                           .arg(rule.exception.maxHours));
        }
    }

    void checkAction(const PolicyRule &rule, const QString &path)
    {
        if (rule.action == Action::Reroute) {
            if (rule.route.isEmpty())
                report(path + QStringLiteral(".action"),
                       QStringLiteral("rule '%1' reroutes but names no 'route'").arg(rule.id));
            else if (!m_doc.route(rule.route))
                report(path + QStringLiteral(".route"),
                       QStringLiteral("rule '%1' reroutes to unknown route '%2'").arg(rule.id, rule.route));
            if (rule.direction == Direction::Response)
                report(
                    path + QStringLiteral(".action"),
                    QStringLiteral("rule '%1' can never fire: a response cannot be rerouted").arg(rule.id));
        } else if (!rule.route.isEmpty()) {
            report(path + QStringLiteral(".route"),
                   QStringLiteral("rule '%1' names a route but its action is %2, not reroute")
                       .arg(rule.id, actionName(rule.action)));
        }
        if (rule.action == Action::RequireException && rule.approvers.isEmpty())
            report(path + QStringLiteral(".action"),
                   QStringLiteral("rule '%1' requires an exception but names no approvers").arg(rule.id));
        for (qsizetype a = 0; a < rule.approvers.size(); ++a) {
            const QString &approver = rule.approvers.at(a);
            if (approver.trimmed().isEmpty() || approver == u"group:")
                report(indexed(path + QStringLiteral(".approvers"), a),
                       QStringLiteral("an approver needs a name"));
        }
        if (rule.action == Action::Redact && !rule.conditions.hasDetection())
            report(path + QStringLiteral(".action"),
                   QStringLiteral(
                       "rule '%1' redacts but its conditions name no classes or detectors, so there is "
                       "nothing to redact")
                       .arg(rule.id));
    }

    void checkConditions(const PolicyRule &rule, const QString &path)
    {
        const RuleConditions &conditions = rule.conditions;
        for (qsizetype c = 0; c < conditions.classes.size(); ++c) {
            if (!m_producedClasses.contains(conditions.classes.at(c)))
                report(indexed(path + QStringLiteral(".classes"), c),
                       QStringLiteral("rule '%1' can never fire: no enabled detector produces class '%2'")
                           .arg(rule.id, conditions.classes.at(c)));
        }
        for (qsizetype d = 0; d < conditions.detectors.size(); ++d) {
            const QString &id = conditions.detectors.at(d);
            const QString itemPath = indexed(path + QStringLiteral(".detectors"), d);
            if (m_doc.detectors.disabled.contains(id))
                report(
                    itemPath,
                    QStringLiteral("rule '%1' can never fire: detector '%2' is disabled").arg(rule.id, id));
            else if (!m_enabled.contains(id))
                report(itemPath, QStringLiteral("unknown detector '%1' in rule '%2'").arg(id, rule.id));
        }
        if (conditions.maxSize && conditions.minSize > *conditions.maxSize)
            report(path + QStringLiteral(".min_size"),
                   QStringLiteral("rule '%1' can never fire: min_size (%2) is larger than max_size (%3)")
                       .arg(rule.id)
                       .arg(conditions.minSize)
                       .arg(*conditions.maxSize));
    }

    void checkScope(const PolicyRule &rule, const QString &path)
    {
        for (qsizetype r = 0; r < rule.scope.routes.size(); ++r) {
            const QString &route = rule.scope.routes.at(r);
            if (!route.endsWith(u'*') && !m_doc.route(route))
                report(indexed(path + QStringLiteral(".routes"), r),
                       QStringLiteral("rule '%1' can never fire: its scope names unknown route '%2'")
                           .arg(rule.id, route));
        }
    }

    void checkRetention()
    {
        for (auto it = m_doc.retention.classes.cbegin(); it != m_doc.retention.classes.cend(); ++it) {
            if (!m_producedClasses.contains(it.key()) && !m_doc.dataClasses.contains(it.key()))
                report(QStringLiteral("retention.classes.") + it.key(),
                       QStringLiteral("retention names unknown data class '%1'").arg(it.key()));
        }
    }

    // A budget counts the values of one detector; secrets have their own budget (watch.secrets).
    void checkWatchBudgets()
    {
        const QMap<QString, int> &budgets = m_doc.watch.budgets;
        for (auto it = budgets.cbegin(); it != budgets.cend(); ++it) {
            const QString path = QStringLiteral("watch.budgets.distinct.") + it.key();
            if (!m_enabled.contains(it.key()))
                report(path,
                       QStringLiteral("watch budget names unknown or disabled detector '%1'").arg(it.key()));
            else if (m_enabled.value(it.key()) == u"SECRET")
                report(path,
                       QStringLiteral("watch budget for secret detector '%1': secrets share watch.secrets")
                           .arg(it.key()));
        }
    }

    const PolicyDocument &m_doc;
    PolicyErrors &m_errors;
    const QHash<QString, QString> m_builtin; // built-in detector id -> class
    QHash<QString, QString> m_enabled;       // enabled detector id -> class, after overrides
    QSet<QString> m_producedClasses;
};

} // namespace

PolicyErrors PolicyValidator::validate(const PolicyDocument &document)
{
    PolicyErrors errors;
    Checker(document, errors).run();
    return errors;
}

} // namespace custos
