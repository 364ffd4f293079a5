#pragma once

#include <QLabel>
#include <QPointer>

class QAbstractItemModel;
class QAbstractItemView;

namespace custos {

// The text an empty table shows in its middle: what the table will hold and what to do next.
// It sits on the view's viewport and hides itself while the view's model has rows, following
// inserts, removals, resets and a new model. Its objectName is "<view's objectName>-empty".
class EmptyStateLabel : public QLabel
{
    Q_OBJECT
public:
    // Attaches a label to `view` (which owns it) and returns it.
    static EmptyStateLabel *attach(QAbstractItemView *view, const QString &text);

    // Whether the view shows the text now (the view's model is empty).
    bool isShown() const { return !isHidden(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EmptyStateLabel(QAbstractItemView *view, const QString &text);
    void follow(QAbstractItemModel *model);
    void refresh();
    void place();

    QAbstractItemView *m_view = nullptr;
    QPointer<QAbstractItemModel> m_model;
};

} // namespace custos
