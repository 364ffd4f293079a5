#include "RetentionRules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace custos {

int RetentionRules::daysFor(const QString &service, const QStringList &dataClasses) const
{
    int days = serviceDays.value(service, defaultDays);
    for (const QString &dataClass : dataClasses) {
        const int classDays = dataClassDays.value(dataClass, 0);
        if (classDays > 0 && (days == 0 || classDays < days))
            days = classDays;
    }
    return days;
}

int RetentionRules::shortestDays() const
{
    int shortest = defaultDays;
    const auto consider = [&shortest](int days) {
        if (days > 0 && (shortest == 0 || days < shortest))
            shortest = days;
    };
    for (const int days : serviceDays)
        consider(days);
    for (const int days : dataClassDays)
        consider(days);
    return shortest;
}

QString holdScopeName(HoldScope scope)
{
    switch (scope) {
    case HoldScope::Service:
        return u"service"_s;
    case HoldScope::User:
        return u"user"_s;
    case HoldScope::Case:
        return u"case"_s;
    }
    return {};
}

std::optional<HoldScope> holdScopeFromName(QStringView name)
{
    for (const HoldScope scope : {HoldScope::Service, HoldScope::User, HoldScope::Case}) {
        if (name == holdScopeName(scope))
            return scope;
    }
    return std::nullopt;
}

bool LegalHold::covers(const QString &service, const QString &user, const QString &caseId) const
{
    if (!active())
        return false;
    switch (scope) {
    case HoldScope::Service:
        return service == value;
    case HoldScope::User:
        return user == value;
    case HoldScope::Case:
        return caseId == value;
    }
    return false;
}

} // namespace custos
