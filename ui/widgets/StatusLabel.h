#pragma once

#include <QLabel>

namespace custos {

// The one-line outcome under a form: plain for news, red for a problem the user must act on.
class StatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit StatusLabel(const QString &objectName, QWidget *parent = nullptr);

    void showInfo(const QString &text);
    void showProblem(const QString &text);
    bool showsProblem() const { return m_problem; }

private:
    bool m_problem = false;
};

} // namespace custos
