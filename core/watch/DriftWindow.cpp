#include "core/watch/DriftWindow.h"

#include <QDateTime>
#include <QTimeZone>

namespace custos {

qint64 DriftWindow::weekStartMs() const
{
    return QDateTime(weekEnding.addDays(-6), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
}

qint64 DriftWindow::weekEndMs() const
{
    return QDateTime(weekEnding.addDays(1), QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
}

} // namespace custos
