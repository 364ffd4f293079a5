#pragma once

#include "core/common/Error.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace custos {

// The window a risk surface covers: [from, to) in UTC, split into the UTC days it touches (the
// days the watchers count by). lastDays(7) is today and the six days before it.
class SurfacePeriod
{
public:
    static constexpr int kMaxDays = 366;

    SurfacePeriod() = default;
    // The `days` UTC days ending with `today` (inclusive); days in 1..kMaxDays.
    static Result<SurfacePeriod> lastDays(int days, QDate today = QDateTime::currentDateTimeUtc().date());
    // Any window; an error when `to` is not after `from` or it spans more than kMaxDays days.
    static Result<SurfacePeriod> between(const QDateTime &from, const QDateTime &to);

    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    QDate firstDay() const;
    QDate lastDay() const;
    int dayCount() const;
    // The day's index within the period, -1 outside.
    int dayIndex(qint64 timeMs) const;
    bool contains(const QDateTime &time) const { return time >= m_from && time < m_to; }

private:
    SurfacePeriod(QDateTime from, QDateTime to);

    QDateTime m_from;
    QDateTime m_to;
};

} // namespace custos
