#pragma once

#include "ui/policyeditor/SourceProblem.h"

#include <QListWidget>

namespace custos {

// The problems of a source, one "line:column: message" row each; clicking a row asks to go there.
class SourceProblemList : public QListWidget
{
    Q_OBJECT
public:
    explicit SourceProblemList(QWidget *parent = nullptr);

    void setProblems(const SourceProblems &problems);

Q_SIGNALS:
    void problemActivated(int line, int column);

private:
    void activate(const QListWidgetItem *item);
};

} // namespace custos
