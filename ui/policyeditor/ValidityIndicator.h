#pragma once

#include "ui/policyeditor/SourceValidity.h"

#include <QLabel>

namespace custos {

// A coloured label stating whether the source is empty, being checked, invalid or valid.
// Its "validity" property holds the state's name (empty, busy, invalid, valid) for tests and styles.
class ValidityIndicator : public QLabel
{
    Q_OBJECT
public:
    explicit ValidityIndicator(QWidget *parent = nullptr);

    void setState(SourceValidity state, int problemCount = 0);
    SourceValidity state() const { return m_state; }

private:
    SourceValidity m_state = SourceValidity::Empty;
    int m_problemCount = 0;
};

} // namespace custos
