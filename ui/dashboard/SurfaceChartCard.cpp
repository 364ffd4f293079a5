#include "ui/dashboard/SurfaceChartCard.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace custos {

SurfaceChartCard::SurfaceChartCard(const QString &title, const QString &emptyText, QWidget *content,
                                   QAbstractItemModel *model, QWidget *parent)
    : QFrame(parent)
    , m_content(content)
    , m_model(model)
{
    setFrameShape(QFrame::StyledPanel);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    heading->setObjectName(content->objectName() + QStringLiteral("-title"));
    heading->setWordWrap(true);
    content->setAccessibleName(title);
    m_empty = new QLabel(emptyText);
    m_empty->setObjectName(content->objectName() + QStringLiteral("-empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedLayout;
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(m_stack, 1);
    // Tall enough to read a few bars at any scale; the height follows the font, so 200 % doubles it.
    setMinimumHeight(fontMetrics().height() * 16);
    connect(model, &QAbstractItemModel::modelReset, this, &SurfaceChartCard::follow);
    follow();
}

bool SurfaceChartCard::showsEmptyText() const
{
    return m_stack->currentWidget() == m_empty;
}

void SurfaceChartCard::follow()
{
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_content);
}

} // namespace custos
