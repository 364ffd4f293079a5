#include "ui/evidence/ChainVerification.h"

#include "core/evidence/EvidenceStore.h"

#include <QPointer>
#include <QThread>

namespace custos {

ChainVerification::ChainVerification(std::shared_ptr<const EvidenceStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{}

ChainVerification::~ChainVerification()
{
    cancel();
    if (m_worker)
        m_worker->wait();
}

bool ChainVerification::isRunning() const
{
    return m_worker && m_worker->isRunning();
}

void ChainVerification::start()
{
    if (isRunning())
        return;
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    m_cancel = false;
    QPointer<ChainVerification> self(this);
    m_worker = QThread::create([this, self, store = m_store] {
        VerifyOptions options;
        options.cancel = &m_cancel;
        options.progress = [self](qint64 checked, qint64 total) {
            QMetaObject::invokeMethod(
                self,
                [self, checked, total] {
                    if (self)
                        Q_EMIT self->progress(checked, total);
                },
                Qt::QueuedConnection);
        };
        const VerifyReport report = store->verify(options);
        QMetaObject::invokeMethod(
            self,
            [self, report] {
                if (self)
                    Q_EMIT self->finished(report);
            },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

void ChainVerification::cancel()
{
    m_cancel = true;
}

} // namespace custos
