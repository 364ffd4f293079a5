#pragma once

#include <QFrame>

class QLabel;
class QStackedLayout;
class QAbstractItemModel;

namespace custos {

// One tile of the dashboard: a title, and the chart (or table) of a model, replaced by a short
// sentence while the model has no rows. The content's accessible name is the title.
class SurfaceChartCard : public QFrame
{
    Q_OBJECT
public:
    SurfaceChartCard(const QString &title, const QString &emptyText, QWidget *content,
                     QAbstractItemModel *model, QWidget *parent = nullptr);

    QWidget *content() const { return m_content; }
    QAbstractItemModel *model() const { return m_model; }
    bool showsEmptyText() const;

private:
    void follow();

    QWidget *m_content;
    QAbstractItemModel *m_model;
    QLabel *m_empty = nullptr;
    QStackedLayout *m_stack = nullptr;
};

} // namespace custos
