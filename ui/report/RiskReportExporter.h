#pragma once

#include "core/common/Error.h"
#include "core/identity/Credentials.h"
#include "ui/report/RiskReport.h"

#include <expected>
#include <memory>

namespace custos {
class EvidenceStore;
class UserDirectory;
} // namespace custos

namespace custos::report {

struct RiskReportRequest
{
    int days = 30; // the period: this many UTC days ending with today
    QDateTime now; // invalid: the current time
    bool pseudonymise = false;
    Credentials exporter; // an auditor, risk officer or admin, signing in with their password
};

struct RiskReportResult
{
    QString path;
    QString reportId;
    QDateTime from;
    QDateTime to;
    qint64 interactions = 0;
    bool chainIntact = true;
    qint64 eventSeq = 0; // the audit_export event (report_export) that records it
    QString sha256;      // of the PDF
};

// Why no report was written, so custosctl's exit codes and the console can tell them apart.
struct RiskReportFailure
{
    enum class Kind { BadInput, Refused, Failed };
    Kind kind = Kind::Failed;
    Error error;
};

// The risk-surface report writer, as `custosctl report risk-surface` and the dashboard's
// "Export…" run it: checks the period and the destination, authenticates the exporter (auditor,
// risk officer or admin, by password), gathers the facts (RiskReportCollector), draws the PDF
// (RiskPdfRenderer, PDF/A-1b) and records a `report_export` audit_export ledger event; refusals are
// recorded too. A failure leaves no file at `pdfPath`. Needs a QGuiApplication.
class RiskReportExporter
{
public:
    RiskReportExporter(EvidenceStore &store, std::shared_ptr<const UserDirectory> users);

    std::expected<RiskReportResult, RiskReportFailure> write(const RiskReportRequest &request,
                                                             const QString &pdfPath);

    // The `days` UTC days ending with the day of `now` (core/surface's SurfacePeriod::lastDays).
    static Result<audit::RiskReportScope> periodFor(int days, const QDateTime &now);
    static Result<void> checkDestination(const QString &pdfPath);

private:
    struct Exporter
    {
        QString name;
        QString role;
    };
    Result<Exporter> authenticate(const Credentials &credentials) const;
    Result<RiskReport> gather(const audit::RiskReportScope &scope) const;
    RiskReportFailure refuse(const RiskReportRequest &request, RiskReportFailure::Kind kind,
                             const Error &why);
    Result<qint64> record(const RiskReportRequest &request, const Exporter &exporter,
                          const audit::RiskReportFacts &facts, const QString &sha256);

    EvidenceStore &m_store;
    std::shared_ptr<const UserDirectory> m_users;
};

} // namespace custos::report
