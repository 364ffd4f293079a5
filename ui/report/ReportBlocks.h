#pragma once

#include "ui/report/PageFlow.h"

#include <QDateTime>

namespace custos::report {

// The pieces every section is built from: numbered headings, key/value fields, notes and
// highlighted callouts. Each keeps its first lines with what follows, so no heading or label is
// left alone at the bottom of a page.
class ReportBlocks
{
public:
    explicit ReportBlocks(PageFlow &flow);

    // "3  Policy versions in force"; sections after the first start below a gap.
    void heading(int number, const QString &title);
    void subheading(const QString &title);
    // A bold label on the left and its wrapped value on the right.
    void field(const QString &label, const QString &value, bool mono = false);
    void note(const QString &text);
    // A boxed, tinted paragraph: green for good news, red for what an auditor must look at.
    void callout(const QString &text, bool bad);
    void gap(qreal points);

    static QString utc(const QDateTime &time);
    static QString number(qint64 value);

private:
    PageFlow &m_flow;
    qreal m_labelWidth;
};

} // namespace custos::report
