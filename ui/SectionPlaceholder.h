#pragma once

#include <QWidget>

namespace custos {

// Shown in a console section until the feature that fills it is enabled for the signed-in role.
class SectionPlaceholder : public QWidget
{
    Q_OBJECT
public:
    SectionPlaceholder(const QString &title, const QString &explanation, QWidget *parent = nullptr);
};

} // namespace custos
