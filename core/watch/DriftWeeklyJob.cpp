#include "core/watch/DriftWeeklyJob.h"

#include "core/common/Logging.h"
#include "core/watch/DriftService.h"

namespace custos {

DriftWeeklyJob::DriftWeeklyJob(std::shared_ptr<EvidenceStore> store)
    : m_store(std::move(store))
{}

void DriftWeeklyJob::operator()(const QDate &closedSunday) const
{
    auto service = DriftService::forActivePolicy(*m_store);
    if (!service) {
        qCWarning(lcWatch) << "drift watchers not evaluated:" << service.error().toString();
        return;
    }
    auto report = (*service)->evaluateWeek(closedSunday);
    if (!report) {
        qCWarning(lcWatch) << "drift watchers not evaluated for the week ending"
                           << closedSunday.toString(Qt::ISODate) << ":" << report.error().toString();
        return;
    }
    qCInfo(lcWatch) << "drift watchers judged the week ending" << closedSunday.toString(Qt::ISODate) << ":"
                    << report->recorded.size() << "new alerts";
}

} // namespace custos
