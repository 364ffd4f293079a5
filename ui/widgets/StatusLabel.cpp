#include "ui/widgets/StatusLabel.h"

namespace custos {

StatusLabel::StatusLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void StatusLabel::showInfo(const QString &text)
{
    m_problem = false;
    setStyleSheet(QString());
    setText(text);
}

void StatusLabel::showProblem(const QString &text)
{
    m_problem = true;
    setStyleSheet(QStringLiteral("color: #b00020;"));
    setText(text);
}

} // namespace custos
