#include "ui/dashboard/RiskSurfaceLoader.h"

#include "core/evidence/EvidenceStore.h"

#include <QtConcurrent>

namespace custos {

RiskSurfaceLoader::RiskSurfaceLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<RiskSurface>>::finished, this, &RiskSurfaceLoader::finish);
}

RiskSurfaceLoader::~RiskSurfaceLoader()
{
    m_watcher.waitForFinished();
}

void RiskSurfaceLoader::load(std::shared_ptr<EvidenceStore> store, const RiskSurfaceOptions &options)
{
    Request request{std::move(store), options};
    if (m_loading) {
        m_next = std::move(request);
        return;
    }
    start(std::move(request));
}

void RiskSurfaceLoader::start(Request request)
{
    m_loading = true;
    // The store's shared pointer rides along, so it outlives the query even if the console closes it.
    m_watcher.setFuture(QtConcurrent::run([request = std::move(request)]() -> Result<RiskSurface> {
        if (!request.store)
            return fail(tr("no evidence store is open"));
        return RiskSurfaceQuery(*request.store).run(request.options);
    }));
}

void RiskSurfaceLoader::finish()
{
    const Result<RiskSurface> result = m_watcher.result();
    if (m_next) {
        Request next = std::move(*m_next);
        m_next.reset();
        start(std::move(next));
        return; // what was asked for last is what the page shows
    }
    m_loading = false;
    if (result)
        Q_EMIT loaded(*result);
    else
        Q_EMIT failed(result.error().toString());
}

} // namespace custos
