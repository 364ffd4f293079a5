#include "gateway/RiskLevelStep.h"

#include "core/policy/WatchSettings.h"
#include "core/watch/RiskLevelCache.h"
#include "core/watch/ValueFingerprinter.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace custos {

namespace {

// The value classes the watchers count, of the hits the request carries.
QStringList valueClassesOf(const Enforcement &enforcement)
{
    QStringList classes;
    for (const InteractionHit &hit : enforcement.hits) {
        const QString valueClass = ValueFingerprinter::valueClassOf(hit.detector, hit.dataClass);
        if (!classes.contains(valueClass))
            classes.append(valueClass);
    }
    return classes;
}

void appendMessage(Enforcement &enforcement, const QString &message)
{
    enforcement.message = enforcement.message.isEmpty() ? message : enforcement.message + u"; "_s + message;
}

} // namespace

RiskLevelStep::RiskLevelStep(std::shared_ptr<RiskLevelCache> levels, const WatchSettings &settings)
    : m_levels(std::move(levels))
    , m_enforce(settings.enforce == WatchSettings::Enforce::RequireException)
{}

void RiskLevelStep::apply(const EnforcementContext &context, Enforcement &enforcement) const
{
    const QString rule(WatchSettings::kRiskLevelRule);
    if (!m_levels || context.direction != Direction::Request || context.user.isEmpty() ||
        enforcement.hits.isEmpty() || context.exemptRules.contains(rule))
        return;
    const auto level =
        m_levels->standing(context.user, valueClassesOf(enforcement), QDateTime::currentMSecsSinceEpoch());
    if (!level)
        return;
    enforcement.rules.append(rule);
    if (!m_enforce) {
        if (enforcement.action < Action::Monitor)
            enforcement.action = Action::Monitor;
        appendMessage(enforcement, u"would have required an exception (%1)"_s.arg(level->describe()));
        return;
    }
    enforcement.stoppingRules.append(rule);
    if (enforcement.action < Action::RequireException) {
        enforcement.action = Action::RequireException;
        // What the caller is told: the rule to name in the exception request comes with it.
        enforcement.message = u"a %1 requires an exception from a named approver"_s.arg(level->describe());
        return;
    }
    appendMessage(enforcement, u"also a %1"_s.arg(level->describe()));
}

} // namespace custos
