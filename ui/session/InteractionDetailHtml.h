#pragma once

#include "core/evidence/EvidenceEvent.h"

#include <QString>

namespace custos {

// One interaction from the ledger as the feed's detail pane shows it: the prompt and response as
// received and as forwarded or returned, detector hits marked in the text, the rules that fired,
// the policy version and the exception used (as custos:// links the console can follow).
class InteractionDetailHtml
{
public:
    static QString render(const EvidenceEvent &event);

private:
    static QString side(const QString &title, const QJsonObject &payload, const QString &direction);
    static QString marked(const QString &text, QList<std::pair<int, int>> spans);
};

} // namespace custos
