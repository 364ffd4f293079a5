#pragma once

#include "core/evidence/VerifyReport.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace custos {

class EvidenceStore;

// Runs a full chain verification off the UI thread, reporting progress and honouring cancel.
// Results arrive on the thread that owns this object.
class ChainVerification : public QObject
{
    Q_OBJECT
public:
    explicit ChainVerification(std::shared_ptr<const EvidenceStore> store, QObject *parent = nullptr);
    ~ChainVerification() override; // cancels and waits, so the store outlives the worker

    bool isRunning() const;
    void start();
    void cancel();

Q_SIGNALS:
    void progress(qint64 checked, qint64 total);
    void finished(const custos::VerifyReport &report);

private:
    std::shared_ptr<const EvidenceStore> m_store;
    std::atomic_bool m_cancel{false};
    QThread *m_worker = nullptr;
};

} // namespace custos
