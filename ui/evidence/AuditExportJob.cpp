#include "ui/evidence/AuditExportJob.h"

#include "core/audit/AuditCollector.h"
#include "core/evidence/EvidenceStore.h"
#include "ui/report/PdfReportRenderer.h"

#include <QPointer>
#include <QThread>

namespace custos {

AuditExportJob::AuditExportJob(std::shared_ptr<EvidenceStore> store,
                               std::shared_ptr<const UserDirectory> users, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_users(std::move(users))
{}

AuditExportJob::~AuditExportJob()
{
    cancel();
    if (m_worker)
        m_worker->wait();
}

bool AuditExportJob::isRunning() const
{
    return m_worker && m_worker->isRunning();
}

void AuditExportJob::start(const audit::ExportRequest &request)
{
    if (isRunning())
        return;
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    m_cancel = false;
    m_worker = QThread::create([this, request] { run(request); });
    m_worker->start();
}

void AuditExportJob::cancel()
{
    m_cancel = true;
}

// On the worker thread. Every signal is queued to this object's thread through a guarded pointer,
// so a dialog closed mid-export gets nothing after it is gone.
void AuditExportJob::run(const audit::ExportRequest &request)
{
    QPointer<AuditExportJob> self(this);
    audit::AuditProgress progressSink;
    progressSink.cancel = &m_cancel;
    progressSink.report = [self](int percent, const QString &stage) {
        QMetaObject::invokeMethod(
            self,
            [self, percent, stage] {
                if (self)
                    Q_EMIT self->progress(percent, stage);
            },
            Qt::QueuedConnection);
    };
    report::PdfReportRenderer renderer;
    audit::AuditExporter exporter(*m_store, m_users, &renderer, audit::AuditCollector::forStore(*m_store));
    const audit::ExportOutcome outcome = exporter.exportPack(request, progressSink);
    QMetaObject::invokeMethod(
        self,
        [self, outcome] {
            if (!self)
                return;
            if (outcome)
                Q_EMIT self->succeeded(*outcome);
            else
                Q_EMIT self->failed(outcome.error().error.toString(),
                                    outcome.error().kind == audit::ExportFailure::Kind::Cancelled);
        },
        Qt::QueuedConnection);
}

} // namespace custos
