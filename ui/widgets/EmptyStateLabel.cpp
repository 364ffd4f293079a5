#include "ui/widgets/EmptyStateLabel.h"

#include <QAbstractItemView>
#include <QEvent>

namespace custos {

EmptyStateLabel *EmptyStateLabel::attach(QAbstractItemView *view, const QString &text)
{
    return new EmptyStateLabel(view, text);
}

EmptyStateLabel::EmptyStateLabel(QAbstractItemView *view, const QString &text)
    : QLabel(text, view->viewport())
    , m_view(view)
{
    setObjectName(view->objectName() + QStringLiteral("-empty"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::PlainText);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents); // clicks still reach the view
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
    follow(view->model());
}

void EmptyStateLabel::follow(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyStateLabel::refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyStateLabel::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyStateLabel::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyStateLabel::refresh);
    }
    refresh();
}

void EmptyStateLabel::refresh()
{
    const bool empty = !m_model || m_model->rowCount() == 0;
    setVisible(empty);
    if (empty)
        place();
}

void EmptyStateLabel::place()
{
    const QRect area = m_view->viewport()->rect();
    const int margin = qMax(12, area.width() / 10);
    setGeometry(area.adjusted(margin, 0, -margin, 0));
}

// A view gets no signal when setModel() replaces its model; its viewport's events (the model's
// first paint, a resize) are where we notice.
bool EmptyStateLabel::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view->model() != m_model)
        follow(m_view->model());
    else if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

} // namespace custos
