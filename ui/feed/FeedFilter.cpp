#include "ui/feed/FeedFilter.h"

#include <algorithm>

namespace custos {

namespace {

bool containsText(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

bool anyContains(const QStringList &values, const QString &needle)
{
    return std::ranges::any_of(values, [&](const QString &value) { return containsText(value, needle); });
}

bool matchesFreeText(const FeedEntry &entry, const QString &text)
{
    return containsText(entry.service, text) || containsText(entry.user, text) ||
           containsText(entry.model, text) || containsText(entry.route, text) ||
           containsText(entry.decision, text) || anyContains(entry.rules, text) ||
           containsText(entry.interactionId, text);
}

} // namespace

bool FeedFilter::isEmpty() const
{
    return decision.isEmpty() && service.isEmpty() && user.isEmpty() && rule.isEmpty() && text.isEmpty();
}

bool FeedFilter::accepts(const FeedEntry &entry) const
{
    if (!decision.isEmpty() && entry.decision.compare(decision, Qt::CaseInsensitive) != 0)
        return false;
    if (!service.isEmpty() && !containsText(entry.service, service))
        return false;
    if (!user.isEmpty() && !containsText(entry.user, user))
        return false;
    if (!rule.isEmpty() && !anyContains(entry.rules, rule))
        return false;
    return text.isEmpty() || matchesFreeText(entry, text);
}

} // namespace custos
