#include "ui/feed/FeedDetailPane.h"

namespace custos {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=left>%1</th><td>%2</td></tr>").arg(label, value.toHtmlEscaped());
}

} // namespace

FeedDetailPane::FeedDetailPane(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("feedDetail"));
    setAccessibleName(tr("Decision detail"));
    setOpenLinks(false);
    clearEntry();
}

void FeedDetailPane::showEntry(const FeedEntry &entry)
{
    m_seq = entry.seq;
    m_summary = summaryHtml(entry);
    setHtml(m_summary);
}

void FeedDetailPane::showDetail(qint64 seq, const QString &html)
{
    if (seq != m_seq)
        return;
    setHtml(m_summary + html);
}

void FeedDetailPane::clearEntry()
{
    m_seq = -1;
    m_summary.clear();
    setHtml(
        QStringLiteral("<p><i>%1</i></p>").arg(tr("Select a decision to see its details.").toHtmlEscaped()));
}

QString FeedDetailPane::summaryHtml(const FeedEntry &entry) const
{
    QString html = QStringLiteral("<table cellspacing=2 cellpadding=2>");
    html += row(tr("Decision"), entry.decision);
    html += row(tr("Time"), entry.time.toLocalTime().toString(Qt::ISODateWithMs));
    html += row(tr("Service"), entry.service);
    html += row(tr("User"), entry.user);
    html += row(tr("Model"), entry.model);
    html += row(tr("Route"), entry.route);
    html +=
        row(tr("Rules fired"), entry.rules.isEmpty() ? tr("none") : entry.rules.join(QStringLiteral(", ")));
    html += row(tr("Latency"), tr("%1 ms").arg(entry.latencyMs, 0, 'f', 1));
    html += row(tr("Interaction"), entry.interactionId);
    html += row(tr("Ledger sequence"), QString::number(entry.seq));
    return html + QStringLiteral("</table>");
}

} // namespace custos
