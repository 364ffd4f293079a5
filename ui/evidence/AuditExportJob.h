#pragma once

#include "core/audit/AuditExporter.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace custos {

class EvidenceStore;
class UserDirectory;

// Runs one audit export off the UI thread, with progress and cancel. The exporter writes into a
// temporary folder and renames it only when everything is sealed, so a cancel leaves nothing.
// Results arrive on the thread that owns this object.
class AuditExportJob : public QObject
{
    Q_OBJECT
public:
    AuditExportJob(std::shared_ptr<EvidenceStore> store, std::shared_ptr<const UserDirectory> users,
                   QObject *parent = nullptr);
    ~AuditExportJob() override; // cancels and waits, so the store outlives the worker

    bool isRunning() const;
    void start(const audit::ExportRequest &request);
    void cancel();

Q_SIGNALS:
    void progress(int percent, const QString &stage);
    void succeeded(const custos::audit::ExportResult &result);
    void failed(const QString &message, bool cancelled);

private:
    void run(const audit::ExportRequest &request);

    std::shared_ptr<EvidenceStore> m_store;
    std::shared_ptr<const UserDirectory> m_users;
    std::atomic_bool m_cancel{false};
    QThread *m_worker = nullptr;
};

} // namespace custos
