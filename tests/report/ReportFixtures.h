#pragma once

#include "core/audit/AuditReport.h"

// AuditReport fixtures for the renderer's tests and benchmark: built in code, with the awkward
// cases the PDF must survive (a Unicode requester, a formula-like justification, long rule lists,
// a failed verdict line, hundreds of enforced rows).
namespace custos::test::report {

struct FixtureSize
{
    int enforced = 600;
    int exceptions = 3;
    int days = 31;
};

inline const QString kRequester = QStringLiteral("Zoë Łukasiewicz-Ångström");
inline const QString kApprover = QStringLiteral("Σοφία Παπαδοπούλου");
inline const QString kExceptionId = QStringLiteral("EXC-00c0ffee0042");
inline const QString kFormulaJustification = QStringLiteral(
    "=HYPERLINK(\"http://evil.example/x\",\"open\") The nightly reconciliation job sends customer "
    "IBANs to the billing model so it can match payments; the data never leaves the EU region and "
    "the vendor contract covers it. Needed until the tokenisation service ships in Q1.");
inline const QString kFailedCheck = QStringLiteral("Exception anomalies");
inline const QString kFailedDetail = QStringLiteral("2 anomalies in exception EXC-00c0ffee0042");

// A month of evidence: 3 policy versions, `size.exceptions` exceptions (the first one anomalous),
// `size.enforced` enforced rows out of three times as many, marked as sampled.
audit::AuditReport richReport(FixtureSize size = {});
// A period with no interactions and no exceptions.
audit::AuditReport emptyReport();

QString interactionId(int index);
QString exceptionId(int index);

} // namespace custos::test::report
