#pragma once

#include "core/audit/AuditReport.h"
#include "ui/report/PageItem.h"
#include "ui/report/ReportStyle.h"

class QPainter;
class QPagedPaintDevice;

namespace custos::report {

// The words of the running header and footer: the audit pack's by default; the risk-surface
// report names itself and its ledger head instead.
struct PageLabels
{
    QString title = QStringLiteral("Custos audit pack");
    QString idPrefix = QStringLiteral("pack");
    QString fingerprintPrefix = QStringLiteral("pack fingerprint");
};

// The paint pass: draws laid-out pages with the running header (store, services, period, pack id)
// and footer (page n/N, pack fingerprint) that every page carries.
class PagePainter
{
public:
    PagePainter(const ReportStyle &style, const audit::ReportScope &scope, PageLabels labels = {});

    // False when the device could not be painted on or a new page could not be started.
    bool paint(QPagedPaintDevice &device, const QList<Page> &pages) const;

    QString headerLeft() const;
    QString headerRight() const;
    static QString pageLabel(int page, int pages);

private:
    void paintHeader(QPainter &painter) const;
    void paintFooter(QPainter &painter, int page, int pages) const;
    static void paintItem(QPainter &painter, const PageItem &item);

    const ReportStyle &m_style;
    const audit::ReportScope &m_scope;
    PageLabels m_labels;
};

} // namespace custos::report
