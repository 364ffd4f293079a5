#pragma once

#include "core/common/Error.h"
#include "core/surface/RiskSurface.h"
#include "core/surface/RiskSurfaceQuery.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace custos {

class EvidenceStore;

// Runs RiskSurfaceQuery on a pool thread (QtConcurrent) and reports on the loader's thread. One
// query runs at a time: asking again while one runs queues the newest request, which starts when
// the running one ends, so a quick series of changes costs two queries, not one per change.
class RiskSurfaceLoader : public QObject
{
    Q_OBJECT
public:
    explicit RiskSurfaceLoader(QObject *parent = nullptr);
    ~RiskSurfaceLoader() override; // waits for a running query

    void load(std::shared_ptr<EvidenceStore> store, const RiskSurfaceOptions &options);
    // From load() until its result (or the newest request's) has been reported on this thread.
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded(const custos::RiskSurface &surface);
    void failed(const QString &message);

private:
    struct Request
    {
        std::shared_ptr<EvidenceStore> store;
        RiskSurfaceOptions options;
    };
    void start(Request request);
    void finish();

    QFutureWatcher<Result<RiskSurface>> m_watcher;
    std::optional<Request> m_next;
    bool m_loading = false;
};

} // namespace custos
