#include "ui/report/ExceptionsSection.h"

#include "ui/report/TableWriter.h"

namespace custos::report {

ExceptionsSection::ExceptionsSection(PageFlow &flow, const audit::AuditReport &report)
    : m_flow(flow)
    , m_blocks(flow)
    , m_report(report)
{}

QString ExceptionsSection::revocationText(const audit::ExceptionRow &exception)
{
    for (const audit::ExceptionApproval &step : exception.events) {
        if (step.decision == u"revoked")
            return QStringLiteral("revoked by %1 at %2").arg(step.approver, ReportBlocks::utc(step.at));
    }
    return QStringLiteral("not revoked");
}

void ExceptionsSection::write()
{
    m_blocks.heading(5, QStringLiteral("Exceptions"));
    if (m_report.exceptions.isEmpty()) {
        m_blocks.note(QStringLiteral("No exceptions were requested, decided or used in the period."));
        return;
    }
    writeIndex();
    for (const audit::ExceptionRow &exception : m_report.exceptions)
        writeException(exception);
}

void ExceptionsSection::writeIndex()
{
    qsizetype anomalous = 0;
    for (const audit::ExceptionRow &exception : m_report.exceptions)
        anomalous += exception.anomalies.isEmpty() ? 0 : 1;
    m_blocks.note(
        QStringLiteral("%1 exceptions, %2 with anomalies. exceptions.csv and exception_events.csv hold "
                       "the same records.")
            .arg(m_report.exceptions.size())
            .arg(anomalous));
    TableWriter table(m_flow, {{QStringLiteral("Exception"), 1.2, true},
                               {QStringLiteral("Requester"), 2},
                               {QStringLiteral("Status"), 1},
                               {QStringLiteral("Four eyes"), 0, false, false, QStringLiteral("FAILED")},
                               {QStringLiteral("Uses"), 0, false, true, QStringLiteral("000000")},
                               {QStringLiteral("Anomalies"), 0, false, true, QStringLiteral("00")}});
    for (const audit::ExceptionRow &exception : m_report.exceptions) {
        const bool bad = !exception.anomalies.isEmpty() || !exception.fourEyesOk;
        table.addRow({exception.id, exception.requester, exception.status,
                      exception.fourEyesOk ? QStringLiteral("ok") : QStringLiteral("FAILED"),
                      QString::number(exception.uses), QString::number(exception.anomalies.size())},
                     bad ? RowTone::Bad : RowTone::Plain);
    }
    table.finish();
}

void ExceptionsSection::writeException(const audit::ExceptionRow &exception)
{
    const ReportStyle &style = m_flow.style();
    const QFont font = style.subheading();
    const qreal pad = style.pt(3);
    const qreal line = m_flow.lineHeight(font);
    // The title bar keeps with the first fields of its exception.
    m_flow.advance(style.pt(6));
    m_flow.ensureSpace(line + 2 * pad + 5 * m_flow.lineHeight(style.text()));
    const bool bad = !exception.anomalies.isEmpty() || !exception.fourEyesOk;
    const QString title = QStringLiteral("Exception %1 (%2)").arg(exception.id, exception.status);
    const QStringList titleLines = m_flow.wrap(title, font, m_flow.width() - 2 * pad);
    const QRectF bar(m_flow.left(), m_flow.y(), m_flow.width(), titleLines.size() * line + 2 * pad);
    m_flow.add(PageBox{bar, bad ? style.failFill() : style.headerFill(), {}, 0});
    for (qsizetype i = 0; i < titleLines.size(); ++i)
        m_flow.addText(bar.left() + pad, bar.top() + pad + i * line, titleLines[i], font,
                       bad ? style.failInk() : style.ink());
    m_flow.advance(bar.height() + style.pt(3));

    m_blocks.field(QStringLiteral("Requester"), exception.requester);
    m_blocks.field(QStringLiteral("Requested at (UTC)"), ReportBlocks::utc(exception.requestedAt));
    m_blocks.field(QStringLiteral("Scope"), exception.scope);
    m_blocks.field(QStringLiteral("Justification"), exception.justification);
    m_blocks.field(QStringLiteral("Four-eyes check"),
                   exception.fourEyesOk
                       ? QStringLiteral("passed: decided by someone other than the requester")
                       : QStringLiteral("FAILED: the requester decided their own exception"));
    m_blocks.field(QStringLiteral("Uses"), QString::number(exception.uses));
    m_blocks.field(QStringLiteral("Expires at (UTC)"), exception.expiresAt.isValid()
                                                           ? ReportBlocks::utc(exception.expiresAt)
                                                           : QStringLiteral("no expiry"));
    m_blocks.field(QStringLiteral("Revocation"), revocationText(exception));
    writeSteps(exception);
    for (const QString &anomaly : exception.anomalies)
        m_blocks.callout(QStringLiteral("Anomaly: ") + anomaly, true);
}

void ExceptionsSection::writeSteps(const audit::ExceptionRow &exception)
{
    if (exception.events.isEmpty()) {
        m_blocks.note(QStringLiteral("No approval steps recorded."));
        return;
    }
    m_blocks.gap(2);
    TableWriter table(m_flow, {{QStringLiteral("Step"), 1},
                               {QStringLiteral("By"), 1.8},
                               {QStringLiteral("At (UTC)"), 0, false, false, kTimeSample},
                               {QStringLiteral("Note"), 3}});
    for (const audit::ExceptionApproval &step : exception.events)
        table.addRow({step.decision, step.approver, ReportBlocks::utc(step.at), step.note});
    table.finish();
}

} // namespace custos::report
