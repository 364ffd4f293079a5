#pragma once

#include "core/watch/AlertBook.h"

#include <QCoreApplication>

namespace custos {

// One alert on one screen, as the Alerts section's detail pane shows it: who and what, the
// statistic against its threshold and baseline, the window counts, the policy version, and what was
// decided. Plain HTML, every value escaped.
class AlertDetailText
{
    Q_DECLARE_TR_FUNCTIONS(AlertDetailText)
public:
    static QString html(const AlertRecord &record);
};

} // namespace custos
