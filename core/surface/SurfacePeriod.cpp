#include "core/surface/SurfacePeriod.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace custos {

SurfacePeriod::SurfacePeriod(QDateTime from, QDateTime to)
    : m_from(std::move(from))
    , m_to(std::move(to))
{}

Result<SurfacePeriod> SurfacePeriod::lastDays(int days, QDate today)
{
    if (days < 1 || days > kMaxDays)
        return fail(u"a period is 1 to %1 days long, not %2"_s.arg(kMaxDays).arg(days));
    if (!today.isValid())
        return fail(u"a period needs a valid end day"_s);
    const QDateTime end = today.addDays(1).startOfDay(QTimeZone::UTC);
    return SurfacePeriod(end.addDays(-days), end);
}

Result<SurfacePeriod> SurfacePeriod::between(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return fail(u"a period needs a valid start and end"_s);
    if (to <= from)
        return fail(u"a period must end after it starts (%1 is not after %2)"_s.arg(
            to.toUTC().toString(Qt::ISODateWithMs), from.toUTC().toString(Qt::ISODateWithMs)));
    const SurfacePeriod period(from.toUTC(), to.toUTC());
    if (period.dayCount() > kMaxDays)
        return fail(u"a period spans at most %1 days, not %2"_s.arg(kMaxDays).arg(period.dayCount()));
    return period;
}

QDate SurfacePeriod::firstDay() const
{
    return m_from.toUTC().date();
}

QDate SurfacePeriod::lastDay() const
{
    return m_to.toUTC().addMSecs(-1).date();
}

int SurfacePeriod::dayCount() const
{
    return m_from.isValid() ? int(firstDay().daysTo(lastDay())) + 1 : 0;
}

int SurfacePeriod::dayIndex(qint64 timeMs) const
{
    if (timeMs < m_from.toMSecsSinceEpoch() || timeMs >= m_to.toMSecsSinceEpoch())
        return -1;
    return int(firstDay().daysTo(QDateTime::fromMSecsSinceEpoch(timeMs, QTimeZone::UTC).date()));
}

} // namespace custos
