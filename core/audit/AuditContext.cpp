#include "core/audit/AuditContext.h"

#include "core/evidence/EvidenceStore.h"

using namespace Qt::StringLiterals;

namespace custos::audit {

AuditContext::AuditContext(const EvidenceStore &store, const AuditScope &scope, const LedgerWindow &window,
                           TableSink &sink, const AuditProgress &progress)
    : m_store(store)
    , m_scope(scope)
    , m_window(window)
    , m_sink(sink)
    , m_progress(progress)
    , m_services(scope.services.begin(), scope.services.end())
    , m_fromMs(scope.from.toMSecsSinceEpoch())
    , m_toMs(scope.to.toMSecsSinceEpoch())
{}

bool AuditContext::serviceChosen(const QString &service) const
{
    return m_services.isEmpty() || m_services.contains(service);
}

bool AuditContext::inScope(const LedgerRow &row) const
{
    return row.timeMs >= m_fromMs && row.timeMs < m_toMs &&
           (row.service.isEmpty() || serviceChosen(row.service));
}

bool AuditContext::interactionInScope(const LedgerRow &row) const
{
    return row.chain.kind == eventKindName(EventKind::Interaction) && row.timeMs >= m_fromMs &&
           row.timeMs < m_toMs && serviceChosen(row.service);
}

void AuditContext::stage(int fromPercent, int toPercent, const QString &name)
{
    m_stageFrom = fromPercent;
    m_stageTo = toPercent;
    m_stageName = name;
    if (m_progress.report && fromPercent != m_lastPercent) {
        m_lastPercent = fromPercent;
        m_progress.report(fromPercent, name);
    }
}

Result<void> AuditContext::tick(qint64 seq, qint64 first, qint64 last)
{
    if ((++m_ticks & 0xfff) != 0)
        return {};
    if (auto cancelled = checkCancelled(); !cancelled)
        return cancelled;
    if (m_progress.report && last > first) {
        const double done = double(seq - first) / double(last - first);
        const int percent = m_stageFrom + int(done * (m_stageTo - m_stageFrom));
        if (percent != m_lastPercent) {
            m_lastPercent = percent;
            m_progress.report(percent, m_stageName);
        }
    }
    return {};
}

Result<void> AuditContext::checkCancelled() const
{
    if (m_progress.cancel && m_progress.cancel->load())
        return fail(u"cancelled"_s);
    return {};
}

void AuditContext::see(const QString &name, const QString &as)
{
    if (!name.isEmpty())
        m_seen[name].insert(as);
}

} // namespace custos::audit
