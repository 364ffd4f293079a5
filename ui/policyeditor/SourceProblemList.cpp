#include "ui/policyeditor/SourceProblemList.h"

namespace custos {

namespace {

constexpr int LineRole = Qt::UserRole + 1;
constexpr int ColumnRole = Qt::UserRole + 2;
constexpr int visibleRows = 5;

} // namespace

SourceProblemList::SourceProblemList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("policyProblems"));
    setUniformItemSizes(true);
    setMaximumHeight(fontMetrics().height() * (visibleRows + 1) + 2 * frameWidth());
    connect(this, &QListWidget::itemClicked, this, &SourceProblemList::activate);
    connect(this, &QListWidget::itemActivated, this, &SourceProblemList::activate);
}

void SourceProblemList::setProblems(const SourceProblems &problems)
{
    clear();
    const QIcon icon = QIcon::fromTheme(QStringLiteral("dialog-error"));
    for (const SourceProblem &problem : problems) {
        auto *item = new QListWidgetItem(icon, problem.toString(), this);
        item->setData(LineRole, problem.line);
        item->setData(ColumnRole, problem.column);
        item->setToolTip(problem.message);
    }
}

void SourceProblemList::activate(const QListWidgetItem *item)
{
    const int line = item->data(LineRole).toInt();
    if (line > 0)
        Q_EMIT problemActivated(line, item->data(ColumnRole).toInt());
}

} // namespace custos
