#include "core/watch/RiskLevelBook.h"

#include "core/evidence/EvidenceStore.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace custos {

Result<RiskLevelBook> RiskLevelBook::load(const EvidenceStore &store)
{
    RiskLevelBook book;
    if (auto folded = book.refresh(store); !folded)
        return std::unexpected(folded.error());
    return book;
}

Result<void> RiskLevelBook::refresh(const EvidenceStore &store)
{
    EvidenceQuery query;
    query.kind = EventKind::RiskLevel;
    query.newestFirst = false;
    query.afterSeq = m_lastSeq;
    auto events = store.queryAll(query);
    if (!events)
        return std::unexpected(events.error());
    for (const EvidenceEvent &event : *events)
        apply(event);
    return {};
}

void RiskLevelBook::apply(const EvidenceEvent &event)
{
    if (event.kind != EventKind::RiskLevel || event.seq <= m_lastSeq)
        return;
    m_lastSeq = event.seq;
    const QString action = event.payload.value(u"action"_s).toString();
    if (action == u"set") {
        auto level = RiskLevel::fromJson(event.payload);
        if (!level)
            return;
        level->seq = event.seq;
        m_levels.insert(keyOf(level->user, level->valueClass), *level);
        return;
    }
    if (action != u"lifted")
        return;
    const QString key =
        keyOf(event.payload.value(u"user"_s).toString(), event.payload.value(u"class"_s).toString());
    const auto found = m_levels.find(key);
    // Only the level that alert set: a newer one from another alert stands.
    if (found != m_levels.end() && found->alertId == event.payload.value(u"alert_id"_s).toString())
        found->lifted = true;
}

std::optional<RiskLevel> RiskLevelBook::standing(const QString &user, const QString &valueClass,
                                                 qint64 timeMs) const
{
    const auto found = m_levels.constFind(keyOf(user, valueClass));
    if (found == m_levels.cend() || !found->standsAt(timeMs))
        return std::nullopt;
    return *found;
}

QList<RiskLevel> RiskLevelBook::standingAt(qint64 timeMs) const
{
    QList<RiskLevel> levels = all();
    levels.removeIf([timeMs](const RiskLevel &level) { return !level.standsAt(timeMs); });
    return levels;
}

QList<RiskLevel> RiskLevelBook::all() const
{
    QList<RiskLevel> levels = m_levels.values();
    std::ranges::sort(levels, [](const RiskLevel &a, const RiskLevel &b) {
        return std::tie(a.user, a.valueClass) < std::tie(b.user, b.valueClass);
    });
    return levels;
}

QString RiskLevelBook::keyOf(const QString &user, const QString &valueClass)
{
    return user + u'\n' + valueClass;
}

} // namespace custos
